using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace SecretAnalyzers.Generators.Tests.TestHelpers;

/// <summary>Runs <see cref="SecretsGenerator"/> the way the compiler does and hands back what it produced.</summary>
internal static class GeneratorTestRunner
{
    public const string ManifestPath = "/src/MyApp/secrets.manifest.json";

    private static readonly Lazy<ImmutableArray<MetadataReference>> AllReferences = new(() =>
    {
        var paths = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(path => path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            .ToList();
        paths.Add(typeof(SecretAnalyzers.Runtime.ISecretProvider).Assembly.Location);
        paths.Add(typeof(Microsoft.Extensions.DependencyInjection.IServiceCollection).Assembly.Location);
        return paths
            .GroupBy(path => Path.GetFileName(path), StringComparer.OrdinalIgnoreCase)
            .Select(group => (MetadataReference)MetadataReference.CreateFromFile(group.First()))
            .ToImmutableArray();
    });

    /// <summary>The framework plus SecretAnalyzers.Runtime and DI abstractions.</summary>
    public static ImmutableArray<MetadataReference> References => AllReferences.Value;

    /// <summary>The framework only: no runtime, no DI.</summary>
    public static ImmutableArray<MetadataReference> FrameworkReferences => AllReferences.Value
        .Where(reference => reference.Display is { } display
            && !Path.GetFileName(display).StartsWith("SecretAnalyzers", StringComparison.OrdinalIgnoreCase)
            && !Path.GetFileName(display).StartsWith("Microsoft.Extensions", StringComparison.OrdinalIgnoreCase))
        .ToImmutableArray();

    /// <summary>The framework and the runtime, without Microsoft.Extensions.DependencyInjection.Abstractions.</summary>
    public static ImmutableArray<MetadataReference> ReferencesWithoutDependencyInjection => AllReferences.Value
        .Where(reference => reference.Display is { } display
            && !Path.GetFileName(display).StartsWith("Microsoft.Extensions.DependencyInjection", StringComparison.OrdinalIgnoreCase))
        .ToImmutableArray();

    public static CSharpParseOptions ParseOptions(LanguageVersion version = LanguageVersion.CSharp12) =>
        new(version, DocumentationMode.Diagnose);

    public static CSharpCompilation CreateCompilation(
        IEnumerable<string>? sources = null,
        IEnumerable<MetadataReference>? references = null,
        LanguageVersion version = LanguageVersion.CSharp12)
    {
        var options = ParseOptions(version);
        var trees = (sources ?? Array.Empty<string>())
            .Select((source, index) => CSharpSyntaxTree.ParseText(source, options, path: "/src/MyApp/File" + index + ".cs"));
        return CSharpCompilation.Create(
            "MyApp",
            trees,
            references ?? References,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                generalDiagnosticOption: ReportDiagnostic.Default));
    }

    public static GeneratorDriver CreateDriver(
        IEnumerable<AdditionalText> additionalTexts,
        TestOptionsProvider? options = null,
        bool trackSteps = false,
        LanguageVersion version = LanguageVersion.CSharp12) =>
        CSharpGeneratorDriver.Create(
            new[] { new SecretsGenerator().AsSourceGenerator() },
            additionalTexts,
            ParseOptions(version),
            options ?? DefaultOptions(),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    public static TestOptionsProvider DefaultOptions(string? rootNamespace = "MyApp") =>
        new(rootNamespace is null ? null : new Dictionary<string, string> { ["build_property.RootNamespace"] = rootNamespace });

    /// <summary>Runs the generator on one manifest and returns its result plus the compilation with the generated code.</summary>
    public static GeneratorOutput Run(
        string manifest,
        IEnumerable<string>? sources = null,
        IEnumerable<MetadataReference>? references = null,
        TestOptionsProvider? options = null,
        string path = ManifestPath,
        LanguageVersion version = LanguageVersion.CSharp12) =>
        Run(new[] { new InMemoryAdditionalText(path, manifest) }, sources, references, options, version);

    public static GeneratorOutput Run(
        IEnumerable<AdditionalText> additionalTexts,
        IEnumerable<string>? sources = null,
        IEnumerable<MetadataReference>? references = null,
        TestOptionsProvider? options = null,
        LanguageVersion version = LanguageVersion.CSharp12)
    {
        var compilation = CreateCompilation(sources, references, version);
        var driver = CreateDriver(additionalTexts, options, version: version)
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        var result = driver.GetRunResult();
        return new GeneratorOutput(result, output, generatorDiagnostics);
    }
}

internal sealed record GeneratorOutput(GeneratorDriverRunResult RunResult, Compilation Compilation, ImmutableArray<Diagnostic> GeneratorDiagnostics)
{
    public ImmutableArray<Diagnostic> Diagnostics => RunResult.Diagnostics;

    public IReadOnlyList<GeneratedSourceResult> Sources => RunResult.Results.SelectMany(result => result.GeneratedSources).ToList();

    public string SingleSource => Assert.Single(Sources).SourceText.ToString();

    /// <summary>Compiler diagnostics of the compilation that includes the generated code (warnings and errors).</summary>
    public IReadOnlyList<Diagnostic> CompilationDiagnostics =>
        Compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning).ToList();
}
