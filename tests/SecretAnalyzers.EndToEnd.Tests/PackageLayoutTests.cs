using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;

namespace SecretAnalyzers.EndToEnd.Tests;

/// <summary>What `dotnet pack` put into the packages.</summary>
[Collection(PackagedToolchainCollection.Name)]
public sealed class PackageLayoutTests
{
    private readonly PackagedToolchainFixture _fixture;

    public PackageLayoutTests(PackagedToolchainFixture fixture)
    {
        _fixture = fixture;
    }

    [Fact]
    public void AnalyzerPackageHoldsTheCompilerAssembliesAndBuildProps()
    {
        using var package = ZipFile.OpenRead(Path.Combine(_fixture.Feed, $"SecretAnalyzers.{_fixture.Version}.nupkg"));
        var entries = package.Entries.Select(e => e.FullName).ToHashSet();

        Assert.Contains("analyzers/dotnet/cs/SecretAnalyzers.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/SecretAnalyzers.CodeFixes.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/SecretAnalyzers.Generators.dll", entries);
        Assert.Contains("buildTransitive/SecretAnalyzers.props", entries);
        Assert.Contains("build/SecretAnalyzers.props", entries);
        Assert.Contains("buildTransitive/SecretAnalyzers.targets", entries);
        Assert.Contains("build/SecretAnalyzers.targets", entries);
        Assert.Contains("README.md", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/"));

        var nuspec = Nuspec(package, "SecretAnalyzers.nuspec");
        Assert.Equal("true", Element(nuspec, "developmentDependency"));
        Assert.Equal("MIT", Element(nuspec, "license"));
        Assert.Equal("README.md", Element(nuspec, "readme"));
        Assert.Null(Element(nuspec, "icon"));
        Assert.DoesNotContain(nuspec.Descendants(), e => e.Name.LocalName == "dependency");
    }

    [Theory]
    [InlineData("SecretAnalyzers.Runtime")]
    [InlineData("SecretAnalyzers.Runtime.Aws")]
    public void RuntimePackagesHaveReadmeLicenseAndSymbols(string id)
    {
        using var package = ZipFile.OpenRead(Path.Combine(_fixture.Feed, $"{id}.{_fixture.Version}.nupkg"));
        var entries = package.Entries.Select(e => e.FullName).ToHashSet();

        Assert.Contains("README.md", entries);
        Assert.Contains($"lib/netstandard2.0/{id}.dll", entries);
        Assert.Contains($"lib/net10.0/{id}.dll", entries);
        var nuspec = Nuspec(package, id + ".nuspec");
        Assert.Equal("MIT", Element(nuspec, "license"));
        Assert.True(File.Exists(Path.Combine(_fixture.Feed, $"{id}.{_fixture.Version}.snupkg")));
    }

    [Fact]
    public void AwsPackageDependsOnTheRuntimeOfTheSameVersion()
    {
        using var package = ZipFile.OpenRead(Path.Combine(_fixture.Feed, $"SecretAnalyzers.Runtime.Aws.{_fixture.Version}.nupkg"));
        var nuspec = Nuspec(package, "SecretAnalyzers.Runtime.Aws.nuspec");

        var runtime = nuspec.Descendants().Where(e => e.Name.LocalName == "dependency" && (string?)e.Attribute("id") == "SecretAnalyzers.Runtime").ToList();
        Assert.NotEmpty(runtime);
        Assert.All(runtime, d => Assert.Equal(_fixture.Version, (string?)d.Attribute("version")));
    }

    [Fact]
    public void CliPackageIsADotNetToolNamedSecretanalyzers()
    {
        using var package = ZipFile.OpenRead(Path.Combine(_fixture.Feed, $"SecretAnalyzers.Cli.{_fixture.Version}.nupkg"));

        Assert.NotNull(package.GetEntry("tools/net10.0/any/SecretAnalyzers.Cli.dll"));
        Assert.NotNull(package.GetEntry("tools/net10.0/any/SecretAnalyzers.dll"));
        using var settings = package.GetEntry("tools/net10.0/any/DotnetToolSettings.xml")!.Open();
        var command = XDocument.Load(settings).Descendants().Single(e => e.Name.LocalName == "Command");
        Assert.Equal("secretanalyzers", (string?)command.Attribute("Name"));
        Assert.Equal("README.md", Element(Nuspec(package, "SecretAnalyzers.Cli.nuspec"), "readme"));
    }

    private static XDocument Nuspec(ZipArchive package, string name)
    {
        using var stream = package.GetEntry(name)!.Open();
        return XDocument.Load(stream);
    }

    private static string? Element(XDocument nuspec, string localName) =>
        nuspec.Descendants().FirstOrDefault(e => e.Name.LocalName == localName)?.Value;
}
