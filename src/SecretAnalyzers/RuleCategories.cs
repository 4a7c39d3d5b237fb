namespace SecretAnalyzers;

/// <summary>Diagnostic categories used by every SecretAnalyzers rule.</summary>
internal static class RuleCategories
{
    public const string Security = "Security";
    public const string Manifest = "SecretAnalyzers.Manifest";
}
