using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using LibGit2Sharp;
using Xunit;

namespace SecretAnalyzers.Cli.Tests.History;

public sealed class HistoryScanTests
{
    private static string Code(string line) => "class Settings\n{\n" + line + "\n}\n";

    private static Task<CliResult> History(GitTestRepository repo, params string[] extra) =>
        Cli.RunAsync(repo.Path, new[] { "scan", ".", "--history" }.Concat(extra).ToArray());

    [Fact]
    public async Task SecretMovedToStoreThenRotatedIsReportedOnceAsNoLongerAtHead()
    {
        using var repo = new GitTestRepository();
        var password = GitTestRepository.NewPassword();
        var added = repo.Commit("add db", ("Settings.cs", Code(GitTestRepository.ConnectionLine(password))));
        repo.Commit("move to store", ("Settings.cs", Code("    static string Db => Secrets.Db;")));
        repo.Commit("rotate", ("ROTATED.md", "rotated\n"));

        var result = await History(repo);

        Assert.Equal(1, result.ExitCode);
        Assert.Single(result.Output.Split('\n'), l => l.Contains("SEC0003", StringComparison.Ordinal) && l.Contains("Settings.cs", StringComparison.Ordinal));
        Assert.Contains("added in " + added.Sha[..7], result.Output, StringComparison.Ordinal);
        Assert.Contains("no longer at HEAD", result.Output, StringComparison.Ordinal);
        result.AssertNoSecret(new[] { password });
    }

    [Fact]
    public async Task SecretStillInTheTreeIsReportedAsPresentAtHead()
    {
        using var repo = new GitTestRepository();
        var password = GitTestRepository.NewPassword();
        repo.Commit("add", ("Settings.cs", Code(GitTestRepository.ConnectionLine(password))));

        var result = await History(repo);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("still present at HEAD", result.Output, StringComparison.Ordinal);
        result.AssertNoSecret(new[] { password });
    }

