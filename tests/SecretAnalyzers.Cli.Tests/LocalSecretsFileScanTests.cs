using System.Threading.Tasks;
using LibGit2Sharp;

namespace SecretAnalyzers.Cli.Tests;

/// <summary>SEC0050: a <c>secrets.local.json</c> that git tracks is a finding; one that stays local is not.</summary>
public class LocalSecretsFileScanTests
{
    private const string LocalValue = "Cli-Local-Committed-Value-31";

    [Fact]
    public async Task ATrackedLocalFileIsAFindingWithoutItsContent()
    {
        using var folder = new TempFolder();
        folder.Write("app/secrets.local.json", $$"""{ "shop/db-password": "{{LocalValue}}" }""");
        using (var repository = new Repository(Repository.Init(folder.Path)))
        {
            Commands.Stage(repository, "app/secrets.local.json");
        }

        var single = await Cli.RunAsync(folder.Path, "scan", "app/secrets.local.json");
        var tree = await Cli.RunAsync(folder.Path, "scan", ".");

        Assert.Equal(ExitCodes.Findings, single.ExitCode);
        Assert.Contains("app/secrets.local.json(1,1): warning SEC0050:", single.Output);
        Assert.Equal(ExitCodes.Findings, tree.ExitCode);
        Assert.Contains("app/secrets.local.json(1,1): warning SEC0050:", tree.Output);
        single.AssertNoSecret(new[] { LocalValue });
        tree.AssertNoSecret(new[] { LocalValue });
    }

    [Fact]
    public async Task AnUntrackedLocalFileIsClean()
    {
        using var folder = new TempFolder();
        folder.Write("secrets.local.json", $$"""{ "shop/db-password": "{{LocalValue}}" }""");
        Repository.Init(folder.Path);

        var inRepository = await Cli.RunAsync(folder.Path, "scan", "secrets.local.json");

        Assert.Equal(ExitCodes.Clean, inRepository.ExitCode);
        Assert.Contains("No secrets found in 1 files.", inRepository.Output);
    }

    [Fact]
    public async Task OutsideGitTheLocalFileIsClean()
    {
        using var folder = new TempFolder();
        folder.Write("secrets.local.json", $$"""{ "shop/db-password": "{{LocalValue}}" }""");

        var result = await Cli.RunAsync(folder.Path, "scan", ".");

        Assert.Equal(ExitCodes.Clean, result.ExitCode);
        result.AssertNoSecret(new[] { LocalValue });
    }

    [Fact]
    public async Task EditorConfigCanRaiseTheSeverity()
    {
        using var folder = new TempFolder();
        folder.Write(".editorconfig", "root = true\n\n[secrets.local.json]\ndotnet_diagnostic.SEC0050.severity = error\n");
        folder.Write("secrets.local.json", "{}");
        using (var repository = new Repository(Repository.Init(folder.Path)))
        {
            Commands.Stage(repository, "secrets.local.json");
        }

        var result = await Cli.RunAsync(folder.Path, "scan", ".");

        Assert.Contains("secrets.local.json(1,1): error SEC0050:", result.Output);
    }
}
