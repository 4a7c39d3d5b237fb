using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace SecretAnalyzers.EndToEnd.Tests;

/// <summary>
/// The CI gate docs/ci.md recommends: the compiler's <c>WarningsAsErrors</c>, which fails every run. MSBuild's
/// <c>-warnaserror</c> switch only turns logged warnings into errors: an incremental rebuild compiles nothing, logs no
/// warning and passes.
/// </summary>
[Collection(PackagedToolchainCollection.Name)]
public sealed class CiGateTests
{
    private const string DirectoryBuildProps = """
        <Project>
          <PropertyGroup>
            <WarningsAsErrors>$(WarningsAsErrors);SEC0001;SEC0002;SEC0003;SEC0005</WarningsAsErrors>
          </PropertyGroup>
        </Project>
        """;

    private readonly PackagedToolchainFixture _fixture;

    public CiGateTests(PackagedToolchainFixture fixture)
    {
        _fixture = fixture;
    }

    [Fact]
    public void WarningsAsErrorsInDirectoryBuildPropsFailsEveryRunAndTheSarifSaysError()
    {
        var files = LeakySources.Files();
        files["Directory.Build.props"] = DirectoryBuildProps;
        var project = ConsumerProject.Create(_fixture, "CiGateProps", files);

        var first = project.Build("-p:ErrorLog=gate.sarif%2Cversion=2.1");
        File.Delete(project.PathOf("gate.sarif"));
        var second = project.Build("-p:ErrorLog=gate.sarif%2Cversion=2.1");

        AssertFails(first);
        AssertFails(second);
        var sarifText = File.ReadAllText(project.PathOf("gate.sarif"));
        AssertNoSecret(sarifText);
        using var sarif = JsonDocument.Parse(sarifText);
        var levels = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Where(r => r.GetProperty("ruleId").GetString()!.StartsWith("SEC00"))
            .Select(r => r.GetProperty("level").GetString())
            .ToList();
        Assert.NotEmpty(levels);
        Assert.All(levels, level => Assert.Equal("error", level));
    }

    [Fact]
    public void WarningsAsErrorsOnTheCommandLineFailsEveryRun()
    {
        var project = ConsumerProject.Create(_fixture, "CiGateCommandLine", LeakySources.Files());

        var first = project.Build("-p:WarningsAsErrors=SEC0001%3BSEC0002%3BSEC0003%3BSEC0005");
        var second = project.Build("-p:WarningsAsErrors=SEC0001%3BSEC0002%3BSEC0003%3BSEC0005");

        AssertFails(first);
        AssertFails(second);
    }

    private static void AssertFails(CommandResult result)
    {
        Assert.True(result.ExitCode != 0, result.ToString());
        foreach (var rule in new[] { "SEC0001", "SEC0002", "SEC0003", "SEC0005" })
        {
            Assert.Contains("error " + rule, result.Output);
        }

        AssertNoSecret(result.Output);
    }

    private static void AssertNoSecret(string text)
    {
        foreach (var secret in LeakySources.AllSecrets)
        {
            Assert.DoesNotContain(secret, text);
        }
    }
}
