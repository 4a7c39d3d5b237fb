using Microsoft.CodeAnalysis;

namespace SecretAnalyzers.Cli.Scanning;

/// <summary>
/// One reported secret. Holds no secret: the message is the analyzer's masked message, and the text at the location is
/// kept only as <see cref="Evidence"/> for the baseline fingerprint, which never leaves the process.
/// </summary>
internal sealed class ScanFinding
{
    public ScanFinding(
        DiagnosticDescriptor descriptor,
        DiagnosticSeverity severity,
        string message,
        string path,
        FileLinePositionSpan span,
        string evidence)
    {
        Descriptor = descriptor;
        Severity = severity;
        Message = message;
        Path = path;
        Span = span;
        Evidence = evidence;
    }

    public DiagnosticDescriptor Descriptor { get; }

    public string RuleId => Descriptor.Id;

    /// <summary>The severity after .editorconfig settings.</summary>
    public DiagnosticSeverity Severity { get; }

    /// <summary>The diagnostic message (masked value, never the secret).</summary>
    public string Message { get; }

    /// <summary>Full path of the file.</summary>
    public string Path { get; }

    /// <summary>Zero-based line/character span (displayed one-based).</summary>
    public FileLinePositionSpan Span { get; }

    /// <summary>The source text the diagnostic points at. Input of the baseline fingerprint; never written anywhere.</summary>
    internal string Evidence { get; }

    /// <summary>Whether this finding makes the scan fail (warnings and errors do; suggestions do not).</summary>
    public bool IsFailing => Severity >= DiagnosticSeverity.Warning;
}
