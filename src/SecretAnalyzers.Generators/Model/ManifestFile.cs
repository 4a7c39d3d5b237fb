namespace SecretAnalyzers.Generators.Model;

/// <summary>A manifest's path and text; <see cref="Text"/> is null when the file could not be read.</summary>
internal sealed record ManifestFile(string Path, string? Text);
