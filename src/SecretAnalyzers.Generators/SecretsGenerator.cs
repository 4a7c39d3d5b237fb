using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SecretAnalyzers.Generators.Model;
using SecretAnalyzers.Manifest;

namespace SecretAnalyzers.Generators;

/// <summary>
/// Generates typed, cached secret accessors from <c>secrets.manifest.json</c> files passed as AdditionalFiles.
/// This file is the pipeline only: <c>SecretsGenerator.Parser.cs</c> turns inputs into models and diagnostics,
/// <c>SecretsGenerator.Emitter.cs</c> turns models into source.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed partial class SecretsGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var manifests = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(static pair => Parser.IsManifest(pair.Left, pair.Right))
            .Select(static (pair, cancellationToken) => Parser.ReadFile(pair.Left, cancellationToken))
            .WithTrackingName(TrackingNames.ManifestFiles);

        var parsed = manifests
            .Select(static (file, _) => Parser.Parse(file))
            .WithTrackingName(TrackingNames.ParsedManifests);

        var rootNamespace = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => Parser.ReadRootNamespace(options.GlobalOptions))
            .WithTrackingName(TrackingNames.RootNamespace);

        var capabilities = context.CompilationProvider
            .Select(static (compilation, _) => Parser.ReadCapabilities(compilation))
            .WithTrackingName(TrackingNames.Capabilities);

        var supportsLanguage = context.ParseOptionsProvider
            .Select(static (options, _) => options is not CSharpParseOptions csharp || csharp.LanguageVersion >= LanguageVersion.CSharp9)
            .WithTrackingName(TrackingNames.LanguageVersion);

        var settings = rootNamespace
            .Combine(capabilities)
            .Combine(supportsLanguage)
            .Select(static (pair, _) => new GeneratorSettings(pair.Left.Left, pair.Left.Right.HasRuntime, pair.Left.Right.HasDependencyInjection, pair.Left.Right.NeedsIsExternalInit, pair.Right, pair.Left.Right.HasRegionsAttribute))
            .WithTrackingName(TrackingNames.Settings);

        var plan = parsed
            .Collect()
            .Combine(settings)
            .Select(static (pair, _) => Parser.Plan(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.Plan);

        var units = plan
            .SelectMany(static (results, _) => results)
            .WithTrackingName(TrackingNames.Units);

        context.RegisterSourceOutput(parsed, static (production, result) => Report(production, result.Diagnostics));
        context.RegisterSourceOutput(units, static (production, result) =>
        {
            Report(production, result.Diagnostics);
            if (result.Value is { } unit)
            {
                production.AddSource(unit.HintName, Emitter.Emit(unit));
            }
        });
    }

    private static void Report(SourceProductionContext production, EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            production.ReportDiagnostic(diagnostic.ToDiagnostic());
        }
    }
}
