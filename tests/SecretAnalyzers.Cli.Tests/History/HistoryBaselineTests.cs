using System;
using System.IO;
using System.Threading.Tasks;
using Xunit;

namespace SecretAnalyzers.Cli.Tests.History;

public sealed class HistoryBaselineTests
{
    [Fact]
    public async Task RotatedSecretsRecordedInABaselineKeepTheHistoryScanGreenUntilANewOneLands()
    {
        using var repo = new GitTestRepository();
        var rotated = GitTestRepository.NewPassword();
        repo.Commit("old leak", ("Settings.cs", "class S\n{\n" + GitTestRepository.ConnectionLine(rotated) + "\n}\n"));
        repo.Commit("moved", ("Settings.cs", "class S\n{\n}\n"));

        var create = await Cli.RunAsync(repo.Path, "baseline", "create", ".", "--history", "--output", "history.baseline.json");
        var accepted = await Cli.RunAsync(repo.Path, "scan", ".", "--history", "--baseline", "history.baseline.json");
        var fresh = GitTestRepository.NewPassword();
        repo.Commit("new leak", ("Other.cs", "class O\n{\n" + GitTestRepository.ConnectionLine(fresh) + "\n}\n"));
        var rejected = await Cli.RunAsync(repo.Path, "scan", ".", "--history", "--baseline", "history.baseline.json");

        Assert.Equal(0, create.ExitCode);
        Assert.DoesNotContain(rotated, File.ReadAllText(Path.Combine(repo.Path, "history.baseline.json")), StringComparison.Ordinal);
        Assert.Equal(0, accepted.ExitCode);
        Assert.Equal(1, rejected.ExitCode);
        Assert.Contains("Other.cs", rejected.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Settings.cs", rejected.Output, StringComparison.Ordinal);
        rejected.AssertNoSecret(new[] { rotated, fresh });
    }
}
