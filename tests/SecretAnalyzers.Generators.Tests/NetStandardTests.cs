using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SecretAnalyzers.Generators.Tests.TestHelpers;

namespace SecretAnalyzers.Generators.Tests;

/// <summary>
/// .NET Framework and .NET Standard projects lack IsExternalInit, which records need: the generated code must still
/// compile there. The runtime is a stub with the same public surface, built for netstandard2.0 the way the real one is
/// (its IsExternalInit polyfill internal, as PolySharp makes it).
/// </summary>
public sealed class NetStandardTests
{
    private const string RuntimeStub = """
        #nullable enable
        using System;
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;

        namespace System.Runtime.CompilerServices { internal static class IsExternalInit { } }

        namespace SecretAnalyzers.Runtime
        {
            public enum SecretSource { SecretsManager, ParameterStore }
            public sealed class SecretValue { public SecretValue(string value) { } public string Reveal() => ""; }
            public sealed class SecretReference
            {
                public SecretReference(SecretSource source, string id) { }
                public string? JsonKey { get; init; }
                public string? VersionId { get; init; }
                public string? VersionStage { get; init; }
                public TimeSpan? Ttl { get; init; }
            }
            public interface ISecretProvider
            {
                ValueTask<SecretValue> GetAsync(SecretReference reference, CancellationToken cancellationToken = default);
                bool TryGetCached(SecretReference reference, out SecretValue value);
                Task PreloadAsync(IEnumerable<SecretReference> references, CancellationToken cancellationToken = default);
                void Invalidate(SecretReference reference);
                ValueTask<SecretValue> RefreshAsync(SecretReference reference, CancellationToken cancellationToken = default);
            }
            public static class SecretProvider { public static ISecretProvider Default { get; set; } = null!; }
            public class SecretException : Exception { }
            public sealed class SecretFormatException : SecretException { }
            public static class SecretJson { public static SecretJsonObject Parse(SecretReference reference, SecretValue value) => new SecretJsonObject(); }
            public sealed class SecretJsonObject
            {
                public bool Has(string name) => false;
                public string GetString(string name) => "";
                public int GetInt32(string name) => 0;
                public long GetInt64(string name) => 0;
                public bool GetBoolean(string name) => false;
                public double GetDouble(string name) => 0;
                public Uri GetUri(string name) => new Uri("https://example.com");
                public TimeSpan GetTimeSpan(string name) => TimeSpan.Zero;
            }
        }
        """;

    [Theory]
    [InlineData(LanguageVersion.CSharp9)]
    [InlineData(LanguageVersion.Latest)]
    public void TypedSecrets_CompileForNetStandard20(LanguageVersion version)
    {
        var references = NetStandardReferences();
        var output = GeneratorTestRunner.Run(
            new[]
            {
                new InMemoryAdditionalText("/src/MyApp/a/secrets.manifest.json", Manifests.RdsCredentials),
                new InMemoryAdditionalText("/src/MyApp/b/secrets.manifest.json", Manifests.InternalGlobal),
            },
            references: references,
            version: version);

        Assert.Empty(output.Diagnostics);
        Assert.Empty(output.CompilationDiagnostics);

        // Exactly one polyfill for the whole compilation.
        var polyfills = output.Sources.Count(source => source.SourceText.ToString().Contains("class IsExternalInit", StringComparison.Ordinal));
        Assert.Equal(1, polyfills);
    }

    [Fact]
    public void NoPolyfill_WhenTheFrameworkHasIsExternalInit()
    {
        var output = GeneratorTestRunner.Run(Manifests.RdsCredentials);
        Assert.DoesNotContain("IsExternalInit", output.SingleSource);
    }

    private static List<MetadataReference> NetStandardReferences()
    {
        var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var framework = Directory.GetFiles(Package(packages, "netstandard.library", Path.Combine("build", "netstandard2.0", "ref")), "*.dll");
        var libraries = new[] { "microsoft.extensions.dependencyinjection.abstractions", "microsoft.bcl.asyncinterfaces", "system.threading.tasks.extensions" }
            .SelectMany(name => Directory.GetFiles(Package(packages, name, Path.Combine("lib", "netstandard2.0")), "*.dll"));
        var references = framework.Concat(libraries).Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)).ToList();

        var stub = CSharpCompilation.Create(
            "SecretAnalyzers.Runtime",
            new[] { CSharpSyntaxTree.ParseText(RuntimeStub, new CSharpParseOptions(LanguageVersion.Latest)) },
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var image = new MemoryStream();
        var emitted = stub.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        references.Add(MetadataReference.CreateFromImage(image.ToArray()));
        return references;
    }

    /// <summary>The folder of the highest cached version of a package (restored by any netstandard2.0 build of the repository).</summary>
    private static string Package(string packages, string name, string folder)
    {
        var versions = Directory.Exists(Path.Combine(packages, name)) ? Directory.GetDirectories(Path.Combine(packages, name)) : Array.Empty<string>();
        var match = versions
            .Where(version => Directory.Exists(Path.Combine(version, folder)))
            .OrderByDescending(version => Version.TryParse(Path.GetFileName(version).Split('-')[0], out var parsed) ? parsed : new Version(0, 0))
            .FirstOrDefault();
        Assert.True(match is not null, "Package " + name + " (" + folder + ") is not in the NuGet cache " + packages + "; restore the solution first.");
        return Path.Combine(match!, folder);
    }
}
