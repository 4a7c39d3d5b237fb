using System;
using System.Collections.Generic;
using System.Linq;

namespace SecretAnalyzers.Cli.Scanning;

/// <summary>What one scan found, after .editorconfig severities and the baseline.</summary>
internal sealed class ScanResult
{
    public ScanResult(IReadOnlyList<ScanFinding> findings, int baselinedCount, int filesScanned, IReadOnlyList<string> warnings)
    {
        Findings = findings;
        BaselinedCount = baselinedCount;
        FilesScanned = filesScanned;
        Warnings = warnings;
    }

    /// <summary>New findings (not accepted by the baseline), sorted by path and position.</summary>
    public IReadOnlyList<ScanFinding> Findings { get; }

    /// <summary>Findings that the baseline accepted and that are therefore not reported.</summary>
    public int BaselinedCount { get; }

    public int FilesScanned { get; }

    /// <summary>How many files the reported findings are in (at most <see cref="FilesScanned"/>).</summary>
    public int FilesWithFindings => Findings.Select(f => f.Path).Distinct(StringComparer.Ordinal).Count();

    /// <summary>Problems that did not stop the scan (unreadable file, analyzer exception).</summary>
    public IReadOnlyList<string> Warnings { get; }
}
