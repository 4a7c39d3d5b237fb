using SecretAnalyzers.Manifest;

namespace SecretAnalyzers.Generators.Model;

/// <summary>A pipeline value together with the diagnostics found while computing it.</summary>
internal sealed record Result<TValue>(TValue Value, EquatableArray<DiagnosticInfo> Diagnostics);
