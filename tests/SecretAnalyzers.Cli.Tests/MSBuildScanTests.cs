using System.Diagnostics;
using System.Threading.Tasks;

namespace SecretAnalyzers.Cli.Tests;

/// <summary>Projects load through MSBuild: references bind and DefineConstants apply, as in a build.</summary>
public class MSBuildScanTests
{
    private const string SinkValue = "Xq7-Cli-Mp-Value-204";

    [Fact]
    public async Task ASinkDeclaredInAReferencedProjectAndDefineConstantsApply()
    {
        using var folder = CreateSolution();
        Restore(folder.Path);

        var msbuild = await Cli.RunAsync(folder.Path, "scan", ".");
        var loose = await Cli.RunAsync(folder.Path, "scan", ".", "--no-msbuild");

        Assert.Equal(ExitCodes.Findings, msbuild.ExitCode);
        Assert.Contains("App/Program.cs(1,28): warning SEC0001:", msbuild.Output);
        Assert.Contains("App/Program.cs(3,13): warning SEC0002:", msbuild.Output);
        Assert.DoesNotContain("notice:", msbuild.Error);
        // Loose files cannot bind Lib.Db.Open: the sink finding is what MSBuild adds.
        Assert.DoesNotContain("App/Program.cs(1,28)", loose.Output);
        msbuild.AssertNoSecret(new[] { SinkValue, Samples.GitHubToken });
    }

    [Fact]
    public async Task AProjectThatDoesNotLoadIsScannedAsLooseFilesWithANotice()
    {
        using var folder = new TempFolder();
        folder.Write("Broken/Broken.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>");
        folder.Write("Broken/appsettings.json", Samples.AppSettings);

        var result = await Cli.RunAsync(folder.Path, "scan", ".");

        Assert.Equal(ExitCodes.Findings, result.ExitCode);
        Assert.Contains("notice: ", result.Error);
        Assert.Contains("Broken.csproj' did not load with MSBuild", result.Error);
        Assert.Contains("Broken/appsettings.json(4,18): warning SEC0005", result.Output);
        result.AssertNoSecret(Samples.All);
    }

    private static TempFolder CreateSolution()
    {
        var folder = IsolatedFolder();
        folder.Write("Lib/Lib.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>");
        folder.Write("Lib/Db.cs", "namespace Lib;\npublic static class Db\n{\n    public static void Open(string host, string secret) { }\n}\n");
        folder.Write("App/App.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <OutputType>Exe</OutputType>
                <DefineConstants>$(DefineConstants);LEAKY</DefineConstants>
              </PropertyGroup>
              <ItemGroup><ProjectReference Include="../Lib/Lib.csproj" /></ItemGroup>
            </Project>
            """);
        folder.Write("App/Program.cs", $"Lib.Db.Open(\"db.internal\", \"{SinkValue}\");\n#if LEAKY\nvar token = \"{Samples.GitHubToken}\";\nSystem.Console.WriteLine(token);\n#endif\n");
        return folder;
    }

    /// <summary>A temporary folder where MSBuild does not see the repository's Directory.* files and central package management.</summary>
    internal static TempFolder IsolatedFolder()
    {
        var folder = new TempFolder();
        folder.Write("Directory.Build.props", "<Project />");
        folder.Write("Directory.Build.targets", "<Project />");
        folder.Write("Directory.Packages.props", "<Project />");
        return folder;
    }

    /// <summary>Restores <paramref name="project"/> (relative to <paramref name="directory"/>) with the installed SDK, as a user would.</summary>
    internal static void Restore(string directory, string project = "App/App.csproj")
    {
        var startInfo = new ProcessStartInfo("dotnet", "restore " + project)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        startInfo.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        startInfo.Environment["DOTNET_CLI_DO_NOT_USE_MSBUILD_SERVER"] = "1";
        foreach (var name in new[] { "MSBuildSDKsPath", "MSBuildExtensionsPath", "MSBUILD_EXE_PATH" })
        {
            startInfo.Environment.Remove(name);
        }

        using var process = Process.Start(startInfo)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, "dotnet restore failed: " + output.Result + error);
    }
}
