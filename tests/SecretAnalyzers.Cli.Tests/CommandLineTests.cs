using System.Linq;
using System.Threading.Tasks;

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
    [InlineData("init", ".", "--unknown")]
    [InlineData("baseline", "create")]
    [InlineData("baseline", "create", ".", "--format", "json")]
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

    [Theory]
    [InlineData("scan")]
    [InlineData("init")]
    [InlineData("baseline")]
    [InlineData("baseline", "create")]
    public async Task EveryCommandHasHelp(params string[] command)
    {
        using var folder = new TempFolder();

        var result = await Cli.RunAsync(folder.Path, command.Append("--help").ToArray());

        Assert.Equal(ExitCodes.Clean, result.ExitCode);
        Assert.Contains("Usage:", result.Output);
        Assert.Contains(command[^1], result.Output);
        Assert.Empty(result.Error);
    }

    [Fact]
    public async Task HelpListsTheOptionsOfTheCommand()
    {
        using var folder = new TempFolder();

        var init = await Cli.RunAsync(folder.Path, "init", "--help");
        var scan = await Cli.RunAsync(folder.Path, "scan", "-h");

        Assert.Contains("--id-prefix", init.Output);
        Assert.Contains("--force", init.Output);
        Assert.Contains("--format", scan.Output);
        Assert.Contains("--baseline", scan.Output);
        Assert.Contains("--follow-symlinks", scan.Output);
    }

    [Fact]
    public async Task NoArgumentsPrintsUsageAndFails()
    {
        using var folder = new TempFolder();

        var result = await Cli.RunAsync(folder.Path);

        Assert.Equal(ExitCodes.Error, result.ExitCode);
        Assert.Contains("scan", result.Output);
        Assert.Contains("init", result.Output);
    }

    [Theory]
    [InlineData("--format", "JSON")]
    [InlineData("-f", "sarif")]
    [InlineData("--format=json")]
    public async Task FormatIsCaseInsensitiveAndHasAnAlias(params string[] option)
    {
        using var folder = new TempFolder();
        folder.Write("appsettings.json", Samples.AppSettings);

        var result = await Cli.RunAsync(folder.Path, new[] { "scan", "." }.Concat(option).ToArray());

        Assert.Equal(ExitCodes.Findings, result.ExitCode);
        Assert.StartsWith("{", result.Output.TrimStart());
    }
}
