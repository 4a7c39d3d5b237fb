using System.IO;
using System.Linq;
using System.Threading.Tasks;

namespace SecretAnalyzers.Cli.Tests;

/// <summary>Hostile trees and hostile text: symbolic links and control characters.</summary>
public class ScanRobustnessTests
{
    [Fact]
    public async Task ASymlinkCycleIsScannedOnce()
    {
        using var folder = new TempFolder();
        folder.Write("app/appsettings.json", Samples.AppSettings);
        Directory.CreateSymbolicLink(folder.Combine("app/loop"), folder.Path);
        Directory.CreateSymbolicLink(folder.Combine("app/self"), folder.Combine("app"));

        var result = await Cli.RunAsync(folder.Path, "scan", ".");

        Assert.Equal(ExitCodes.Findings, result.ExitCode);
        Assert.Contains("1 finding(s) in 1 file(s)", result.Output);
        Assert.DoesNotContain("loop/", result.Output);
    }

    [Fact]
    public async Task LinksOutOfTheScannedFolderAreFollowedOnlyWhenAsked()
    {
        using var outside = new TempFolder();
        outside.Write("appsettings.json", Samples.AppSettings);
        using var folder = new TempFolder();
        folder.Write("Program.cs", "class P { }");
        Directory.CreateSymbolicLink(folder.Combine("shared"), outside.Path);
        File.CreateSymbolicLink(folder.Combine(".env"), outside.Write("other.env", Samples.DotEnv));

        var inside = await Cli.RunAsync(folder.Path, "scan", ".");
        var followed = await Cli.RunAsync(folder.Path, "scan", ".", "--follow-symlinks");

        Assert.Equal(ExitCodes.Clean, inside.ExitCode);
        Assert.Contains("notice: Not followed:", inside.Error);
        Assert.Equal(ExitCodes.Findings, followed.ExitCode);
        Assert.Contains("shared/appsettings.json(4,18): warning SEC0005", followed.Output);
        Assert.Contains(".env(2,21): warning SEC0005", followed.Output);
    }

    [Fact]
    public async Task ControlCharactersInScannedTextAreEscapedInTextOutput()
    {
        using var folder = new TempFolder();
        folder.Write("appsettings.json", "{ \"Smtp\\u001b[31m\\r\\n::error::forged\": { \"Password\": \"" + Samples.ConfigPassword + "\" } }");

        var result = await Cli.RunAsync(folder.Path, "scan", ".");

        Assert.Equal(ExitCodes.Findings, result.ExitCode);
        Assert.DoesNotContain(result.Output, c => char.IsControl(c) && c is not '\n' and not '\r');
        Assert.DoesNotContain("\n::error::", result.Output.Replace("\r", string.Empty));
        Assert.Contains("\\u001b", result.Output);
        result.AssertNoSecret(Samples.All);
    }
}
