using System.IO;
using SecretAnalyzers.Cli.Scanning;

namespace SecretAnalyzers.Cli.Reporting;

/// <summary>One line per finding in the compiler's format (<c>path(line,col): warning SEC0001: …</c>) and a summary.</summary>
internal sealed class TextReportWriter : ReportWriter
{
    public TextReportWriter(string baseDirectory)
        : base(baseDirectory)
    {
    }

    public override void Write(ScanResult result, TextWriter output)
    {
        foreach (var finding in result.Findings)
        {
            var start = finding.Span.StartLinePosition;
            output.WriteLine(
                $"{DisplayPath(finding.Path)}({start.Line + 1},{start.Character + 1}): {SeverityName(finding.Severity)} {finding.RuleId}: {finding.Message}");
        }

        var summary = result.Findings.Count == 0
            ? $"No secrets found in {result.FilesScanned} files."
            : $"{result.Findings.Count} finding(s) in {result.FilesWithFindings} file(s); {result.FilesScanned} files scanned.";
        if (result.BaselinedCount > 0)
        {
            summary += $" {result.BaselinedCount} accepted by the baseline.";
        }

        output.WriteLine(summary);
    }
}
