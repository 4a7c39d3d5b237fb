using System.IO;
using System.Text.Json;

namespace SecretAnalyzers.EndToEnd.Tests;

/// <summary>The secretanalyzers .NET tool, installed from the packed feed like a user would.</summary>
[Collection(PackagedToolchainCollection.Name)]
public sealed class ToolTests
{
    private readonly PackagedToolchainFixture _fixture;

    public ToolTests(PackagedToolchainFixture fixture)
    {
        _fixture = fixture;
    }

    [Fact]
    public void InstalledToolScansAFolderAndExitsWithOneOnFindings()
    {
        var tool = InstalledTool.Install(_fixture, "tools");

        var folder = Path.Combine(_fixture.WorkRoot, "ToolScan");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "Program.cs"), LeakySources.Program);
        File.WriteAllText(Path.Combine(folder, "appsettings.json"), LeakySources.AppSettings);

        var text = tool.Run(folder, "scan", ".").Result;
        var sarif = tool.Run(folder, "scan", ".", "--format", "sarif", "--output", "scan.sarif").Result;

        Assert.Equal(1, text.ExitCode);
        foreach (var rule in new[] { "SEC0001", "SEC0002", "SEC0003", "SEC0005" })
        {
            Assert.Contains("warning " + rule, text.Output);
        }

        Assert.Equal(1, sarif.ExitCode);
        var sarifText = File.ReadAllText(Path.Combine(folder, "scan.sarif"));
        using var document = JsonDocument.Parse(sarifText);
        Assert.True(document.RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength() >= 4);
        foreach (var secret in LeakySources.AllSecrets)
        {
            Assert.DoesNotContain(secret, text.Output);
            Assert.DoesNotContain(secret, sarifText);
        }
    }
}
