using System;
using System.CommandLine;
using SecretAnalyzers.Cli.Fixing;

namespace SecretAnalyzers.Cli.CommandLine;

/// <summary>
/// <c>secretanalyzers fix</c>: applies the SEC0005 code fix (configuration file → manifest) from the command line,
/// because <c>dotnet format</c> drops findings located in additional files.
/// </summary>
internal static class FixCommandDefinition
{
    public static Command Create(CliContext context)
    {
        var target = new Argument<string>("target")
        {
            Description = "The project (.csproj), its folder or a solution; default: the current folder.",
            Arity = ArgumentArity.ZeroOrOne,
            DefaultValueFactory = _ => ".",
        };
        var diagnostics = new Option<string[]>("--diagnostics")
        {
            Description = "The rule ids to fix (only SEC0005 has a command-line fix).",
            DefaultValueFactory = _ => new[] { RuleIdentifiers.SecretInConfigurationFile },
            AllowMultipleArgumentsPerToken = true,
            HelpName = "id",
        };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print what would move; change no file." };
        var command = new Command("fix", "Move secrets out of appsettings*.json into secrets.manifest.json (SEC0005 fix), keeping their configuration keys.")
        {
            target, diagnostics, dryRun,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            foreach (var id in parse.GetValue(diagnostics) ?? Array.Empty<string>())
            {
                if (!string.Equals(id, RuleIdentifiers.SecretInConfigurationFile, StringComparison.OrdinalIgnoreCase))
                {
                    throw new UsageException($"'{id}' has no command-line fix; use 'dotnet format analyzers --diagnostics {id}' for C# findings.");
                }
            }

            return await ConfigSecretFixer.RunAsync(parse.GetValue(target)!, parse.GetValue(dryRun), context, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }
}
