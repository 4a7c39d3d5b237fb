namespace SecretAnalyzers.Cli.Reporting;

/// <summary>The output formats of <c>scan</c>.</summary>
internal enum ReportFormat
{
    Text,
    Json,
    Sarif,
}
