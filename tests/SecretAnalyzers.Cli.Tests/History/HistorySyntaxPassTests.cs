using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using LibGit2Sharp;
using Xunit;

namespace SecretAnalyzers.Cli.Tests.History;

/// <summary>
/// The analyzers on historical blobs: what only a parse finds (a credential name, a comment, a configuration key),
/// restricted to the lines each commit added, and reported once beside the line-level pass.
/// </summary>
public sealed class HistorySyntaxPassTests
{
    private static string NewValue() => GitTestRepository.NewRandomValue();

    private static string Field(string name, string value) => $"    private const string {name} = \"{value}\";";

    private static string Code(params string[] lines) => "class Settings\n{\n" + string.Join("\n", lines) + "\n}\n";

    private static Task<CliResult> History(GitTestRepository repo, params string[] extra) =>
        Cli.RunAsync(repo.Path, new[] { "scan", ".", "--history" }.Concat(extra).ToArray());

    private static int Count(CliResult result, string ruleId) =>
        result.Output.Split('\n').Count(l => l.Contains(ruleId, StringComparison.Ordinal));

    [Fact]
    public async Task CredentialNamedFieldIsFoundByTheSyntaxPassOnly()
    {
        using var repo = new GitTestRepository();
        var password = NewValue();
        var apiSecret = NewValue();
        var added = repo.Commit("add", ("Settings.cs", Code(Field("DbPassword", password), Field("ApiSecret", apiSecret))));

        var result = await History(repo);

        // The rules the build reports: SEC0001 for a password, SEC0002 for an API secret; the line-level pass sees neither.
        Assert.Equal(1, result.ExitCode);
        Assert.True(1 == result.Output.Split('\n').Count(l => l.Contains("Settings.cs(3,", StringComparison.Ordinal) && l.Contains("SEC0001", StringComparison.Ordinal)), result.Output);
        Assert.True(1 == result.Output.Split('\n').Count(l => l.Contains("Settings.cs(4,", StringComparison.Ordinal) && l.Contains("SEC0002", StringComparison.Ordinal)), result.Output);
        Assert.Contains("added in " + added.Sha[..7] + ";", result.Output, StringComparison.Ordinal);
        result.AssertNoSecret(new[] { password, apiSecret });
    }

    [Fact]
    public async Task TokenInACommentIsReportedOnceAsSec0004()
    {
        using var repo = new GitTestRepository();
        repo.Commit("add", ("Client.cs", Code("    // temporary token: " + Samples.GitHubToken, "    public int Retries => 3;")));

        var result = await History(repo);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(1, Count(result, "SEC0004"));
        Assert.DoesNotContain("SEC0002", result.Output, StringComparison.Ordinal);
        result.AssertNoSecret(new[] { Samples.GitHubToken });
    }

    [Fact]
    public async Task PasswordInAppSettingsIsSec0005()
    {
        using var repo = new GitTestRepository();
        repo.Commit("cfg", ("src/App/appsettings.json", Samples.AppSettings + "\n"));

        var result = await History(repo);

        Assert.Equal(1, result.ExitCode);
        Assert.Single(result.Output.Split('\n'), l => l.Contains("SEC0005", StringComparison.Ordinal) && l.Contains("appsettings.json", StringComparison.Ordinal));
        result.AssertNoSecret(new[] { Samples.ConfigPassword });
    }

