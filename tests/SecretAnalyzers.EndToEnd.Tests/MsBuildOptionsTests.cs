using System.Collections.Generic;
using System.Linq;

namespace SecretAnalyzers.EndToEnd.Tests;

/// <summary>
/// Options set only as MSBuild properties in the consumer's .csproj (the spellings the package's props advertise)
/// reach SEC0001–SEC0003 through a real `dotnet build` of the packed package: no .editorconfig anywhere.
/// </summary>
[Collection(PackagedToolchainCollection.Name)]
public sealed class MsBuildOptionsTests
{
    private const string Pin = "8642";

    private readonly PackagedToolchainFixture _fixture;

    public MsBuildOptionsTests(PackagedToolchainFixture fixture)
    {
        _fixture = fixture;
    }

    [Fact]
    public void CsprojPropertiesTuneTheCodeRules()
    {
        var files = LeakySources.Files();
        files["Program.cs"] = LeakySources.Program.Replace(
            "    public static void Main()",
            "    private const string UserPin = \"" + Pin + "\";\n\n    public static void Main()");
        var properties = new Dictionary<string, string>
        {
            // "pin" becomes a credential word: UserPin is reported (it is not by default).
            ["SecretAnalyzersAdditionalCredentialWords"] = "pin",
            // The password and the token are known fixtures: SEC0001 and SEC0002 stay quiet for them.
            ["SecretAnalyzersIgnoredValues"] = LeakySources.Password + "," + LeakySources.GitHubToken,
            // The connection string's password matches an ignored pattern: SEC0003 stays quiet.
            ["SecretAnalyzersIgnoredPatterns"] = "E2e-Conn-Pass",
        };
        var project = ConsumerProject.Create(_fixture, "LeakyMsBuildOptions", files, properties: properties);

        var result = project.Build();

        Assert.True(result.ExitCode == 0, result.ToString());
        var warnings = result.Output.Split('\n').Where(line => line.Contains("warning SEC")).Distinct().ToList();
        var credential = Assert.Single(warnings, line => line.Contains("warning SEC0001"));
        Assert.Contains("'UserPin'", credential);
        Assert.DoesNotContain(warnings, line => line.Contains("warning SEC0002"));
        Assert.DoesNotContain(warnings, line => line.Contains("warning SEC0003"));

        // The configuration file's secret is not ignored: the analyzers did run.
        Assert.Contains(warnings, line => line.Contains("warning SEC0005"));
        foreach (var secret in LeakySources.AllSecrets)
        {
            Assert.DoesNotContain(secret, result.Output);
        }
    }
}
