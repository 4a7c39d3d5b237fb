namespace SecretAnalyzers.Benchmarks.Corpus;

/// <summary>
/// A literal the generator placed on purpose: a real-looking secret that should be reported, or a decoy that
/// looks like one (UI text, a config key, a placeholder) and should not be. Each sits alone on its line.
/// </summary>
internal sealed record PlantedValue(
    string FilePath,
    int Line,
    string Category,
    bool IsSecret,
    string? ExpectedRule,
    string SecretPart);
