using System.CommandLine;
using System.IO;
using SecretAnalyzers.Cli.Init;

namespace SecretAnalyzers.Cli.CommandLine;

/// <summary><c>secretanalyzers init</c>: manifest, git-ignored local secrets file, next steps.</summary>
internal static class InitCommandDefinition
{
    public static Command Create(CliContext context)
    {
        var target = new Argument<string?>("target")
        {
            Description = "The project (.csproj) or its folder; default: the current folder.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var idPrefix = new Option<string?>("--id-prefix")
        {
            Description = "Prefix of the secret ids (defaults.idPrefix); default: the project name in kebab case. \"\" for none.",
            HelpName = "prefix",
        };
        var className = new Option<string?>("--class-name") { Description = "The generated class (default Secrets).", HelpName = "name" };
        var @namespace = new Option<string?>("--namespace") { Description = "The generated class's namespace (default: the project's RootNamespace).", HelpName = "ns" };
        var force = new Option<bool>("--force") { Description = "Replace an existing secrets.manifest.json." };
        var command = new Command("init", "Create secrets.manifest.json, git-ignore secrets.local.json and write its skeleton, print next steps.")
        {
            target, idPrefix, className, @namespace, force,
        };
        command.SetAction(parse => InitCommand.Run(
            parse.GetValue(target) ?? Directory.GetCurrentDirectory(),
            parse.GetValue(className),
            parse.GetValue(@namespace),
            parse.GetValue(idPrefix),
            parse.GetValue(force),
            context.Output,
            context.Error));
        return command;
    }
}
