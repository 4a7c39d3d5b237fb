using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using SecretAnalyzers.Manifest;
using Xunit.Abstractions;

namespace SecretAnalyzers.CodeFixes.Tests;

/// <summary>
/// A real client: the SDK's <c>dotnet format analyzers</c> (MSBuildWorkspace, Fix All in solution per rule) on a copy
/// of a small project that references the built analyzer, code-fix and generator assemblies. With a manifest (written
/// the way <c>secretanalyzers init</c> writes it) the secrets move and the project builds; without one the workspace
/// cannot add the manifest, so nothing changes.
/// </summary>
public sealed class DotnetFormatTests : IDisposable
{
    private const string Password = "hunter2!";
    private const string ConnectionPassword = "s3cret-Pa55";
    private const string ApiKey = "k3y-v4lue-123";

    private static readonly string Repository = """
        using System.Threading;
        using System.Threading.Tasks;

        namespace Sample.Data;

        public class Repository
        {
            private const string AdminPassword = "PASSWORD";

            public string ApiKey { get; set; } = "APIKEY";

            public string ConnectionString() => "Server=db;User Id=app;Password=CONNECTION;";

            public async Task<int> LoginAsync(CancellationToken cancellationToken)
            {
                await Task.Yield();
                return Login("admin", AdminPassword);
            }

            public int LoginNow() => Login("admin", AdminPassword);

            private static int Login(string user, string password) => user.Length + password.Length;
        }
        """.Replace("PASSWORD", Password).Replace("APIKEY", ApiKey).Replace("CONNECTION", ConnectionPassword);

    private readonly ITestOutputHelper _output;

    public DotnetFormatTests(ITestOutputHelper output) => _output = output;

