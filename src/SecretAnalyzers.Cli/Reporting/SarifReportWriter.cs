using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using SecretAnalyzers.Cli.Scanning;

namespace SecretAnalyzers.Cli.Reporting;

/// <summary>
/// SARIF 2.1.0 as code-scanning services read it: rule metadata with help links, results with regions relative to
/// <c>%SRCROOT%</c> (the base folder), masked messages only.
/// </summary>
internal sealed class SarifReportWriter : ReportWriter
{
    private const string SourceRoot = "%SRCROOT%";

    /// <summary>CWE-798: Use of Hard-coded Credentials; every SecretAnalyzers detection rule is an instance of it.</summary>
    private const string CweTag = "external/cwe/cwe-798";

    private readonly ResultFingerprints _fingerprints;

    public SarifReportWriter(string baseDirectory, ResultFingerprints fingerprints)
        : base(baseDirectory)
    {
        _fingerprints = fingerprints;
    }

    public override void Write(ScanResult result, TextWriter output)
    {
        var rules = AnalyzerCatalog.Descriptors.Append(LocalSecretsFileRule.Descriptor).ToList();
        foreach (var descriptor in result.Findings.Select(f => f.Descriptor))
        {
            if (!rules.Any(r => r.Id == descriptor.Id))
            {
                rules.Add(descriptor);
            }
        }

        var ruleIndex = rules.Select((rule, index) => (rule.Id, index)).ToDictionary(p => p.Id, p => p.index, StringComparer.Ordinal);

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            writer.WriteString("version", "2.1.0");
            writer.WriteStartArray("runs");
            writer.WriteStartObject();
            WriteTool(writer, rules);
            WriteBaseUri(writer);
            writer.WriteStartArray("results");
            foreach (var finding in result.Findings)
            {
                WriteResult(writer, finding, ruleIndex[finding.RuleId]);
            }

            writer.WriteEndArray();
            writer.WriteString("columnKind", "utf16CodeUnits");
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void WriteTool(Utf8JsonWriter writer, IReadOnlyList<DiagnosticDescriptor> rules)
    {
        var version = typeof(RuleIdentifiers).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = version.IndexOf('+');
        writer.WriteStartObject("tool");
        writer.WriteStartObject("driver");
        writer.WriteString("name", "SecretAnalyzers");
        writer.WriteString("version", version);
        writer.WriteString("semanticVersion", plus < 0 ? version : version.Substring(0, plus));
        writer.WriteString("informationUri", "https://github.com/secretanalyzers/secretanalyzers");
        writer.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            writer.WriteStartObject();
            writer.WriteString("id", rule.Id);
            writer.WriteString("name", PascalName(rule.Title.ToString(CultureInfo.InvariantCulture)));
            writer.WriteStartObject("shortDescription");
            writer.WriteString("text", rule.Title.ToString(CultureInfo.InvariantCulture));
            writer.WriteEndObject();
            var description = rule.Description.ToString(CultureInfo.InvariantCulture);
            if (description.Length > 0)
            {
                writer.WriteStartObject("fullDescription");
                writer.WriteString("text", description);
                writer.WriteEndObject();
            }

            if (!string.IsNullOrEmpty(rule.HelpLinkUri))
            {
                writer.WriteString("helpUri", rule.HelpLinkUri);
            }

            writer.WriteStartObject("defaultConfiguration");
            writer.WriteString("level", Level(rule.DefaultSeverity));
            writer.WriteBoolean("enabled", rule.IsEnabledByDefault);
            writer.WriteEndObject();
            writer.WriteStartObject("properties");
            writer.WriteString("category", rule.Category);
            writer.WriteString("security-severity", SecuritySeverity(rule.Id));
            writer.WriteString("precision", "high");
            writer.WriteStartArray("tags");
            foreach (var tag in new[] { "security", CweTag }.Concat(rule.CustomTags).Distinct(StringComparer.Ordinal))
            {
                writer.WriteStringValue(tag);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private void WriteBaseUri(Utf8JsonWriter writer)
    {
        var baseUri = new Uri(Path.TrimEndingDirectorySeparator(BaseDirectory) + Path.DirectorySeparatorChar).AbsoluteUri;
        writer.WriteStartObject("originalUriBaseIds");
        writer.WriteStartObject(SourceRoot);
        writer.WriteString("uri", baseUri);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private void WriteResult(Utf8JsonWriter writer, ScanFinding finding, int ruleIndex)
    {
        var path = DisplayPath(finding.Path);
        var relative = !Path.IsPathRooted(path);
        writer.WriteStartObject();
        writer.WriteString("ruleId", finding.RuleId);
        writer.WriteNumber("ruleIndex", ruleIndex);
        writer.WriteString("level", Level(finding.Severity));
        writer.WriteStartObject("message");
        writer.WriteString("text", finding.Message);
        writer.WriteEndObject();
        writer.WriteStartObject("partialFingerprints");
        writer.WriteString(ResultFingerprints.Key, _fingerprints.Compute(finding));
        writer.WriteEndObject();
        writer.WriteStartArray("locations");
        writer.WriteStartObject();
        writer.WriteStartObject("physicalLocation");
        writer.WriteStartObject("artifactLocation");
        writer.WriteString("uri", relative ? Uri.EscapeDataString(path).Replace("%2F", "/", StringComparison.Ordinal) : new Uri(finding.Path).AbsoluteUri);
        if (relative)
        {
            writer.WriteString("uriBaseId", SourceRoot);
        }

        writer.WriteEndObject();
        writer.WriteStartObject("region");
        writer.WriteNumber("startLine", finding.Span.StartLinePosition.Line + 1);
        writer.WriteNumber("startColumn", finding.Span.StartLinePosition.Character + 1);
        writer.WriteNumber("endLine", finding.Span.EndLinePosition.Line + 1);
        writer.WriteNumber("endColumn", finding.Span.EndLinePosition.Character + 1);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>
    /// CVSS-like 0.0–10.0 score code-scanning services rank alerts by (7.0 and above is "high"): a known credential
    /// format is near-certain, a committed local secrets file holds development values.
    /// </summary>
    private static string SecuritySeverity(string ruleId) => ruleId switch
    {
        "SEC0002" => "8.5",
        LocalSecretsFileRule.Id => "6.5",
        _ => "7.5",
    };

    private static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "note",
        _ => "none",
    };

    private static string PascalName(string title)
    {
        var builder = new StringBuilder();
        var upper = true;
        foreach (var c in title)
        {
            if (!char.IsLetterOrDigit(c))
            {
                upper = true;
                continue;
            }

            builder.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }

        return builder.ToString();
    }
}