    [Fact]
    public async Task SecretOnAnUnchangedLineIsNotReportedAgainForALaterCommit()
    {
        using var repo = new GitTestRepository();
        var first = NewValue();
        var second = NewValue();
        var c1 = repo.Commit("first", ("Settings.cs", Code(Field("DbPassword", first))));
        // The later commit makes the same blob worth parsing (a second secret) without touching the first line.
        var c2 = repo.Commit("second", ("Settings.cs", Code(Field("DbPassword", first), Field("SmtpPassword", second))));

        var result = await History(repo, "--format", "json");

        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var messages = json.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("message").GetString()!).ToList();
        Assert.Equal(2, messages.Count);
        Assert.Single(messages, m => m.Contains("added in " + c1.Sha[..7] + ";", StringComparison.Ordinal));
        Assert.Single(messages, m => m.Contains("added in " + c2.Sha[..7] + ";", StringComparison.Ordinal));
        Assert.DoesNotContain(messages, m => m.Contains("last added", StringComparison.Ordinal));
        result.AssertNoSecret(new[] { first, second });
    }

    [Fact]
    public async Task CrlfBlobIsFoundOnTheRightLine()
    {
        using var repo = new GitTestRepository();
        var value = NewValue();
        repo.Commit("crlf", ("Settings.cs", Code("    // settings", Field("DbPassword", value)).Replace("\n", "\r\n", StringComparison.Ordinal)));

        var result = await History(repo, "--format", "json");

        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var finding = Assert.Single(json.RootElement.GetProperty("findings").EnumerateArray());
        Assert.Equal("SEC0001", finding.GetProperty("ruleId").GetString());
        Assert.Equal(4, finding.GetProperty("startLine").GetInt32());
        result.AssertNoSecret(new[] { value });
    }

    [Fact]
    public async Task RenamedFileAddsNothing()
    {
        using var repo = new GitTestRepository();
        var value = NewValue();
        var content = Code(Field("DbPassword", value));
        var added = repo.Commit("add", ("Old.cs", content));
        File.Delete(Path.Combine(repo.Path, "Old.cs"));
        Commands.Remove(repo.Repo, "Old.cs");
        repo.Commit("rename", ("New.cs", content));

        var result = await History(repo);

        Assert.Equal(1, Count(result, "SEC0001"));
        Assert.Contains("added in " + added.Sha[..7] + ";", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("last added", result.Output, StringComparison.Ordinal);
        Assert.Contains("still present at HEAD", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SecretAddedInAMergeResolutionIsFound()
    {
        using var repo = new GitTestRepository();
        var value = NewValue();
        var root = repo.Commit("root", ("Settings.cs", Code("    // settings")));
        var main = repo.Repo.Head;
        Commands.Checkout(repo.Repo, repo.Repo.CreateBranch("feature", root));
        var feature = repo.Commit("feature", ("Feature.cs", Code("    public int Retries => 3;")));
        Commands.Checkout(repo.Repo, main);
        repo.Commit("main", ("Main.cs", Code("    public int Port => 80;")));
        // A merge that brings the branch and adds a secret of its own (what a conflict resolution can do).
        repo.Write("Feature.cs", Code("    public int Retries => 3;"));
        repo.Write("Settings.cs", Code("    // settings", Field("DbPassword", value)));
        Commands.Stage(repo.Repo, "*");
        var signature = repo.Signature();
        var merge = repo.Repo.ObjectDatabase.CreateCommit(
            signature, signature, "merge feature", repo.Repo.ObjectDatabase.CreateTree(repo.Repo.Index), new[] { repo.Repo.Head.Tip, feature }, prettifyMessage: false);
        repo.Repo.Refs.UpdateTarget(repo.Repo.Refs[repo.Repo.Head.CanonicalName], merge.Id);

        var result = await History(repo);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("added in " + merge.Sha[..7] + ";", result.Output, StringComparison.Ordinal);
        result.AssertNoSecret(new[] { value });
    }

    [Fact]
    public async Task LineLevelFalseAlarmInCSharpGivesWayToTheAnalyzersVerdict()
    {
        using var repo = new GitTestRepository();
        const string Assignment = "_dbPassword = EscapeValueForConnectionString(settings.FixedText);";
        repo.Commit("add",
            ("Target.cs", Code("    void Init() { " + Assignment + " }")),
            ("deploy.ps1", Assignment + "\n"));

        var result = await History(repo);

        // The same line in a script is a line-level finding (no build to ask); in C# the analyzers see no literal.
        Assert.Equal(1, result.ExitCode);
        Assert.DoesNotContain("Target.cs", result.Output, StringComparison.Ordinal);
        Assert.Contains("deploy.ps1", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StagedCredentialNamedFieldFailsTheHook()
    {
        using var repo = new GitTestRepository();
        repo.Commit("root", ("README.md", "x\n"));
        var value = NewValue();
        repo.Write("Settings.cs", Code(Field("DbPassword", value)));
        repo.Stage("Settings.cs");

        var result = await Cli.RunAsync(repo.Path, "scan", ".", "--staged");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(1, Count(result, "SEC0001"));
        result.AssertNoSecret(new[] { value });
    }
}
