using System;
using System.IO;
using System.Linq;

namespace SecretAnalyzers.EndToEnd.Tests;

/// <summary>The secretanalyzers .NET tool installed from the packed feed into a folder, and run like a user runs it.</summary>
internal sealed class InstalledTool
{
    private InstalledTool(string executable)
    {
        Executable = executable;
    }

    public string Executable { get; }

    public static InstalledTool Install(PackagedToolchainFixture fixture, string folderName)
    {
        var toolPath = Path.Combine(fixture.WorkRoot, folderName);
        var install = DotNetCli.Run(fixture.WorkRoot, "tool", "install", "SecretAnalyzers.Cli", "--tool-path", toolPath, "--version", fixture.Version);
        Assert.True(install.ExitCode == 0, install.ToString());
        return new InstalledTool(Path.Combine(toolPath, "secretanalyzers"));
    }

    /// <summary>Runs the tool; stdout and stderr are returned apart (a JSON report must stay parseable).</summary>
    public (CommandResult Result, string Error) Run(string workingDirectory, params string[] arguments)
    {
        var startInfo = new System.Diagnostics.ProcessStartInfo(Executable)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        // The test host's MSBuild variables would point the scanner's MSBuild at the test run's SDK bits.
        foreach (var name in Environment.GetEnvironmentVariables().Keys.Cast<string>().Where(n => n.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            startInfo.Environment.Remove(name);
        }

        using var process = System.Diagnostics.Process.Start(startInfo)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (new CommandResult(process.ExitCode, output, Executable + " " + string.Join(' ', arguments)), error.Result);
    }
}
