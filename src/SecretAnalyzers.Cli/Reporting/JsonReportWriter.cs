using System.IO;
using System.Text;
using System.Text.Json;
using SecretAnalyzers.Cli.Scanning;

namespace SecretAnalyzers.Cli.Reporting;

/// <summary>A small, stable JSON document for scripts: findings with one-based positions and a summary.</summary>
internal sealed class JsonReportWriter : ReportWriter
{
    public JsonReportWriter(string baseDirectory)
        : base(baseDirectory)
    {
    }

    public override void Write(ScanResult result, TextWriter output)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteNumber("version", 1);
            writer.WriteStartArray("findings");
            foreach (var finding in result.Findings)
            {
                writer.WriteStartObject();
                writer.WriteString("ruleId", finding.RuleId);
                writer.WriteString("severity", SeverityName(finding.Severity));
                writer.WriteString("message", finding.Message);
                writer.WriteString("path", DisplayPath(finding.Path));
                writer.WriteNumber("startLine", finding.Span.StartLinePosition.Line + 1);
                writer.WriteNumber("startColumn", finding.Span.StartLinePosition.Character + 1);
                writer.WriteNumber("endLine", finding.Span.EndLinePosition.Line + 1);
                writer.WriteNumber("endColumn", finding.Span.EndLinePosition.Character + 1);
                writer.WriteString("helpUri", finding.Descriptor.HelpLinkUri);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartObject("summary");
            writer.WriteNumber("findings", result.Findings.Count);
            writer.WriteNumber("baselined", result.BaselinedCount);
            writer.WriteNumber("filesWithFindings", result.FilesWithFindings);
            writer.WriteNumber("filesScanned", result.FilesScanned);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
