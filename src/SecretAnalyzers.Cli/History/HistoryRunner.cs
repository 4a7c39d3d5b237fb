using System.Collections.Generic;
using System.Threading;
using SecretAnalyzers.Cli.Baselines;
using SecretAnalyzers.Cli.CommandLine;
using SecretAnalyzers.Cli.Scanning;

namespace SecretAnalyzers.Cli.History;

/// <summary><c>scan --history</c> and <c>scan --staged</c>: one repository folder as the target.</summary>
internal static class HistoryRunner
{
    public static ScanResult Run(IReadOnlyList<string> targets, bool staged, HistoryOptions options, Baseline? baseline, CancellationToken cancellationToken)
    {
        if (targets.Count != 1)
        {
            throw new UsageException((staged ? "--staged" : "--history") + " takes one target: the repository folder.");
        }

        return staged
            ? HistoryScanner.ScanStaged(targets[0], baseline)
            : HistoryScanner.ScanHistory(targets[0], options, baseline, cancellationToken);
    }
}
