using Microsoft.CodeAnalysis;
using SecretAnalyzers.Generators.Tests.TestHelpers;

namespace SecretAnalyzers.Generators.Tests;

/// <summary>Generated source compared exactly with Baselines/*.g.cs.txt (UPDATE_BASELINES=1 rewrites them).</summary>
public sealed class BaselineTests
{
    [Fact]
    public void Basic() => VerifyManifest(Manifests.Basic, "Basic");

    [Fact]
    public void RdsCredentials() => VerifyManifest(Manifests.RdsCredentials, "RdsCredentials");

    [Fact]
    public void InternalInGlobalNamespace() =>
        VerifyManifest(Manifests.InternalGlobal, "InternalGlobal", GeneratorTestRunner.DefaultOptions(rootNamespace: null));

    [Fact]
    public void Empty() => VerifyManifest(Manifests.Empty, "Empty");

    [Fact]
    public void Regions() => VerifyManifest(Manifests.Regions, "Regions");

    [Fact]
    public void WithoutDependencyInjection() =>
        VerifyManifest(Manifests.Basic, "BasicWithoutDependencyInjection", references: GeneratorTestRunner.ReferencesWithoutDependencyInjection);

    private static void VerifyManifest(
        string manifest,
        string name,
        TestOptionsProvider? options = null,
        System.Collections.Generic.IEnumerable<MetadataReference>? references = null)
    {
        var output = GeneratorTestRunner.Run(manifest, options: options, references: references);
        Assert.Empty(output.Diagnostics);
        Assert.Empty(output.CompilationDiagnostics);
        Baseline.Verify(name, output.SingleSource);
    }
}
