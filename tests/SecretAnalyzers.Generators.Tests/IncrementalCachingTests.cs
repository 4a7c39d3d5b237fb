using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SecretAnalyzers.Generators.Tests.TestHelpers;

namespace SecretAnalyzers.Generators.Tests;

/// <summary>
/// Runs the driver twice with tracked steps: edits that cannot change the output must leave every named step
/// Cached or Unchanged, and no step may keep a Compilation, symbol or syntax node.
/// </summary>
public sealed class IncrementalCachingTests
{
    private static readonly AdditionalText Manifest = new InMemoryAdditionalText(GeneratorTestRunner.ManifestPath, Manifests.RdsCredentials);
    private static readonly AdditionalText AppSettings = new InMemoryAdditionalText("/src/MyApp/appsettings.json", "{ \"Logging\": {} }");

    [Fact]
    public void SameInputs_EveryStepCached()
    {
        var compilation = GeneratorTestRunner.CreateCompilation(new[] { "namespace MyApp; class A { }" });
        var driver = GeneratorTestRunner.CreateDriver(new[] { Manifest, AppSettings }, trackSteps: true).RunGenerators(compilation);
        var first = driver.GetRunResult();

        var second = driver.RunGenerators(compilation.Clone()).GetRunResult();

        IncrementalAssert.AllCached(first, second);
        IncrementalAssert.NoRoslynObjectsInOutputs(first);
        IncrementalAssert.NoRoslynObjectsInOutputs(second);
    }

    [Fact]
    public void EditingAnUnrelatedCSharpFile_EveryStepCached() => EditUnrelatedCSharpFile(Manifest);

    [Fact]
    public void ManifestWithRegions_EditingAnUnrelatedCSharpFile_EveryStepCached()
    {
        var second = EditUnrelatedCSharpFile(new InMemoryAdditionalText(GeneratorTestRunner.ManifestPath, Manifests.Regions));

        Assert.Contains("SecretStoreRegionsAttribute", second.Results.Single().GeneratedSources.Single().SourceText.ToString());
    }

    [Fact]
    public void AddingACSharpFile_EveryStepCached()
    {
        var compilation = GeneratorTestRunner.CreateCompilation(new[] { "namespace MyApp; class A { }" });
        var driver = GeneratorTestRunner.CreateDriver(new[] { Manifest }, trackSteps: true).RunGenerators(compilation);
        var first = driver.GetRunResult();

        var added = CSharpSyntaxTree.ParseText("namespace MyApp; class C { }", GeneratorTestRunner.ParseOptions(), path: "/src/MyApp/C.cs");
        var second = driver.RunGenerators(compilation.AddSyntaxTrees(added)).GetRunResult();

        IncrementalAssert.AllCached(first, second);
    }

    [Fact]
    public void WhitespaceEditOfAnUnrelatedAdditionalFile_EveryStepCached()
    {
        var compilation = GeneratorTestRunner.CreateCompilation(new[] { "namespace MyApp; class A { }" });
        var driver = GeneratorTestRunner.CreateDriver(new[] { Manifest, AppSettings }, trackSteps: true).RunGenerators(compilation);
        var first = driver.GetRunResult();

        var edited = new InMemoryAdditionalText(AppSettings.Path, "{\n  \"Logging\": {}\n}\n");
        var second = driver.ReplaceAdditionalText(AppSettings, edited).RunGenerators(compilation).GetRunResult();

        IncrementalAssert.AllCached(first, second);
    }

    [Fact]
    public void WhitespaceEditOfTheManifest_ReparsesButLeavesTheGeneratedUnitUnchanged()
    {
        var compilation = GeneratorTestRunner.CreateCompilation(new[] { "namespace MyApp; class A { }" });
        var driver = GeneratorTestRunner.CreateDriver(new[] { Manifest }, trackSteps: true).RunGenerators(compilation);

        var edited = new InMemoryAdditionalText(Manifest.Path, "\n\n" + Manifests.RdsCredentials.Replace("  ", "    "));
        var second = driver.ReplaceAdditionalText(Manifest, edited).RunGenerators(compilation).GetRunResult();

        Assert.Equal(new[] { IncrementalStepRunReason.Modified }, IncrementalAssert.Reasons(second, TrackingNames.ParsedManifests));
        Assert.All(IncrementalAssert.Reasons(second, TrackingNames.Plan), reason => Assert.Equal(IncrementalStepRunReason.Unchanged, reason));
        Assert.All(IncrementalAssert.Reasons(second, TrackingNames.Units), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
    }

    [Fact]
    public void EditingTheManifest_RegeneratesTheSource()
    {
        var compilation = GeneratorTestRunner.CreateCompilation(new[] { "namespace MyApp; class A { }" });
        var driver = GeneratorTestRunner.CreateDriver(new[] { Manifest }, trackSteps: true).RunGenerators(compilation);

        var edited = new InMemoryAdditionalText(Manifest.Path, Manifests.RdsCredentials.Replace("\"Limits\"", "\"Quotas\""));
        var second = driver.ReplaceAdditionalText(Manifest, edited).RunGenerators(compilation).GetRunResult();

        Assert.Equal(new[] { IncrementalStepRunReason.Modified }, IncrementalAssert.Reasons(second, TrackingNames.Units));
        Assert.Contains("GetQuotasAsync", second.Results.Single().GeneratedSources.Single().SourceText.ToString());
        IncrementalAssert.NoRoslynObjectsInOutputs(second);
    }

    /// <summary>Runs the driver, edits a C# file the manifest does not involve, runs again: every step must be cached.</summary>
    private static GeneratorDriverRunResult EditUnrelatedCSharpFile(AdditionalText manifest)
    {
        var compilation = GeneratorTestRunner.CreateCompilation(new[] { "namespace MyApp; class A { }", "namespace MyApp; class B { }" });
        var driver = GeneratorTestRunner.CreateDriver(new[] { manifest, AppSettings }, trackSteps: true).RunGenerators(compilation);
        var first = driver.GetRunResult();

        var oldTree = compilation.SyntaxTrees.Last();
        var newTree = oldTree.WithChangedText(oldTree.GetText().Replace(0, oldTree.Length, "namespace MyApp; class B { int X() => 42; }"));
        var second = driver.RunGenerators(compilation.ReplaceSyntaxTree(oldTree, newTree)).GetRunResult();

        IncrementalAssert.AllCached(first, second);
        IncrementalAssert.NoRoslynObjectsInOutputs(second);
        return second;
    }

    [Fact]
    public void BrokenManifest_DoesNotStopOtherManifests()
    {
        var output = GeneratorTestRunner.Run(new AdditionalText[]
        {
            new InMemoryAdditionalText("/src/MyApp/a/secrets.manifest.json", "{ \"secrets\": { \"A\": "),
            new InMemoryAdditionalText("/src/MyApp/b/secrets.manifest.json", "{ \"className\": \"Other\", \"secrets\": { \"B\": { \"id\": \"b\" } } }"),
        });

        Assert.Equal("SEC0100", Assert.Single(output.Diagnostics).Id);
        Assert.Contains("GetBAsync", output.SingleSource);
        Assert.Empty(output.CompilationDiagnostics);
    }
}
