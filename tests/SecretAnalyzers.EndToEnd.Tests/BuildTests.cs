using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace SecretAnalyzers.EndToEnd.Tests;

/// <summary>The packed SecretAnalyzers package in a fresh project, through a real `dotnet build`.</summary>
[Collection(PackagedToolchainCollection.Name)]
public sealed class BuildTests
{
    private readonly PackagedToolchainFixture _fixture;

    public BuildTests(PackagedToolchainFixture fixture)
    {
        _fixture = fixture;
    }

    [Fact]
    public void WarnAsErrorFailsTheBuild()
    {
        var project = ConsumerProject.Create(_fixture, "LeakyWarnAsError", LeakySources.Files());

        var result = project.Build("-warnaserror");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("error SEC0002", result.Output);
        AssertNoSecret(result.Output);
    }

    [Fact]
    public void BuildReportsEveryRuleMaskedAndErrorLogWritesSarifWithRuleMetadata()
    {
        var project = ConsumerProject.Create(_fixture, "LeakyBuild", LeakySources.Files());

        // One build checks both the console output and the SARIF log (each build costs seconds).
        var result = project.Build("-p:ErrorLog=out.sarif%2Cversion=2.1");

        Assert.True(result.ExitCode == 0, result.ToString());
        foreach (var rule in new[] { "SEC0001", "SEC0002", "SEC0003", "SEC0005" })
        {
            Assert.Contains("warning " + rule, result.Output);
        }

        Assert.Contains("appsettings.json(4,", result.Output);
        AssertNoSecret(result.Output);

        var sarifText = File.ReadAllText(project.PathOf("out.sarif"));
        AssertNoSecret(sarifText);
        using var sarif = JsonDocument.Parse(sarifText);
        var run = sarif.RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        var resultIds = run.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("ruleId").GetString()).ToHashSet();
        foreach (var rule in new[] { "SEC0001", "SEC0002", "SEC0003", "SEC0005" })
        {
            Assert.Contains(rule, resultIds);
            var metadata = Assert.Single(rules, r => r.GetProperty("id").GetString() == rule);
            Assert.EndsWith("/docs/rules/" + rule + ".md", metadata.GetProperty("helpUri").GetString());
            Assert.False(string.IsNullOrWhiteSpace(metadata.GetProperty("shortDescription").GetProperty("text").GetString()));
        }
    }

    [Fact]
    public void EditorConfigSeveritiesAndPragmasApply()
    {
        var files = LeakySources.Files();
        files["Program.cs"] = LeakySources.Program
            .Replace("        var token =", "#pragma warning disable SEC0002 // rotation ticket SEC-1\n        var token =")
            .Replace("        Console.WriteLine", "#pragma warning restore SEC0002\n        Console.WriteLine");
        files[".editorconfig"] = """
            root = true

            [*.cs]
            dotnet_diagnostic.SEC0001.severity = error
            dotnet_diagnostic.SEC0003.severity = none
            """;
        var project = ConsumerProject.Create(_fixture, "LeakyConfigured", files);

        var result = project.Build();

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("error SEC0001", result.Output);
        Assert.DoesNotContain("SEC0002", result.Output);
        Assert.DoesNotContain("SEC0003", result.Output);
        Assert.Contains("warning SEC0005", result.Output);
        AssertNoSecret(result.Output);
    }

    [Fact]
    public void EditorConfigSectionsApplyToConfigurationFiles()
    {
        var files = LeakySources.Files();
        files[".editorconfig"] = """
            root = true

            [appsettings.json]
            secret_analyzers.config_file_severity = error

            [appsettings.Development.json]
            secret_analyzers.ignored_values = E2e-Dev-Pass-4444
            """;
        files["appsettings.Development.json"] = """{ "Db": { "Password": "E2e-Dev-Pass-4444" } }""";
        files["appsettings.Staging.json"] = """{ "Db": { "Password": "E2e-Staging-Pass-55" } }""";
        files["Program.cs"] = "Console.WriteLine();";
        var project = ConsumerProject.Create(_fixture, "ConfiguredConfigFiles", files);

        var result = project.Build();

        Assert.NotEqual(0, result.ExitCode);
        Assert.Matches(@"appsettings\.json\(4,\d+\): error SEC0005", result.Output);
        Assert.DoesNotContain("appsettings.Development.json(", result.Output);
        Assert.Matches(@"appsettings\.Staging\.json\(1,\d+\): warning SEC0005", result.Output);
        Assert.DoesNotContain("E2e-Dev-Pass-4444", result.Output);
        Assert.DoesNotContain("E2e-Staging-Pass-55", result.Output);
    }

    [Fact]
    public void CleanProjectBuildsWithoutFindings()
    {
        var project = ConsumerProject.Create(_fixture, "CleanBuild", new Dictionary<string, string>
        {
            ["Program.cs"] = """
                var password = Environment.GetEnvironmentVariable("DB_PASSWORD") ?? "";
                var connection = "Server=db;Database=orders;User Id=app;Password=" + password + ";";
                Console.WriteLine(connection.Length);
                """,
            ["appsettings.json"] = """{ "ConnectionStrings": { "Default": "Server=db;Database=orders;User Id=app;" }, "Smtp": { "Password": "" } }""",
        });

        var result = project.Build("-warnaserror");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain("SEC00", result.Output);
    }

    private static void AssertNoSecret(string text)
    {
        foreach (var secret in LeakySources.AllSecrets)
        {
            Assert.DoesNotContain(secret, text);
        }
    }
}
