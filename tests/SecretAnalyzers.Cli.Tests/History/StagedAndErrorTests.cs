using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace SecretAnalyzers.Cli.Tests.History;

public sealed class StagedAndErrorTests
{
    [Fact]
    public async Task StagedSecretFailsTheHookMasked()
    {
        using var repo = new GitTestRepository();
        repo.Commit("root", ("README.md", "x\n"));
        var password = GitTestRepository.NewPassword();
        repo.Write("Settings.cs", "class S\n{\n" + GitTestRepository.ConnectionLine(password) + "\n}\n");
        repo.Write("Unstaged.cs", "class U\n{\n" + GitTestRepository.ConnectionLine(GitTestRepository.NewPassword()) + "\n}\n");
        repo.Stage("Settings.cs");

        var result = await Cli.RunAsync(repo.Path, "scan", ".", "--staged");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Settings.cs", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Unstaged.cs", result.Output, StringComparison.Ordinal);
        Assert.Contains("staged", result.Output, StringComparison.Ordinal);
        result.AssertNoSecret(new[] { password });
    }

    [Fact]
    public async Task NothingStagedPasses()
    {
        using var repo = new GitTestRepository();
        repo.Commit("root", ("README.md", "x\n"));

        var result = await Cli.RunAsync(repo.Path, "scan", ".", "--staged");

        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public async Task StagedWorksBeforeTheFirstCommit()
    {
        using var repo = new GitTestRepository();
        repo.Write("Settings.cs", "class S\n{\n" + GitTestRepository.ConnectionLine(GitTestRepository.NewPassword()) + "\n}\n");
        repo.Stage("Settings.cs");

        var result = await Cli.RunAsync(repo.Path, "scan", ".", "--staged");

        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public async Task ShallowCloneExitsTwoWithoutAReport()
    {
        using var repo = new GitTestRepository();
        var commit = repo.Commit("add", ("Settings.cs", "class S\n{\n" + GitTestRepository.ConnectionLine(GitTestRepository.NewPassword()) + "\n}\n"));
        File.WriteAllText(Path.Combine(repo.Path, ".git", "shallow"), commit.Sha + "\n");

        var result = await Cli.RunAsync(repo.Path, "scan", ".", "--history");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("shallow", result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Output);
    }

    [Fact]
    public async Task MissingObjectExitsTwoWithoutAReport()
    {
        using var repo = new GitTestRepository();
        repo.Commit("one", ("A.cs", "class A {}\n"));
        var second = repo.Commit("two", ("B.cs", "class B {}\n"));
        var blob = (LibGit2Sharp.Blob)second["B.cs"].Target;
        var objectPath = Path.Combine(repo.Path, ".git", "objects", blob.Sha[..2], blob.Sha[2..]);
        File.SetAttributes(objectPath, FileAttributes.Normal);
        File.Delete(objectPath);

        var result = await Cli.RunAsync(repo.Path, "scan", ".", "--history");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error:", result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Output);
    }

    [Fact]
    public async Task RepositoryWithoutCommitsHasACleanHistory()
    {
        using var repo = new GitTestRepository();

        var result = await Cli.RunAsync(repo.Path, "scan", ".", "--history");

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("error", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FolderOutsideGitExitsTwo()
    {
        using var folder = new TempFolder();

        var result = await Cli.RunAsync(folder.Path, "scan", ".", "--history");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("not inside a git repository", result.Error, StringComparison.Ordinal);
    }
}
