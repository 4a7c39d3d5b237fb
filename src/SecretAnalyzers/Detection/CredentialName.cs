namespace SecretAnalyzers.Detection;

/// <summary>How strongly a symbol or key name says "this holds a secret".</summary>
internal enum CredentialNameStrength
{
    /// <summary>The name says nothing about secrets (or names something about a secret, like PasswordLabel).</summary>
    None,

    /// <summary>A bare or unqualified "key" (Key, HmacKeyOrSomething): only a high-entropy value is reported.</summary>
    KeyLike,

    /// <summary>The name means a credential (password, apiKey, clientSecret, accessToken, …).</summary>
    Credential,
}

/// <summary>The classification of one name by <see cref="CredentialNames.Classify"/>.</summary>
internal sealed class CredentialName
{
    public static readonly CredentialName None = new(CredentialNameStrength.None, SecretKind.Password, string.Empty, null, string.Empty);

    public CredentialName(CredentialNameStrength strength, SecretKind kind, string description, string? suggestedName, string normalizedName)
    {
        Strength = strength;
        Kind = kind;
        Description = description;
        SuggestedName = suggestedName;
        NormalizedName = normalizedName;
    }

    public CredentialNameStrength Strength { get; }

    public SecretKind Kind { get; }

    /// <summary>"password", "API key", "client secret", "token", …</summary>
    public string Description { get; }

    /// <summary>PascalCase form of the name without prefixes and noise words (DB_PASSWORD → DbPassword).</summary>
    public string? SuggestedName { get; }

    /// <summary>The name in lower case with separators removed, to recognise a value that merely repeats it.</summary>
    public string NormalizedName { get; }
}