    private readonly string _root = Path.Combine(Path.GetTempPath(), "secretanalyzers-format-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file; the folder is under the temp path.
        }
    }

    [Fact]
    public async Task WithManifest_SecretsMove_ManifestGetsEntries_ProjectBuilds()
    {
        // dotnet format ships with every .NET SDK since 6: its absence is a broken machine, not a reason to pass.
        Assert.True(await IsDotnetFormatAvailableAsync(), "dotnet format is not available in this SDK.");

        var project = CreateProject("WithManifest", withManifest: true);
        var format = await RunAsync(project, "format", "analyzers", "Sample.csproj", "--diagnostics", "SEC0001", "SEC0002", "SEC0003", "--severity", "info", "-v", "minimal");
        Assert.True(format.ExitCode == 0, "dotnet format failed:\n" + format.Output);

        var code = File.ReadAllText(Path.Combine(project, "Repository.cs"));
        var manifest = File.ReadAllText(Path.Combine(project, ManifestFormat.FileName));
        foreach (var value in new[] { Password, ConnectionPassword, ApiKey })
        {
            Assert.DoesNotContain(value, code, StringComparison.Ordinal);
            Assert.DoesNotContain(value, manifest, StringComparison.Ordinal);
        }

        Assert.Contains("await Secrets.Get", code, StringComparison.Ordinal);
        Assert.Contains("Password={Secrets.", code, StringComparison.Ordinal);
        var names = ManifestWriter.ReadSecretNames(manifest);
        Assert.True(names.Count >= 3, "manifest entries: " + string.Join(", ", names) + "\n" + format.Output);

        var build = await RunAsync(project, "build", "Sample.csproj", "-nologo", "-v", "q", "-p:UseSharedCompilation=false");
        Assert.True(build.ExitCode == 0, "the fixed project does not build:\n" + build.Output + "\n" + code);
    }

    [Fact]
    public async Task WithoutManifest_NothingChanges()
    {
        // dotnet format ships with every .NET SDK since 6: its absence is a broken machine, not a reason to pass.
        Assert.True(await IsDotnetFormatAvailableAsync(), "dotnet format is not available in this SDK.");

        var project = CreateProject("WithoutManifest", withManifest: false);
        var format = await RunAsync(project, "format", "analyzers", "Sample.csproj", "--diagnostics", "SEC0001", "SEC0002", "SEC0003", "--severity", "info", "-v", "minimal");
        Assert.True(format.ExitCode == 0, "dotnet format failed:\n" + format.Output);

        Assert.Equal(Repository, File.ReadAllText(Path.Combine(project, "Repository.cs")));
        Assert.False(File.Exists(Path.Combine(project, ManifestFormat.FileName)));
    }

    [Fact]
    public async Task LeakySample_IsFixed_AndBuildsWithoutFindings()
    {
        var sample = FindRepositoryFile("samples/LeakyApp/Program.cs");
        Assert.True(sample is not null, "samples/LeakyApp/Program.cs was not found above the test folder.");
        Assert.True(await IsDotnetFormatAvailableAsync(), "dotnet format is not available in this SDK.");

        var project = CreateProject("Leaky", withManifest: true, rootNamespace: "LeakyApp", outputType: "Exe");
        File.Delete(Path.Combine(project, "Repository.cs"));
        File.Copy(sample, Path.Combine(project, "Program.cs"));
        var original = File.ReadAllText(Path.Combine(project, "Program.cs"));

        var format = await RunAsync(project, "format", "analyzers", "Sample.csproj", "--diagnostics", "SEC0001", "SEC0002", "SEC0003", "--severity", "info", "-v", "minimal");
        Assert.True(format.ExitCode == 0, "dotnet format failed:\n" + format.Output);
        var code = File.ReadAllText(Path.Combine(project, "Program.cs"));
        Assert.NotEqual(original, code);
        _output.WriteLine(code);
        _output.WriteLine(File.ReadAllText(Path.Combine(project, ManifestFormat.FileName)));

        var build = await RunAsync(project, "build", "Sample.csproj", "-nologo", "-v", "m", "-p:UseSharedCompilation=false");
        Assert.True(build.ExitCode == 0, "the fixed sample does not build:\n" + build.Output + "\n" + code);
        foreach (var rule in new[] { "SEC0001", "SEC0002", "SEC0003" })
        {
            Assert.False(build.Output.Contains(rule, StringComparison.Ordinal), rule + " is still reported after dotnet format:\n" + build.Output + "\n" + code);
        }
    }

    /// <summary>A finding that has no fix (a case label needs a constant) next to ones that do.</summary>
    private static readonly string Unfixable = """
        namespace Sample.Data;

        public static class Gate
        {
            public static bool IsBackdoor(string password)
            {
                switch (password)
                {
                    case "n0t-m0vable!":
                        return true;
                    default:
                        return false;
                }
            }
        }
        """;

    [Fact]
    public async Task ThreeRuns_WithAnUnfixableFinding_GiveTheSameCompleteResult()
    {
        Assert.True(await IsDotnetFormatAvailableAsync(), "dotnet format is not available in this SDK.");

        var results = new List<(string Code, string Manifest)>();
        for (var run = 0; run < 3; run++)
        {
            var project = CreateProject("Repeat" + run, withManifest: true);
            File.WriteAllText(Path.Combine(project, "Gate.cs"), Unfixable);
            var format = await RunAsync(project, "format", "analyzers", "Sample.csproj", "--diagnostics", "SEC0001", "SEC0002", "SEC0003", "--severity", "info", "-v", "minimal");
            Assert.True(format.ExitCode == 0, "dotnet format failed:\n" + format.Output);

            var code = File.ReadAllText(Path.Combine(project, "Repository.cs"));
            var manifest = File.ReadAllText(Path.Combine(project, ManifestFormat.FileName));
            foreach (var value in new[] { Password, ConnectionPassword, ApiKey })
            {
                Assert.False(code.Contains(value, StringComparison.Ordinal), "run " + run + " left a movable secret in code:\n" + format.Output);
            }

            Assert.Equal(Unfixable, File.ReadAllText(Path.Combine(project, "Gate.cs")));
            results.Add((code, manifest));
        }

        // dotnet format orders rule ids by a per-process string hash, so entries may be appended in another order:
        // the same entries, and code that reads them, is the same result.
        Assert.Equal(3, ManifestWriter.ReadSecretNames(results[0].Manifest).Count);
        for (var run = 1; run < 3; run++)
        {
            Assert.Equal(results[0].Code, results[run].Code);
            Assert.Equal(Entries(results[0].Manifest), Entries(results[run].Manifest));
        }
    }

    private static IEnumerable<string> Entries(string manifest) =>
        ManifestParser.Parse(manifest, ManifestFormat.FileName).Model!.Secrets
            .Select(secret => secret.Name + " " + secret.Source + " " + secret.Id)
            .OrderBy(entry => entry, StringComparer.Ordinal);

    private string CreateProject(string name, bool withManifest, string rootNamespace = "Sample", string outputType = "Library")
    {
        var directory = Path.Combine(_root, name);
        var analyzers = Path.Combine(_root, name + "-analyzers");
        Directory.CreateDirectory(directory);
        Directory.CreateDirectory(analyzers);

        // Copies, so the SDK's build server never locks the test's own output.
        var bin = AppContext.BaseDirectory;
        foreach (var assembly in new[] { "SecretAnalyzers.dll", "SecretAnalyzers.CodeFixes.dll", "SecretAnalyzers.Generators.dll" })
        {
            File.Copy(Path.Combine(bin, assembly), Path.Combine(analyzers, assembly));
        }

        var references = new List<string> { Path.Combine(bin, "SecretAnalyzers.Runtime.dll") };
        references.AddRange(Directory.GetFiles(bin, "Microsoft.Extensions.*.dll"));
        var props = FindRepositoryFile("src/SecretAnalyzers.Package/buildTransitive/SecretAnalyzers.props");
        var project = $"""
            <Project Sdk="Microsoft.NET.Sdk">
              {(props is null ? string.Empty : $"<Import Project=\"{props}\" />")}
              <PropertyGroup>
                <TargetFramework>net{Environment.Version.Major}.0</TargetFramework>
                <RootNamespace>{rootNamespace}</RootNamespace>
                <OutputType>{outputType}</OutputType>
                <Nullable>enable</Nullable>
                <ImplicitUsings>{(outputType == "Exe" ? "enable" : "disable")}</ImplicitUsings>
                <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <CompilerVisibleProperty Include="RootNamespace" />
                <AdditionalFiles Include="secrets.manifest.json" Condition="Exists('secrets.manifest.json') And '{(props is null ? "true" : "false")}' == 'true'" />
                <Analyzer Include="{Path.Combine(analyzers, "SecretAnalyzers.dll")}" />
                <Analyzer Include="{Path.Combine(analyzers, "SecretAnalyzers.CodeFixes.dll")}" />
                <Analyzer Include="{Path.Combine(analyzers, "SecretAnalyzers.Generators.dll")}" />
              </ItemGroup>
              <ItemGroup>
            {string.Join("\n", references.Select(r => $"    <Reference Include=\"{Path.GetFileNameWithoutExtension(r)}\" HintPath=\"{r}\" />"))}
              </ItemGroup>
            </Project>
            """;
        File.WriteAllText(Path.Combine(directory, "Sample.csproj"), project);
        File.WriteAllText(Path.Combine(directory, "Repository.cs"), Repository);
        File.WriteAllText(Path.Combine(directory, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(directory, "Directory.Build.targets"), "<Project />");
        if (withManifest)
        {
            // What `secretanalyzers init` writes: the project's root namespace, class Secrets, no secrets.
            File.WriteAllText(Path.Combine(directory, ManifestFormat.FileName), ManifestWriter.CreateNew(ManifestNames.DefaultClassName, rootNamespace));
        }

        return directory;
    }

    private static string? FindRepositoryFile(string relativePath)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, relativePath);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static async Task<bool> IsDotnetFormatAvailableAsync()
    {
        try
        {
            var result = await RunAsync(Path.GetTempPath(), "format", "--version");
            return result.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The test host's MSBuild variables would point the child at the test run's MSBuild instead of its own.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(key);
        }

        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new System.Threading.CancellationTokenSource(TimeSpan.FromMinutes(10));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("dotnet " + string.Join(" ", arguments) + " did not finish in 3 minutes.");
        }

        return (process.ExitCode, await output + await error);
    }
}
