using System;
using System.IO;
using Microsoft.CodeAnalysis;
using SecretAnalyzers.Cli.Scanning;

namespace SecretAnalyzers.Cli.Reporting;

/// <summary>Writes a scan result in one of the <see cref="ReportFormat"/>s; paths relative to <see cref="BaseDirectory"/>.</summary>
internal abstract class ReportWriter
{
    protected ReportWriter(string baseDirectory)
    {
        BaseDirectory = baseDirectory;
    }

    /// <summary>Paths under this folder are written relative to it ('/'-separated); others stay absolute.</summary>
    public string BaseDirectory { get; }

    /// <param name="format">The format.</param>
    /// <param name="baseDirectory">Paths are written relative to it.</param>
    /// <param name="baseline">The scan's baseline: SARIF fingerprints then equal its entries'.</param>
    public static ReportWriter Create(ReportFormat format, string baseDirectory, Baselines.Baseline? baseline = null) => format switch
    {
        ReportFormat.Json => new JsonReportWriter(baseDirectory),
        ReportFormat.Sarif => new SarifReportWriter(baseDirectory, ResultFingerprints.For(baseline, baseDirectory)),
        _ => new TextReportWriter(baseDirectory),
    };

    public abstract void Write(ScanResult result, TextWriter output);

    protected string DisplayPath(string path)
    {
        var relative = Path.GetRelativePath(BaseDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative)
            ? path.Replace('\\', '/')
            : relative.Replace('\\', '/');
    }

    protected static string SeverityName(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "info",
        _ => "hidden",
    };
}
