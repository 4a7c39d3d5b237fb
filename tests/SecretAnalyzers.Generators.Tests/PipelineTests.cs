using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using SecretAnalyzers.Generators.Tests.TestHelpers;

namespace SecretAnalyzers.Generators.Tests;

/// <summary>Which files are manifests, and where the namespace comes from.</summary>
public sealed class PipelineTests
{
    private const string NoNamespace = "{ \"secrets\": { \"A\": { \"id\": \"a\" } } }";

    [Fact]
    public void RootNamespace_IsTheDefaultNamespace()
    {
        var output = GeneratorTestRunner.Run(NoNamespace, options: GeneratorTestRunner.DefaultOptions("Contoso.Billing"));
        Assert.Contains("namespace Contoso.Billing\n", output.SingleSource);
        Assert.Equal("Contoso.Billing.Secrets.g.cs", Assert.Single(output.Sources).HintName);
    }

    [Theory]
    [InlineData("My-App", "My_App")]
    [InlineData("1Tool.Core", "_1Tool.Core")]
    [InlineData("Company.class", "Company._class")]
    [InlineData("  Spaced  ", "Spaced")]
    public void RootNamespace_IsMadeValid(string rootNamespace, string expected)
    {
        var output = GeneratorTestRunner.Run(NoNamespace, options: GeneratorTestRunner.DefaultOptions(rootNamespace));
        Assert.Empty(output.CompilationDiagnostics);
        Assert.Contains("namespace " + expected + "\n", output.SingleSource);
    }

    [Fact]
    public void ManifestNamespace_WinsOverRootNamespace()
    {
        var output = GeneratorTestRunner.Run("{ \"namespace\": \"Explicit.Ns\", \"secrets\": {} }", options: GeneratorTestRunner.DefaultOptions("Contoso"));
        Assert.Contains("namespace Explicit.Ns\n", output.SingleSource);
    }

    [Theory]
    [InlineData("/src/MyApp/SECRETS.MANIFEST.JSON", true)]
    [InlineData("C:\\src\\MyApp\\Secrets.Manifest.json", true)]
    [InlineData("/src/MyApp/secrets.manifest.json.bak", false)]
    [InlineData("/src/MyApp/my-secrets.manifest.json", false)]
    [InlineData("/src/MyApp/appsettings.json", false)]
    public void ManifestFiles_AreFoundByName(string path, bool isManifest)
    {
        var output = GeneratorTestRunner.Run(NoNamespace, path: path);
        Assert.Equal(isManifest ? 1 : 0, output.Sources.Count);
    }

    [Theory]
    [InlineData("true", 1)]
    [InlineData("True", 1)]
    [InlineData("false", 0)]
    [InlineData("", 0)]
    public void OtherFiles_AreManifestsWhenMarked(string flag, int expectedSources)
    {
        const string Path = "/src/MyApp/config/payments.json";
        var options = new TestOptionsProvider(
            new Dictionary<string, string> { ["build_property.RootNamespace"] = "MyApp" },
            new Dictionary<string, IDictionary<string, string>>
            {
                [Path] = new Dictionary<string, string> { ["build_metadata.AdditionalFiles.SecretAnalyzersManifest"] = flag },
            });

        var output = GeneratorTestRunner.Run(NoNamespace, options: options, path: Path);

        Assert.Equal(expectedSources, output.Sources.Count);
    }

    [Fact]
    public void DiagnosticsInAMarkedFile_PointAtThatFile()
    {
        const string Path = "/src/MyApp/config/payments.json";
        var options = new TestOptionsProvider(
            files: new Dictionary<string, IDictionary<string, string>>
            {
                [Path] = new Dictionary<string, string> { ["build_metadata.AdditionalFiles.SecretAnalyzersManifest"] = "true" },
            });

        var output = GeneratorTestRunner.Run("{ \"secrets\": { \"A\": { } } }", options: options, path: Path);

        var diagnostic = Assert.Single(output.Diagnostics);
        Assert.Equal(Path, diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(LocationKind.ExternalFile, diagnostic.Location.Kind);
    }
}
