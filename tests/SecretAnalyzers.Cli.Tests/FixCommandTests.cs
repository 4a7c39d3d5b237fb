using System.IO;
using System.Linq;
using System.Threading.Tasks;

namespace SecretAnalyzers.Cli.Tests;

/// <summary><c>fix</c> applies the SEC0005 code fix to a real project loaded by MSBuild (dotnet format cannot).</summary>
public class FixCommandTests
{
    [Fact]
    public async Task MovesTheConfigSecretIntoTheManifestAndASecondRunHasNothingToFix()
    {
        using var folder = CreateProject();
        var init = await Cli.RunAsync(folder.Path, "init", "App");
        Assert.Equal(ExitCodes.Clean, init.ExitCode);
        MSBuildScanTests.Restore(folder.Path);
        var settingsPath = folder.Combine("App/appsettings.json");
        var manifestPath = folder.Combine("App/secrets.manifest.json");
        var manifestBefore = File.ReadAllText(manifestPath);

        var dryRun = await Cli.RunAsync(folder.Path, "fix", "App/App.csproj", "--dry-run");

        Assert.True(dryRun.ExitCode == ExitCodes.Clean, dryRun.ToString());
        Assert.Contains("would move: App/appsettings.json(4,18): 'Smtp:Password' -> secrets.manifest.json secret 'SmtpPassword'", dryRun.Output);
        Assert.Equal(Samples.AppSettings, File.ReadAllText(settingsPath));
        Assert.Equal(manifestBefore, File.ReadAllText(manifestPath));

        var fix = await Cli.RunAsync(folder.Path, "fix", "App", "--diagnostics", "SEC0005");

        Assert.True(fix.ExitCode == ExitCodes.Clean, fix.ToString());
        Assert.Contains("moved: App/appsettings.json(4,18): 'Smtp:Password' -> secrets.manifest.json secret 'SmtpPassword'", fix.Output);
        // A .env line has no automatic fix: it is named, left as it is, and does not stop the JSON fix.
        Assert.Contains("notice: App/.env(2,", fix.Error);
        Assert.Equal(Samples.DotEnv, File.ReadAllText(folder.Combine("App/.env")));
        Assert.Contains("\"Password\": \"\"", File.ReadAllText(settingsPath));
        var manifest = File.ReadAllText(manifestPath);
        Assert.Contains("\"configKey\": \"Smtp:Password\"", manifest);
        Assert.DoesNotContain("\"value\"", manifest);
        Assert.Empty(FilesHolding(folder.Path, Samples.ConfigPassword));
        Assert.Equal(new[] { folder.Combine("App/.env") }, FilesHolding(folder.Path, Samples.EnvPassword));
        dryRun.AssertNoSecret(Samples.All);
        fix.AssertNoSecret(Samples.All);

        var again = await Cli.RunAsync(folder.Path, "fix", "App");

        Assert.True(again.ExitCode == ExitCodes.Clean, again.ToString());
        Assert.Contains("Nothing to fix.", again.Output);
        Assert.DoesNotContain("moved", again.Output);
        Assert.Equal(manifest, File.ReadAllText(manifestPath));
    }

    [Fact]
    public async Task WithoutAManifestItSaysToRunInitAndChangesNothing()
    {
        using var folder = CreateProject();
        MSBuildScanTests.Restore(folder.Path);

        var result = await Cli.RunAsync(folder.Path, "fix", "App");

        Assert.Equal(ExitCodes.Error, result.ExitCode);
        Assert.Contains("has no secrets.manifest.json: run 'secretanalyzers init' first", result.Error);
        Assert.Equal(Samples.AppSettings, File.ReadAllText(folder.Combine("App/appsettings.json")));
        Assert.False(File.Exists(folder.Combine("App/secrets.manifest.json")));
        result.AssertNoSecret(Samples.All);
    }

    [Fact]
    public async Task AFileWhereEditorConfigTurnsTheRuleOffIsLeftAsItIs()
    {
        using var folder = CreateProject();
        folder.Write(".editorconfig", "root = true\n\n[*.json]\ndotnet_diagnostic.SEC0005.severity = none\n");
        Assert.Equal(ExitCodes.Clean, (await Cli.RunAsync(folder.Path, "init", "App")).ExitCode);
        MSBuildScanTests.Restore(folder.Path);
        var manifest = File.ReadAllText(folder.Combine("App/secrets.manifest.json"));

        var result = await Cli.RunAsync(folder.Path, "fix", "App");

        Assert.True(result.ExitCode == ExitCodes.Clean, result.ToString());
        Assert.Contains("Nothing to fix.", result.Output);
        Assert.Equal(Samples.AppSettings, File.ReadAllText(folder.Combine("App/appsettings.json")));
        Assert.Equal(manifest, File.ReadAllText(folder.Combine("App/secrets.manifest.json")));
    }

    [Fact]
    public async Task ARuleWithoutACommandLineFixIsAUsageError()
    {
        using var folder = CreateProject();

        var result = await Cli.RunAsync(folder.Path, "fix", "App", "--diagnostics", "SEC0001");

        Assert.Equal(ExitCodes.Error, result.ExitCode);
        Assert.Contains("'SEC0001' has no command-line fix", result.Error);
    }

    private static TempFolder CreateProject()
    {
        var folder = MSBuildScanTests.IsolatedFolder();
        folder.Write("App/App.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>");
        folder.Write("App/Program.cs", "namespace App;\npublic static class Program { }\n");
        folder.Write("App/appsettings.json", Samples.AppSettings);
        folder.Write("App/.env", Samples.DotEnv);
        return folder;
    }

    private static string[] FilesHolding(string directory, string value) =>
        Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .Where(path => File.ReadAllText(path).Contains(value, System.StringComparison.Ordinal))
            .ToArray();
}
