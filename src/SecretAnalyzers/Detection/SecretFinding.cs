namespace SecretAnalyzers.Detection;

/// <summary>
/// One secret found in a value. Never holds the secret itself: only its masked form and its span inside the
/// analysed value, so a finding can be logged, serialized or put into diagnostic properties safely.
/// </summary>
internal sealed class SecretFinding
{
    public SecretFinding(
        string ruleId,
        SecretKind kind,
        string description,
        string maskedValue,
        int start,
        int length,
        string? suggestedName,
        bool isDocumentedExample,
        bool inGenericString = false)
    {
        RuleId = ruleId;
        Kind = kind;
        Description = description;
        MaskedValue = maskedValue;
        Start = start;
        Length = length;
        SuggestedName = suggestedName;
        IsDocumentedExample = isDocumentedExample;
        InGenericString = inGenericString;
    }

    /// <summary>SEC0001, SEC0002 or SEC0003.</summary>
    public string RuleId { get; }

    public SecretKind Kind { get; }

    /// <summary>Human words for the secret, e.g. "GitHub personal access token" or "password".</summary>
    public string Description { get; }

    /// <summary>The secret as <see cref="SecretMasker.Mask(string)"/> shows it.</summary>
    public string MaskedValue { get; }

    /// <summary>Offset of the secret part inside the analysed value (e.g. just the password of a connection string).</summary>
    public int Start { get; }

    /// <summary>Length of the secret part inside the analysed value.</summary>
    public int Length { get; }

    /// <summary>PascalCase accessor name for the code fix, e.g. "DbPassword" or "GitHubToken".</summary>
    public string? SuggestedName { get; }

    /// <summary>The value is a well-known example from vendor documentation (e.g. AKIAIOSFODNN7EXAMPLE).</summary>
    public bool IsDocumentedExample { get; }

    /// <summary>SEC0003 found by the generic key=value detector (a filter, JSON, prose, a command line), not in a connection string.</summary>
    public bool InGenericString { get; }

    public override string ToString() => RuleId + " " + Description + " " + MaskedValue;
}
