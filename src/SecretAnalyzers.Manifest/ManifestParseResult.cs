namespace SecretAnalyzers.Manifest;

/// <summary>
/// What <see cref="ManifestParser.Parse"/> returns: the model of everything valid (null only when the document is not
/// JSON or its root is not an object) and every problem found.
/// </summary>
internal sealed record ManifestParseResult(ManifestModel? Model, EquatableArray<ManifestDiagnostic> Diagnostics);
