namespace SecretAnalyzers.Detection;

/// <summary><c>secret_analyzers.test_code</c>: what is reported in test projects.</summary>
internal enum TestCodeMode
{
    /// <summary>Everything, as in production code.</summary>
    Report,

    /// <summary>The default: only high-confidence provider tokens, private keys and SEC0004 (fake test passwords are not leaks).</summary>
    Tokens,

    /// <summary>Nothing.</summary>
    Ignore,
}
