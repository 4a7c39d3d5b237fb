namespace SecretAnalyzers.Manifest;

/// <summary>
/// What a <c>secrets.manifest.json</c> declares, after defaults are applied and invalid entries are dropped.
/// Equatable all the way down so that the generator's pipeline can cache it.
/// </summary>
/// <param name="FilePath">The manifest's path.</param>
/// <param name="ClassName">The generated static class (default <c>Secrets</c>).</param>
/// <param name="Namespace">The manifest's namespace; null means the project's root namespace.</param>
/// <param name="IsInternal">Whether the generated types are internal instead of public.</param>
/// <param name="ClassLocation">Where the class name is declared (or the document start) for diagnostics about the class.</param>
/// <param name="Secrets">The valid secrets in document order.</param>
internal sealed record ManifestModel(
    string FilePath,
    string ClassName,
    string? Namespace,
    bool IsInternal,
    LocationInfo ClassLocation,
    EquatableArray<ManifestSecret> Secrets)
{
    /// <summary>The valid names of <c>defaults.regions</c> in failover order; empty when the manifest names none.</summary>
    public EquatableArray<string> Regions { get; init; } = EquatableArray<string>.Empty;

    /// <summary>Where <c>defaults.regions</c> is written, for diagnostics about the list as a whole.</summary>
    public LocationInfo? RegionsLocation { get; init; }
}
