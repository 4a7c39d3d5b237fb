using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using SecretAnalyzers.Cli.Baselines;
using SecretAnalyzers.Cli.Reporting;
using SecretAnalyzers.Cli.Scanning;

namespace SecretAnalyzers.Cli.CommandLine;

/// <summary>The scan both <c>scan</c> and <c>baseline create</c> run: progress on an interactive stderr, warnings after it.</summary>
internal static class ScanRunner
{
    public static async Task<ScanResult> RunAsync(
        IReadOnlyList<string> targets,
        Baseline? baseline,
        ScanSettings settings,
        CliContext context,
        bool noProgress,
        CancellationToken cancellationToken)
    {
        ScanResult result;
        using (var progress = ScanProgress.Create(context.Error, context.Interactive && !noProgress))
        {
            result = await Scanner.ScanAsync(targets, baseline, settings, progress, cancellationToken).ConfigureAwait(false);
        }

        foreach (var notice in result.Notices)
        {
            context.Error.WriteLine("notice: " + ConsoleText.Escape(notice));
        }

        foreach (var warning in result.Warnings)
        {
            context.Error.WriteLine("warning: " + ConsoleText.Escape(warning));
        }

        return result;
    }
}
