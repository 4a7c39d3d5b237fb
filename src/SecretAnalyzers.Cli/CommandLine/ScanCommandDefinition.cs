using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using SecretAnalyzers.Cli.Baselines;
using SecretAnalyzers.Cli.History;
using SecretAnalyzers.Cli.Reporting;
using SecretAnalyzers.Cli.Scanning;
using SecretAnalyzers.Cli.Verification;

namespace SecretAnalyzers.Cli.CommandLine;

/// <summary><c>secretanalyzers scan</c>: report findings, optionally only those a baseline does not accept.</summary>
internal static class ScanCommandDefinition
{
    public static Command Create(CliContext context)
    {
        var targets = CommonOptions.Targets("Folders, projects (.csproj), solutions (.sln, .slnx) or files to scan.");
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format.",
            DefaultValueFactory = _ => "text",
            HelpName = "text|json|sarif",
        };
        format.AcceptOnlyFromAmong(StringComparer.OrdinalIgnoreCase, "text", "json", "sarif");
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to a file instead of stdout.", HelpName = "file" };
        var baseline = new Option<string?>("--baseline") { Description = "Report only findings the baseline does not accept.", HelpName = "file" };
        var noProgress = CommonOptions.NoProgress();
        var followSymlinks = CommonOptions.FollowSymlinks();
        var noMSBuild = CommonOptions.NoMSBuild();
        var verify = new Option<string?>("--verify")
        {
            Description = "Opt-in live check: ask AWS STS (GetCallerIdentity) whether found key pairs are live. Never by default.",
            HelpName = AwsVerification.Provider,
        };
        verify.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } provider
                && !string.Equals(provider, AwsVerification.Provider, StringComparison.OrdinalIgnoreCase))
            {
                result.AddError("--verify supports: " + AwsVerification.Provider);
            }
        });
        var verifyEndpoint = new Option<string?>("--verify-endpoint")
        {
            Description = "STS endpoint for --verify (default: " + AwsVerification.EndpointVariable + ", else the SDK's own).",
            HelpName = "url",
        };

        var history = new Option<bool>("--history") { Description = "Scan what every commit added (the target is the repository folder), not the working tree." };
        var since = new Option<string?>("--since") { Description = "With --history: only commits after this revision.", HelpName = "rev" };
        var branches = new Option<string>("--branches")
        {
            Description = "With --history: walk the current branch or every branch.",
            DefaultValueFactory = _ => "current",
            HelpName = "all|current",
        };
        branches.AcceptOnlyFromAmong(StringComparer.OrdinalIgnoreCase, "all", "current");
        var maxCommits = new Option<int?>("--max-commits") { Description = "With --history: only the newest N commits.", HelpName = "n" };
        var staged = new Option<bool>("--staged") { Description = "Scan what the index adds to HEAD (pre-commit hook); the target is the repository folder." };

        var command = new Command("scan", "Find hardcoded secrets; exit code 1 when there are findings at warning or error severity.")
        {
            targets, format, output, baseline, noProgress, followSymlinks, noMSBuild, verify, verifyEndpoint,
            history, since, branches, maxCommits, staged,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var baselinePath = parse.GetValue(baseline);
            var loaded = baselinePath is null ? null : Baseline.Load(baselinePath, FingerprintScheme.KeyFromEnvironment());
            ScanResult result;
            if (parse.GetValue(history) || parse.GetValue(staged))
            {
                result = HistoryRunner.Run(
                    parse.GetValue(targets)!,
                    parse.GetValue(staged),
                    new HistoryOptions(parse.GetValue(since), string.Equals(parse.GetValue(branches), "all", StringComparison.OrdinalIgnoreCase), parse.GetValue(maxCommits)),
                    loaded,
                    cancellationToken);

                // An analyzer failure on one batch of historical blobs does not stop the walk, but must not go unseen.
                foreach (var warning in result.Warnings)
                {
                    context.Error.WriteLine("warning: " + ConsoleText.Escape(warning));
                }
            }
            else
            {
                var settings = new ScanSettings(parse.GetValue(followSymlinks), !parse.GetValue(noMSBuild));
                result = await ScanRunner.RunAsync(parse.GetValue(targets)!, loaded, settings, context, parse.GetValue(noProgress), cancellationToken).ConfigureAwait(false);
            }

            var writer = ReportWriter.Create(ParseFormat(parse.GetValue(format)), Directory.GetCurrentDirectory(), loaded);
            var outputPath = parse.GetValue(output);
            if (outputPath is null)
            {
                writer.Write(result, context.Output);
            }
            else
            {
                var folder = Path.GetDirectoryName(Path.GetFullPath(outputPath));
                if (folder is not null)
                {
                    Directory.CreateDirectory(folder);
                }

                using (var file = new StreamWriter(outputPath, append: false))
                {
                    writer.Write(result, file);
                }

                context.Error.WriteLine($"{result.Findings.Count} finding(s); report written to {outputPath}.");
            }

            if (parse.GetValue(verify) is not null)
            {
                // Its lines go to stderr so that a JSON/SARIF report on stdout stays valid.
                await AwsVerification.RunAsync(result, parse.GetValue(verifyEndpoint), context.Error, cancellationToken).ConfigureAwait(false);
            }

            return result.Findings.Any(f => f.IsFailing) ? ExitCodes.Findings : ExitCodes.Clean;
        });
        return command;
    }

    private static ReportFormat ParseFormat(string? value) => value?.ToLowerInvariant() switch
    {
        "json" => ReportFormat.Json,
        "sarif" => ReportFormat.Sarif,
        _ => ReportFormat.Text,
    };
}
