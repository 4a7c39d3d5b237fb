using System.Threading.Tasks;
using SecretAnalyzers.Cli.CommandLine;

namespace SecretAnalyzers.Cli.Tests;

public class CommandLineTests
{
    [Theory]
    [InlineData("scan", ".", "--frmat", "json")]
    [InlineData("scan")]
    [InlineData("scan", ".", "--format", "xml")]
    [InlineData("scan", ".", "--format")]
    [InlineData("scan", "does-not-exist")]
    [InlineData("scan", ".", "--baseline", "missing-baseline.json")]
    [InlineData("unknown")]
    [InlineData("baseline")]
    [InlineData("baseline", "update", ".")]
    [InlineData("init", "a", "b")]
    [InlineData()]
    public async Task UsageErrorsExitWithTwo(params string[] args)
    {
        using var folder = new TempFolder();

        var result = await Cli.RunAsync(folder.Path, args);

        Assert.Equal(ExitCodes.Error, result.ExitCode);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("--version")]
    public async Task HelpAndVersionExitWithZero(string option)
    {
        using var folder = new TempFolder();

        var result = await Cli.RunAsync(folder.Path, option);

        Assert.Equal(ExitCodes.Clean, result.ExitCode);
        Assert.NotEmpty(result.Output);
    }

    [Fact]
    public void ParsesValuedOptionsFlagsAliasesAndPositionals()
    {
        var parsed = ParsedArguments.Parse(
            new[] { "a", "--format=json", "-o", "out.txt", "--force", "--", "--not-an-option" },
            new[] { "--format", "--output" },
            new[] { "--force" },
            new System.Collections.Generic.Dictionary<string, string> { ["-o"] = "--output" });

        Assert.Equal(new[] { "a", "--not-an-option" }, parsed.Positionals);
        Assert.Equal("json", parsed.GetValue("--format"));
        Assert.Equal("out.txt", parsed.GetValue("--output"));
        Assert.True(parsed.HasFlag("--force"));
    }

    [Fact]
    public void RepeatedOptionIsAnError() =>
        Assert.Throws<UsageException>(() => ParsedArguments.Parse(new[] { "--format", "a", "--format", "b" }, new[] { "--format" }, new string[0]));
}
