using System.CommandLine;
using SecretAnalyzers.Cli.Baselines;
using SecretAnalyzers.Cli.Scanning;

namespace SecretAnalyzers.Cli.CommandLine;

/// <summary><c>secretanalyzers baseline create</c>: accept today's findings so that CI fails only on new ones.</summary>
internal static class BaselineCommandDefinition
{
    public const string DefaultFileName = ".secretanalyzers-baseline.json";

    public static Command Create(CliContext context)
    {
        var targets = CommonOptions.Targets("Folders, projects or solutions to scan.");
        var output = new Option<string>("--output", "-o")
        {
            Description = "The baseline file to write.",
            DefaultValueFactory = _ => DefaultFileName,
            HelpName = "file",
        };
        var noProgress = CommonOptions.NoProgress();
        var followSymlinks = CommonOptions.FollowSymlinks();
        var noMSBuild = CommonOptions.NoMSBuild();
        var history = new Option<bool>("--history") { Description = "Record what the history of the current branch added (the target is the repository folder): findings already rotated." };
        var create = new Command("create", "Scan and write every current finding into a baseline file (fingerprints only, no secret).")
        {
            targets, output, noProgress, followSymlinks, noMSBuild, history,
        };
        create.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(output)!;
            var key = FingerprintScheme.KeyFromEnvironment();
            var settings = new ScanSettings(parse.GetValue(followSymlinks), !parse.GetValue(noMSBuild));
            var result = parse.GetValue(history)
                ? History.HistoryRunner.Run(parse.GetValue(targets)!, staged: false, new History.HistoryOptions(null, false, null), baseline: null, cancellationToken)
                : await ScanRunner.RunAsync(parse.GetValue(targets)!, baseline: null, settings, context, parse.GetValue(noProgress), cancellationToken).ConfigureAwait(false);

            var baseline = Baseline.Create(path, result.Findings, key);
            baseline.Save(path);
            context.Output.WriteLine($"Baseline with {baseline.Entries.Count} finding(s) written to {path}.");
            if (baseline.Entries.Count > 0)
            {
                context.Output.WriteLine("These secrets are in the repository's history: rotate them, then remove them and their baseline entries.");
            }

            return ExitCodes.Clean;
        });

        return new Command("baseline", "Manage the baseline of accepted findings.") { create };
    }
}
