using System.IO;
using System.Threading.Tasks;
using SecretAnalyzers.Manifest;

namespace SecretAnalyzers.Cli.Tests;

public class InitTests
{
    [Fact]
    public async Task CreatesAManifestTheGeneratorCanReadWithTheProjectsRootNamespace()
    {
        using var folder = new TempFolder();
        folder.Write("src/Orders/Orders.csproj", Samples.Project);

        var result = await Cli.RunAsync(folder.Path, "init", "src/Orders");

        Assert.Equal(ExitCodes.Clean, result.ExitCode);
        var path = folder.Combine("src/Orders/secrets.manifest.json");
        var parsed = ManifestParser.Parse(File.ReadAllText(path), path);
        Assert.Empty(parsed.Diagnostics);
        Assert.NotNull(parsed.Model);
        Assert.Equal("Secrets", parsed.Model!.ClassName);
        Assert.Equal("Contoso.Orders", parsed.Model.Namespace);
    }

    [Fact]
    public async Task ClassNameAndNamespaceOptions()
    {
        using var folder = new TempFolder();
        folder.Write("App.csproj", Samples.Project);

        var result = await Cli.RunAsync(folder.Path, "init", "App.csproj", "--class-name", "AppSecrets", "--namespace", "My.App");

        Assert.Equal(ExitCodes.Clean, result.ExitCode);
        var path = folder.Combine("secrets.manifest.json");
        var model = ManifestParser.Parse(File.ReadAllText(path), path).Model!;
        Assert.Equal("AppSecrets", model.ClassName);
        Assert.Equal("My.App", model.Namespace);
    }

    [Fact]
    public async Task KeepsAnExistingManifestUnlessForced()
    {
        using var folder = new TempFolder();
        folder.Write("App.csproj", Samples.Project);
        folder.Write("secrets.manifest.json", "{ \"secrets\": { \"Keep\": { \"source\": \"parameterstore\", \"id\": \"/keep\" } } }");

        var kept = await Cli.RunAsync(folder.Path, "init");
        var keptText = File.ReadAllText(folder.Combine("secrets.manifest.json"));
        var forced = await Cli.RunAsync(folder.Path, "init", "--force");

        Assert.Equal(ExitCodes.Clean, kept.ExitCode);
        Assert.Contains("Kept", kept.Output);
        Assert.Contains("Keep", keptText);
        Assert.Equal(ExitCodes.Clean, forced.ExitCode);
        Assert.DoesNotContain("Keep", File.ReadAllText(folder.Combine("secrets.manifest.json")));
    }

    [Theory]
    [InlineData("--class-name", "not valid")]
    [InlineData("--namespace", "1Bad")]
    public async Task InvalidNamesAreUsageErrors(string option, string value)
    {
        using var folder = new TempFolder();

        var result = await Cli.RunAsync(folder.Path, "init", ".", option, value);

        Assert.Equal(ExitCodes.Error, result.ExitCode);
        Assert.False(File.Exists(folder.Combine("secrets.manifest.json")));
    }

    [Fact]
    public async Task FolderWithSeveralProjectsNeedsTheProjectNamed()
    {
        using var folder = new TempFolder();
        folder.Write("A.csproj", Samples.Project);
        folder.Write("B.csproj", Samples.Project);

        var result = await Cli.RunAsync(folder.Path, "init", ".");

        Assert.Equal(ExitCodes.Error, result.ExitCode);
    }
}
