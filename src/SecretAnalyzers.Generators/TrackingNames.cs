namespace SecretAnalyzers.Generators;

/// <summary>Names of the pipeline stages, so the caching tests can find and check each one.</summary>
internal static class TrackingNames
{
    public const string ManifestFiles = nameof(ManifestFiles);
    public const string ParsedManifests = nameof(ParsedManifests);
    public const string RootNamespace = nameof(RootNamespace);
    public const string Capabilities = nameof(Capabilities);
    public const string LanguageVersion = nameof(LanguageVersion);
    public const string Settings = nameof(Settings);
    public const string Plan = nameof(Plan);
    public const string Units = nameof(Units);
}
