namespace SecretAnalyzers.Generators.Model;

/// <summary>What the generator needs to know about the project, reduced to values that compare cheaply.</summary>
/// <param name="RootNamespace">The <c>RootNamespace</c> build property, if visible.</param>
/// <param name="HasRuntime">Whether SecretAnalyzers.Runtime is referenced.</param>
/// <param name="HasDependencyInjection">Whether Microsoft.Extensions.DependencyInjection.Abstractions is referenced.</param>
/// <param name="NeedsIsExternalInit">Whether no accessible IsExternalInit exists (records need one).</param>
/// <param name="SupportsLanguage">Whether the C# version has records and init accessors (C# 9).</param>
/// <param name="HasRegionsAttribute">Whether the runtime has <c>SecretStoreRegionsAttribute</c> (older runtimes do not).</param>
internal sealed record GeneratorSettings(string? RootNamespace, bool HasRuntime, bool HasDependencyInjection, bool NeedsIsExternalInit, bool SupportsLanguage, bool HasRegionsAttribute = false);
