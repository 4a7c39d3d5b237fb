using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SecretAnalyzers.Generators.Model;
using SecretAnalyzers.Manifest;

namespace SecretAnalyzers.Generators;

public sealed partial class SecretsGenerator
{
    /// <summary>Turns the generator's inputs into equatable models and diagnostics; no Roslyn object outlives a step.</summary>
    internal static class Parser
    {
        /// <summary>The AdditionalFiles metadata that marks other files as manifests.</summary>
        public const string ManifestMetadata = "SecretAnalyzersManifest";

        public static bool IsManifest(AdditionalText file, AnalyzerConfigOptionsProvider options)
        {
            if (string.Equals(GetFileName(file.Path), ManifestFormat.FileName, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            return string.Equals(
                AnalyzerOptionReader.ReadItemMetadata(options.GetOptions(file), "AdditionalFiles", ManifestMetadata),
                "true",
                StringComparison.OrdinalIgnoreCase);
        }

        public static ManifestFile ReadFile(AdditionalText file, CancellationToken cancellationToken) =>
            new(file.Path, file.GetText(cancellationToken)?.ToString());

        public static string? ReadRootNamespace(AnalyzerConfigOptions options) =>
            AnalyzerOptionReader.ReadBuildProperty(options, "RootNamespace");

        /// <summary>
        /// Records need IsExternalInit, which .NET Framework and .NET Standard lack (libraries that polyfill it keep
        /// theirs internal), so the generator adds one when the compilation cannot see any.
        /// </summary>
        public static (bool HasRuntime, bool HasDependencyInjection, bool NeedsIsExternalInit, bool HasRegionsAttribute) ReadCapabilities(Compilation compilation) =>
            (HasAccessibleType(compilation, "SecretAnalyzers.Runtime.SecretProvider"),
             HasAccessibleType(compilation, "Microsoft.Extensions.DependencyInjection.IServiceCollection")
                && HasAccessibleType(compilation, "Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions"),
             !HasAccessibleType(compilation, "System.Runtime.CompilerServices.IsExternalInit"),
             HasAccessibleType(compilation, "SecretAnalyzers.Runtime.SecretStoreRegionsAttribute"));

        /// <summary>
        /// Whether the compilation can use a type of that name. GetTypeByMetadataName returns null as soon as two
        /// assemblies define the name (a runtime referenced twice, a polyfill), which would raise a false SEC0114;
        /// any accessible definition counts.
        /// </summary>
        private static bool HasAccessibleType(Compilation compilation, string metadataName)
        {
            foreach (var type in compilation.GetTypesByMetadataName(metadataName))
            {
                if (compilation.IsSymbolAccessibleWithin(type, compilation.Assembly))
                {
                    return true;
                }
            }

            return false;
        }

        public static Result<ManifestModel?> Parse(ManifestFile file)
        {
            if (file.Text is null)
            {
                var location = new LocationInfo(file.Path, default, default);
                return new Result<ManifestModel?>(null, new EquatableArray<DiagnosticInfo>(new[]
                {
                    new DiagnosticInfo(DiagnosticDescriptors.MalformedJson, location, new EquatableArray<string>(new[] { "the file could not be read" })),
                }));
            }

            var result = ManifestParser.Parse(file.Text, file.Path);
            var diagnostics = new List<DiagnosticInfo>(result.Diagnostics.Count);
            foreach (var diagnostic in result.Diagnostics)
            {
                diagnostics.Add(new DiagnosticInfo(DiagnosticDescriptors.Get(diagnostic.Id), diagnostic.Location, diagnostic.MessageArguments));
            }

            return new Result<ManifestModel?>(result.Model, new EquatableArray<DiagnosticInfo>(diagnostics));
        }

        /// <summary>One generation unit per readable manifest, in path order; a second manifest generating the same class is reported.</summary>
        public static EquatableArray<Result<GenerationUnit?>> Plan(ImmutableArray<Result<ManifestModel?>> manifests, GeneratorSettings settings)
        {
            var models = new List<ManifestModel>();
            foreach (var manifest in manifests)
            {
                if (manifest.Value is { } model)
                {
                    models.Add(model);
                }
            }

            models.Sort(static (left, right) => string.CompareOrdinal(left.FilePath, right.FilePath));
            var results = new List<Result<GenerationUnit?>>(models.Count);
            var classes = new HashSet<string>(StringComparer.Ordinal);
            var needsIsExternalInit = settings.NeedsIsExternalInit;
            var fallbackNamespace = ManifestNames.SanitizeNamespace(settings.RootNamespace);
            string? regionsManifest = null;
            foreach (var model in models)
            {
                var @namespace = model.Namespace ?? fallbackNamespace;
                var fullName = @namespace is null ? model.ClassName : @namespace + "." + model.ClassName;
                DiagnosticInfo? problem = null;
                if (!settings.HasRuntime)
                {
                    problem = new DiagnosticInfo(DiagnosticDescriptors.RuntimeNotReferenced, model.ClassLocation, EquatableArray<string>.Empty);
                }
                else if (!settings.SupportsLanguage)
                {
                    problem = new DiagnosticInfo(DiagnosticDescriptors.LanguageVersionTooLow, model.ClassLocation, EquatableArray<string>.Empty);
                }
                else if (!classes.Add(fullName))
                {
                    problem = new DiagnosticInfo(DiagnosticDescriptors.DuplicateGeneratedClass, model.ClassLocation, new EquatableArray<string>(new[] { fullName }));
                }

                if (problem is not null)
                {
                    results.Add(new Result<GenerationUnit?>(null, new EquatableArray<DiagnosticInfo>(new[] { problem })));
                    continue;
                }

                // One IsExternalInit for the whole compilation: in the first unit that declares a record.
                var emitIsExternalInit = needsIsExternalInit && HasTypedSecret(model.Secrets);
                needsIsExternalInit &= !emitIsExternalInit;
                var unit = new GenerationUnit(
                    fullName + ".g.cs",
                    GetFileName(model.FilePath),
                    @namespace,
                    model.ClassName,
                    model.IsInternal,
                    settings.HasDependencyInjection,
                    emitIsExternalInit,
                    WithoutLocations(model.Secrets));

                // The attribute allows one list per assembly: the first manifest (in path order) that has one sets it.
                var diagnostics = EquatableArray<DiagnosticInfo>.Empty;
                if (model.Regions.Count > 0 && settings.HasRegionsAttribute)
                {
                    if (regionsManifest is null)
                    {
                        regionsManifest = model.FilePath;
                        unit = unit with { Regions = model.Regions };
                    }
                    else
                    {
                        var argument = "the regions of this assembly are already set by " + regionsManifest + "; an assembly has one region list";
                        diagnostics = new EquatableArray<DiagnosticInfo>(new[]
                        {
                            new DiagnosticInfo(DiagnosticDescriptors.InvalidRegion, model.RegionsLocation, new EquatableArray<string>(new[] { argument })),
                        });
                    }
                }

                results.Add(new Result<GenerationUnit?>(unit, diagnostics));
            }

            return new EquatableArray<Result<GenerationUnit?>>(results);
        }

        private static bool HasTypedSecret(EquatableArray<ManifestSecret> secrets)
        {
            foreach (var secret in secrets)
            {
                if (secret.IsTyped)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Path.GetFileName throws on .NET Framework (Visual Studio) for characters it considers invalid.</summary>
        internal static string GetFileName(string path) =>
            path.Substring(Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\')) + 1);

        /// <summary>Positions matter only for diagnostics; without them, a whitespace edit of the manifest leaves the output cached.</summary>
        private static EquatableArray<ManifestSecret> WithoutLocations(EquatableArray<ManifestSecret> secrets)
        {
            var result = new ManifestSecret[secrets.Count];
            for (var i = 0; i < result.Length; i++)
            {
                result[i] = secrets[i] with { NameLocation = LocationInfo.None };
            }

            return new EquatableArray<ManifestSecret>(result);
        }
    }
}
