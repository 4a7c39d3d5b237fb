namespace SecretAnalyzers;

/// <summary>The diagnostic categories: every SEC00xx rule is Security, every SEC01xx rule is Manifest.</summary>
internal static class RuleCategories
{
    /// <summary>SEC00xx: a secret found in code or configuration.</summary>
    public const string Security = "Security";

    /// <summary>SEC01xx: a problem in the secrets manifest or with the generated accessors.</summary>
    public const string Manifest = "SecretAnalyzers.Manifest";
}
