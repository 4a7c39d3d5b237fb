using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace SecretAnalyzers.EndToEnd.Tests;

/// <summary>
/// The installed scanner reports exactly what `dotnet build` reports on a solution whose sink parameter is declared
/// in a referenced project, with a DefineConstants-only branch and a configuration file.
/// </summary>
[Collection(PackagedToolchainCollection.Name)]
public sealed class ScanEqualsBuildTests
{
    private const string SinkValue = "S1nk!Val#8172qZw";

    private static readonly Regex BuildDiagnostic = new(@"^(?<path>[^\s(][^(\r\n]*)\((?<line>\d+),(?<column>\d+)\): (warning|error) (?<rule>SEC\d{4}):", RegexOptions.Multiline);

    private readonly PackagedToolchainFixture _fixture;

    public ScanEqualsBuildTests(PackagedToolchainFixture fixture)
    {
        _fixture = fixture;
    }

    [Fact]
    public void ScanOfTheSolutionEqualsTheBuild()
    {
        var root = Path.Combine(_fixture.WorkRoot, "ScanEqualsBuild");
        Write(root, "Lib/Lib.csproj", Project(exe: false, extra: string.Empty));
        Write(root, "Lib/Db.cs", "namespace Lib;\n\npublic static class Db\n{\n    public static void Open(string host, string secret) { }\n}\n");
        Write(root, "App/App.csproj", Project(exe: true, extra: """
            <PropertyGroup><DefineConstants>$(DefineConstants);LEAKY</DefineConstants></PropertyGroup>
            <ItemGroup><ProjectReference Include="../Lib/Lib.csproj" /></ItemGroup>
            """));
        var program = LeakySources.Program.Replace(
            "        var token =",
            $"        Lib.Db.Open(\"db.internal\", \"{SinkValue}\");\n#if LEAKY\n        var token =").Replace(
            "        Console.WriteLine(",
            "#else\n        var token = \"\";\n#endif\n        Console.WriteLine(");
        Assert.Contains("Lib.Db.Open(", program); // the sink in the referenced project is really called
        Write(root, "App/Program.cs", program);
        Write(root, "App/appsettings.json", LeakySources.AppSettings);
        var solution = DotNetCli.Run(root, "new", "sln", "-n", "Both", "--format", "sln");
        Assert.True(solution.ExitCode == 0, solution.ToString());
        var add = DotNetCli.Run(root, "sln", "Both.sln", "add", "Lib/Lib.csproj", "App/App.csproj");
        Assert.True(add.ExitCode == 0, add.ToString());

        var build = DotNetCli.Run(root, "build", "Both.sln", "-c", "Release", "--disable-build-servers", "-v:minimal", "-clp:NoSummary");
        var (scan, scanErrors) = InstalledTool.Install(_fixture, "tools-scan-equals-build").Run(root, "scan", "Both.sln", "--format", "json", "--no-progress");

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.True(scan.ExitCode == 1, scan + scanErrors);
        Assert.DoesNotContain("notice:", scanErrors);
        var built = BuildDiagnostic.Matches(build.Output)
            .Select(m => $"{Relative(root, m.Groups["path"].Value)}({m.Groups["line"].Value},{m.Groups["column"].Value}) {m.Groups["rule"].Value}")
            .ToHashSet();
        using var report = JsonDocument.Parse(scan.Output);
        var scanned = report.RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => $"{Relative(root, Path.Combine(root, f.GetProperty("path").GetString()!))}({f.GetProperty("startLine").GetInt32()},{f.GetProperty("startColumn").GetInt32()}) {f.GetProperty("ruleId").GetString()}")
            .ToHashSet();
        Assert.Contains("App/Program.cs(", string.Join(" ", built.Where(b => b.EndsWith("SEC0001"))));
        Assert.True(built.Count >= 5, string.Join("\n", built));
        Assert.True(
            built.SetEquals(scanned),
            "build: " + string.Join(", ", built.OrderBy(x => x)) + "\nscan: " + string.Join(", ", scanned.OrderBy(x => x))
                + "\nbuild lines:\n" + string.Join("\n", BuildDiagnostic.Matches(build.Output).Select(m => m.Value)));
        Assert.DoesNotContain(SinkValue, build.Output + scan.Output);
    }

    private string Project(bool exe, string extra) => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <ImplicitUsings>enable</ImplicitUsings>
            <Nullable>enable</Nullable>
            {(exe ? "<OutputType>Exe</OutputType>" : string.Empty)}
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="SecretAnalyzers" Version="{_fixture.Version}" PrivateAssets="all" />
          </ItemGroup>
          {extra}
        </Project>
        """;

    private static void Write(string root, string relative, string content)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }

    private static string Relative(string root, string path) =>
        Path.GetRelativePath(root, Path.GetFullPath(path.Trim())).Replace('\\', '/');
}
