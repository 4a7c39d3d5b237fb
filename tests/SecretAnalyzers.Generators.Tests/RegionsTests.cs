using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using SecretAnalyzers.Generators.Model;
using SecretAnalyzers.Generators.Tests.TestHelpers;
using SecretAnalyzers.Manifest;
using SecretAnalyzers.Runtime;

namespace SecretAnalyzers.Generators.Tests;

/// <summary><c>defaults.regions</c>: parsed and checked (SEC0117), then emitted as <c>SecretStoreRegionsAttribute</c>.</summary>
public sealed class RegionsTests
{
    [Theory]
    [InlineData("us-east-1", true)]
    [InlineData("eu-central-1", true)]
    [InlineData("us-gov-west-1", true)]
    [InlineData("cn-north-1", true)]
    [InlineData("ap-southeast-5", true)]
    [InlineData("us-east", false)]
    [InlineData("US-EAST-1", false)]
    [InlineData("us_east_1", false)]
    [InlineData("useast-1", false)]
    [InlineData("us-east-1a", false)]
    [InlineData("us-east-100", false)]
    [InlineData("u-east-1", false)]
    [InlineData("us--1", false)]
    [InlineData("us-a-b-c-1", false)]
    [InlineData("", false)]
    public void RegionNameShape(string name, bool valid) => Assert.Equal(valid, ManifestRegions.IsRegionName(name));

    [Fact]
    public void ValidList_KeepsItsOrder()
    {
        var result = ManifestParser.Parse(Manifests.Regions, "secrets.manifest.json");

        Assert.Empty(result.Diagnostics);
        Assert.Equal(new[] { "us-east-1", "us-west-2" }, result.Model!.Regions);
    }

    [Fact]
    public void NoRegions_GivesAnEmptyList() =>
        Assert.Empty(ManifestParser.Parse(Manifests.Basic, "secrets.manifest.json").Model!.Regions);

    [Fact]
    public void BadAndRepeatedNames_AreReportedWhereWritten_AndLeftOut()
    {
        const string text = """{ "defaults": { "regions": ["eu-west-1", "eu-west", "eu-west-1", "us-east-2"] }, "secrets": {} }""";

        var result = ManifestParser.Parse(text, "secrets.manifest.json");

        Assert.Equal(new[] { "eu-west-1", "us-east-2" }, result.Model!.Regions);
        Assert.Collection(
            result.Diagnostics,
            bad =>
            {
                Assert.Equal("SEC0117", bad.Id);
                Assert.Equal(text.IndexOf("\"eu-west\"", System.StringComparison.Ordinal), bad.Location!.TextSpan.Start);
                Assert.Contains("'eu-west' is not an AWS region name", bad.MessageArguments[0]);
            },
            repeated =>
            {
                Assert.Equal("SEC0117", repeated.Id);
                Assert.Equal(text.LastIndexOf("\"eu-west-1\"", System.StringComparison.Ordinal), repeated.Location!.TextSpan.Start);
                Assert.Contains("listed more than once", repeated.MessageArguments[0]);
            });
    }

    [Fact]
    public void EmptyList_IsReported()
    {
        const string text = """{ "defaults": { "regions": [] }, "secrets": {} }""";

        var diagnostic = Assert.Single(ManifestParser.Parse(text, "secrets.manifest.json").Diagnostics);

        Assert.Equal("SEC0117", diagnostic.Id);
        Assert.Equal(text.IndexOf('['), diagnostic.Location!.TextSpan.Start);
    }

    [Theory]
    [InlineData("\"us-east-1\"")]
    [InlineData("[\"us-east-1\", 2]")]
    public void WrongJsonKind_IsAnInvalidValue(string regions)
    {
        var result = ManifestParser.Parse("{ \"defaults\": { \"regions\": " + regions + " }, \"secrets\": {} }", "secrets.manifest.json");

        Assert.Equal("SEC0101", Assert.Single(result.Diagnostics).Id);
    }

