using SecretAnalyzers.Manifest;

namespace SecretAnalyzers.Generators.Model;

/// <summary>Everything one generated file is made from.</summary>
/// <param name="HintName">The generated file's name.</param>
/// <param name="ManifestFileName">The manifest's file name, for comments and documentation.</param>
/// <param name="Namespace">The namespace, or null for the global namespace.</param>
/// <param name="ClassName">The static class.</param>
/// <param name="IsInternal">Whether the generated types are internal.</param>
/// <param name="EmitDependencyInjection">Whether to emit the IServiceCollection extension methods.</param>
/// <param name="EmitIsExternalInit">Whether this file also declares the IsExternalInit polyfill records need.</param>
/// <param name="Secrets">The secrets.</param>
internal sealed record GenerationUnit(
    string HintName,
    string ManifestFileName,
    string? Namespace,
    string ClassName,
    bool IsInternal,
    bool EmitDependencyInjection,
    bool EmitIsExternalInit,
    EquatableArray<ManifestSecret> Secrets)
{
    /// <summary>The AWS regions to record in the assembly attribute; empty for no attribute.</summary>
    public EquatableArray<string> Regions { get; init; } = EquatableArray<string>.Empty;
}
