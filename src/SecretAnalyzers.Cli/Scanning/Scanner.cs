using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SecretAnalyzers.Cli.Baselines;

namespace SecretAnalyzers.Cli.Scanning;

/// <summary>Scans targets unit by unit and applies an optional baseline.</summary>
internal static class Scanner
{
    public static async Task<ScanResult> ScanAsync(
        IReadOnlyList<string> targets,
        Baseline? baseline,
        ScanProgress progress,
        CancellationToken cancellationToken)
    {
        var units = targets.SelectMany(ScanTargetResolver.Resolve).ToList();
        var editorConfig = new EditorConfigOptions();
        var analyzer = new UnitAnalyzer(editorConfig);
        var localSecrets = new TrackedLocalSecretsCheck(editorConfig);
        var warnings = new List<string>();
        var findings = new List<ScanFinding>();
        var files = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < units.Count; i++)
        {
            var unit = units[i];
            progress.Report(i + 1, units.Count, unit.Name);
            files.UnionWith(unit.SourceFiles);
            files.UnionWith(unit.ConfigFiles);
            files.UnionWith(unit.LocalSecretsFiles);
            findings.AddRange(await analyzer.AnalyzeAsync(unit, warnings, cancellationToken).ConfigureAwait(false));
            findings.AddRange(localSecrets.Check(unit.LocalSecretsFiles, warnings));
        }

        // A folder and a project inside it may both be named; report each finding once.
        var distinct = findings
            .GroupBy(f => (f.RuleId, f.Path, f.Span.StartLinePosition, f.Span.EndLinePosition))
            .Select(g => g.First())
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ThenBy(f => f.Span.StartLinePosition)
            .ThenBy(f => f.RuleId, StringComparer.Ordinal)
            .ToList();

        if (baseline is null)
        {
            return new ScanResult(distinct, 0, files.Count, warnings);
        }

        var (newFindings, accepted) = baseline.Apply(distinct);
        return new ScanResult(newFindings, accepted, files.Count, warnings);
    }
}