    [Fact]
    public void Generator_ReportsSEC0117InTheManifest()
    {
        var output = GeneratorTestRunner.Run("""{ "defaults": { "regions": ["us-east-1", "mars-1"] }, "secrets": { "A": { "id": "a" } } }""");

        var diagnostic = Assert.Single(output.Diagnostics);
        Assert.Equal("SEC0117", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(GeneratorTestRunner.ManifestPath, diagnostic.Location.GetLineSpan().Path);
        Assert.Contains("[assembly: global::SecretAnalyzers.Runtime.SecretStoreRegionsAttribute(\"us-east-1\")]", output.SingleSource);
    }

    [Fact]
    public void CompiledAssembly_CarriesTheRegionsInOrder()
    {
        var output = GeneratorTestRunner.Run(Manifests.Regions);
        Assert.Empty(output.Diagnostics);
        Assert.Empty(output.CompilationDiagnostics);

        using var assembly = CompiledAssembly.Load(output.Compilation);

        var attribute = assembly.Assembly.GetCustomAttribute<SecretStoreRegionsAttribute>();
        Assert.NotNull(attribute);
        Assert.Equal(new[] { "us-east-1", "us-west-2" }, attribute.Regions);
    }

    [Fact]
    public void WithoutRegions_NoAttribute()
    {
        var output = GeneratorTestRunner.Run(Manifests.Basic);

        using var assembly = CompiledAssembly.Load(output.Compilation);

        Assert.Null(assembly.Assembly.GetCustomAttribute<SecretStoreRegionsAttribute>());
        Assert.DoesNotContain("SecretStoreRegionsAttribute", output.SingleSource);
    }

    [Fact]
    public void TwoManifestsWithRegions_TheFirstSetsTheAttribute_TheSecondIsReported()
    {
        var output = GeneratorTestRunner.Run(new AdditionalText[]
        {
            new InMemoryAdditionalText("/src/MyApp/b/secrets.manifest.json", """{ "className": "Other", "defaults": { "regions": ["eu-west-1"] }, "secrets": { "B": { "id": "b" } } }"""),
            new InMemoryAdditionalText("/src/MyApp/a/secrets.manifest.json", Manifests.Regions),
        });

        var diagnostic = Assert.Single(output.Diagnostics);
        Assert.Equal("SEC0117", diagnostic.Id);
        Assert.Equal("/src/MyApp/b/secrets.manifest.json", diagnostic.Location.GetLineSpan().Path);
        Assert.Empty(output.CompilationDiagnostics);
        Assert.Single(output.Sources, source => source.SourceText.ToString().Contains("SecretStoreRegionsAttribute(\"us-east-1\", \"us-west-2\")"));
        Assert.DoesNotContain(output.Sources, source => source.SourceText.ToString().Contains("eu-west-1"));
    }

    [Fact]
    public void RuntimeWithoutTheAttribute_GetsNoAttribute()
    {
        var parsed = SecretsGenerator.Parser.Parse(new ManifestFile("/src/MyApp/secrets.manifest.json", Manifests.Regions));
        var olderRuntime = new GeneratorSettings("MyApp", HasRuntime: true, HasDependencyInjection: true, NeedsIsExternalInit: false, SupportsLanguage: true, HasRegionsAttribute: false);
        var currentRuntime = olderRuntime with { HasRegionsAttribute = true };

        var withoutAttribute = Assert.Single(SecretsGenerator.Parser.Plan(ImmutableArray.Create(parsed), olderRuntime));
        var withAttribute = Assert.Single(SecretsGenerator.Parser.Plan(ImmutableArray.Create(parsed), currentRuntime));

        Assert.Empty(withoutAttribute.Value!.Regions);
        Assert.Empty(withoutAttribute.Diagnostics);
        Assert.Equal(new[] { "us-east-1", "us-west-2" }, withAttribute.Value!.Regions);
    }
}