    [Fact]
    public async Task CleanHistoryExitsZero()
    {
        using var repo = new GitTestRepository();
        repo.Commit("one", ("Settings.cs", Code("    const string Db = \"Server=db;Integrated Security=true\";")));
        // A random string under names that mean no credential: the syntax-level pass must not report it either.
        repo.Commit("two", ("Region.cs", Code(
            $"    const string Greeting = \"{GitTestRepository.NewRandomValue()}\";\n    const string CacheRegion = \"{GitTestRepository.NewRandomValue()}\";")));

        var result = await History(repo);

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("SEC000", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TokenInAConfigFileIsFound()
    {
        using var repo = new GitTestRepository();
        repo.Commit("cfg", ("appsettings.json", "{\n  \"GitHub\": { \"Token\": \"" + Samples.GitHubToken + "\" }\n}\n"));

        var result = await History(repo);

        // Reported once, under the rule the build reports for a configuration file.
        Assert.Equal(1, result.ExitCode);
        Assert.Single(result.Output.Split('\n'), l => l.Contains("SEC0005", StringComparison.Ordinal) && l.Contains("appsettings.json", StringComparison.Ordinal));
        Assert.DoesNotContain("SEC0002", result.Output, StringComparison.Ordinal);
        result.AssertNoSecret(new[] { Samples.GitHubToken });
    }

    [Fact]
    public async Task RenameAddsNothing()
    {
        using var repo = new GitTestRepository();
        var password = GitTestRepository.NewPassword();
        var content = Code(GitTestRepository.ConnectionLine(password)) + string.Concat(Enumerable.Range(0, 20).Select(i => $"// line {i}\n"));
        var added = repo.Commit("add", ("Old.cs", content));
        File.Delete(Path.Combine(repo.Path, "Old.cs"));
        Commands.Remove(repo.Repo, "Old.cs");
        repo.Commit("rename", ("New.cs", content));

        var result = await History(repo);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("added in " + added.Sha[..7] + ";", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("last added", result.Output, StringComparison.Ordinal);
        Assert.Contains("still present at HEAD", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SameSecretAddedTwiceReportsFirstAndLastCommit()
    {
        using var repo = new GitTestRepository();
        var password = GitTestRepository.NewPassword();
        var first = repo.Commit("add", ("A.cs", Code(GitTestRepository.ConnectionLine(password))));
        repo.Commit("remove", ("A.cs", Code("// gone")));
        var last = repo.Commit("again", ("B.cs", Code(GitTestRepository.ConnectionLine(password))));

        var result = await History(repo);

        Assert.Equal(1, result.Output.Split('\n').Count(l => l.Contains("SEC0003", StringComparison.Ordinal)));
        Assert.Contains($"first added in {first.Sha[..7]}, last added in {last.Sha[..7]}", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MergedBranchIsScannedAndUnmergedBranchOnlyWithBranchesAll()
    {
        using var repo = new GitTestRepository();
        var merged = GitTestRepository.NewPassword();
        var unmerged = GitTestRepository.NewPassword();
        var root = repo.Commit("root", ("README.md", "x\n"));
        var main = repo.Repo.Head;

        Commands.Checkout(repo.Repo, repo.Repo.CreateBranch("feature", root));
        repo.Commit("feature", ("Feature.cs", Code(GitTestRepository.ConnectionLine(merged))));
        Commands.Checkout(repo.Repo, repo.Repo.CreateBranch("wip", root));
        repo.Commit("wip", ("Wip.cs", Code(GitTestRepository.ConnectionLine(unmerged))));
        Commands.Checkout(repo.Repo, main);
        repo.Commit("main work", ("Main.txt", "y\n"));
        var mergeResult = repo.Repo.Merge(repo.Repo.Branches["feature"], repo.Signature(), new MergeOptions { FastForwardStrategy = FastForwardStrategy.NoFastForward });
        Assert.Equal(MergeStatus.NonFastForward, mergeResult.Status);

        var current = await History(repo);
        var all = await History(repo, "--branches", "all");

        Assert.Equal(1, current.Output.Split('\n').Count(l => l.Contains("SEC0003", StringComparison.Ordinal)));
        Assert.Contains("Feature.cs", current.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Wip.cs", current.Output, StringComparison.Ordinal);
        Assert.Contains("Wip.cs", all.Output, StringComparison.Ordinal);
        current.AssertNoSecret(new[] { merged, unmerged });
        all.AssertNoSecret(new[] { merged, unmerged });
    }

    [Fact]
    public async Task BinaryAndVendoredFilesAreSkipped()
    {
        using var repo = new GitTestRepository();
        var password = GitTestRepository.NewPassword();
        var line = GitTestRepository.ConnectionLine(password);
        repo.WriteBytes("blob.bin", new byte[] { 0, 1, 2, 0 }.Concat(System.Text.Encoding.UTF8.GetBytes(line + "\n")).ToArray());
        repo.Commit("vendored", ("node_modules/pkg/index.js", line + "\n"), ("obj/Gen.cs", line + "\n"));

        var skipped = await History(repo);
        repo.Commit("real", ("Settings.cs", Code(line)));
        var found = await History(repo);

        Assert.Equal(0, skipped.ExitCode);
        Assert.Equal(1, found.ExitCode);
        Assert.Contains("Settings.cs", found.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CrlfLinesAreFoundOnTheRightLine()
    {
        using var repo = new GitTestRepository();
        var password = GitTestRepository.NewPassword();
        repo.Commit("crlf", ("Settings.cs", Code(GitTestRepository.ConnectionLine(password)).Replace("\n", "\r\n", StringComparison.Ordinal)));

        var result = await History(repo, "--format", "json");

        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var finding = json.RootElement.GetProperty("findings")[0];
        Assert.Equal(3, finding.GetProperty("startLine").GetInt32());
        Assert.Equal(finding.GetProperty("startLine").GetInt32(), finding.GetProperty("endLine").GetInt32());
        result.AssertNoSecret(new[] { password });
    }

    [Fact]
    public async Task SecretSplitAcrossTwoCommitsIsFoundWhenCompleted()
    {
        using var repo = new GitTestRepository();
        var password = GitTestRepository.NewPassword();
        var full = GitTestRepository.ConnectionLine(password);
        var half = full[..(full.IndexOf("Password=", StringComparison.Ordinal) + 9)] + password[..4] + "\";";
        repo.Commit("half", ("Settings.cs", Code(half)));
        var completed = repo.Commit("rest", ("Settings.cs", Code(full)));

        var result = await History(repo);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(completed.Sha[..7], result.Output, StringComparison.Ordinal);
        result.AssertNoSecret(new[] { password });
    }

    [Fact]
    public async Task SinceAndMaxCommitsLimitTheWalk()
    {
        using var repo = new GitTestRepository();
        var old = repo.Commit("old", ("Old.cs", Code(GitTestRepository.ConnectionLine(GitTestRepository.NewPassword()))));
        repo.Commit("new", ("New.cs", "// clean\n"));

        var since = await History(repo, "--since", old.Sha);
        var newest = await History(repo, "--max-commits", "1");
        var bad = await History(repo, "--since", "no-such-rev");

        Assert.Equal(0, since.ExitCode);
        Assert.Equal(0, newest.ExitCode);
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("--since", bad.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SarifOutputIsWritten()
    {
        using var repo = new GitTestRepository();
        var password = GitTestRepository.NewPassword();
        repo.Commit("add", ("Settings.cs", Code(GitTestRepository.ConnectionLine(password))));

        var result = await History(repo, "--format", "sarif");

        Assert.Equal(1, result.ExitCode);
        using var sarif = JsonDocument.Parse(result.Output);
        var results = sarif.RootElement.GetProperty("runs")[0].GetProperty("results");
        Assert.Equal(1, results.GetArrayLength());
        result.AssertNoSecret(new[] { password });
    }
}
