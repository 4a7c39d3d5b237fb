namespace SecretAnalyzers;

/// <summary>
/// Keys of <c>Diagnostic.Properties</c> that the analyzers hand to the code fixes. The secret value itself is never
/// a property: only its kind, a suggested name and, for connection strings, where the credential sits in the value.
/// </summary>
public static class DiagnosticPropertyKeys
{
    /// <summary>A <c>SecretKind</c> name: Password, ApiKey, Token, PrivateKey or ConnectionString.</summary>
    public const string SecretKind = nameof(SecretKind);

    /// <summary>PascalCase accessor name derived from the symbol, parameter or token type ("DbPassword").</summary>
    public const string SuggestedName = nameof(SuggestedName);

    /// <summary>SEC0003 only: offset of the credential inside the string's value (invariant integer).</summary>
    public const string CredentialStart = nameof(CredentialStart);

    /// <summary>SEC0003 only: length of the credential inside the string's value (invariant integer).</summary>
    public const string CredentialLength = nameof(CredentialLength);

    /// <summary>The const, field, property or local whose initializer is the literal, when there is one.</summary>
    public const string HoldingSymbol = nameof(HoldingSymbol);

    /// <summary>SEC0005 only: the configuration key the value serves (<c>Smtp:Password</c>).</summary>
    public const string ConfigKey = nameof(ConfigKey);

    /// <summary>SEC0005 only: offset in the file of the whole value's raw text (inside the quotes; invariant integer).</summary>
    public const string ValueStart = nameof(ValueStart);

    /// <summary>SEC0005 only: length of the whole value's raw text in the file (invariant integer).</summary>
    public const string ValueLength = nameof(ValueLength);

    /// <summary>
    /// Set when the secret is not a string in code: <see cref="ValueFormBytes"/> for a constant byte array (a key
    /// written as <c>new byte[] { … }</c>). The move-to-store fix offers nothing for it (docs/codefixes.md).
    /// </summary>
    public const string ValueForm = nameof(ValueForm);

    /// <summary>The <see cref="ValueForm"/> of a constant byte array.</summary>
    public const string ValueFormBytes = "Bytes";
}
