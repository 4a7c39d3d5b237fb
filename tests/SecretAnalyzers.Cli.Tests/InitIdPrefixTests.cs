using System.IO;
using System.Linq;
using System.Threading.Tasks;
using SecretAnalyzers.Manifest;

namespace SecretAnalyzers.Cli.Tests;

/// <summary><c>init --id-prefix</c>: application-scoped ids (<c>shop/db-password</c>) through the manifest's <c>defaults.idPrefix</c>.</summary>
public class InitIdPrefixTests
{
    [Theory]
    [InlineData("OrderService", null, "order-service/")]
    [InlineData("My.Shop_API", null, "my-shop-api/")]
    [InlineData("App", "shop", "shop/")]
    [InlineData("App", "/acme/shop/", "acme/shop/")]
    public async Task ThePrefixDefaultsToTheProjectNameInKebabCaseAndAppliesToNewIds(string project, string? option, string expected)
    {
        using var folder = new TempFolder();
        folder.Write(project + ".csproj", Samples.Project);

        var result = option is null
            ? await Cli.RunAsync(folder.Path, "init")
            : await Cli.RunAsync(folder.Path, "init", "--id-prefix", option);

        Assert.Equal(ExitCodes.Clean, result.ExitCode);
        var path = folder.Combine("secrets.manifest.json");
        var withSecret = ManifestWriter.AddSecret(File.ReadAllText(path), new ManifestSecretEntryToAdd("DbPassword", "secretsmanager", "db-password", null));
        var parsed = ManifestParser.Parse(withSecret, path);
        Assert.Empty(parsed.Diagnostics);
        Assert.Equal(expected + "db-password", Assert.Single(parsed.Model!.Secrets).Id);
        Assert.Contains($"id prefix '{expected}'", result.Output);
        Assert.Contains($"aws secretsmanager create-secret --name {expected}<name>", result.Output);
    }

    [Fact]
    public async Task AnEmptyPrefixWritesNoDefaults()
    {
        using var folder = new TempFolder();
        folder.Write("App.csproj", Samples.Project);

        var result = await Cli.RunAsync(folder.Path, "init", "--id-prefix", "");

        Assert.Equal(ExitCodes.Clean, result.ExitCode);
        Assert.DoesNotContain("defaults", File.ReadAllText(folder.Combine("secrets.manifest.json")));
    }

    [Theory]
    [InlineData("shop prod")]
    [InlineData("shop$")]
    public async Task InvalidPrefixesAreUsageErrors(string prefix)
    {
        using var folder = new TempFolder();
        folder.Write("App.csproj", Samples.Project);

        var result = await Cli.RunAsync(folder.Path, "init", "--id-prefix", prefix);

        Assert.Equal(ExitCodes.Error, result.ExitCode);
        Assert.False(File.Exists(folder.Combine("secrets.manifest.json")));
    }

    [Fact]
    public async Task NewSettingsForAnExistingManifestNeedForce()
    {
        using var folder = new TempFolder();
        folder.Write("App.csproj", Samples.Project);
        folder.Write("secrets.manifest.json", "{ \"secrets\": {} }");

        var refused = await Cli.RunAsync(folder.Path, "init", "--id-prefix", "shop");
        var forced = await Cli.RunAsync(folder.Path, "init", "--id-prefix", "shop", "--force");

        Assert.Equal(ExitCodes.Error, refused.ExitCode);
        Assert.Equal(ExitCodes.Clean, forced.ExitCode);
        Assert.Contains("\"idPrefix\": \"shop/\"", File.ReadAllText(folder.Combine("secrets.manifest.json")));
    }
}
