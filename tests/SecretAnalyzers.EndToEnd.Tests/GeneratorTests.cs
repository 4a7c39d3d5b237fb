using System.Collections.Generic;
using System.IO;

namespace SecretAnalyzers.EndToEnd.Tests;

/// <summary>The generator from the package and the runtime package together: accessors compile and read a secret.</summary>
[Collection(PackagedToolchainCollection.Name)]
public sealed class GeneratorTests
{
    private readonly PackagedToolchainFixture _fixture;

    public GeneratorTests(PackagedToolchainFixture fixture)
    {
        _fixture = fixture;
    }

    [Fact]
    public void GeneratedAccessorsCompileAndReadTheSecretAtRunTime()
    {
        var project = ConsumerProject.Create(
            _fixture,
            "GeneratedAccessors",
            new Dictionary<string, string>
            {
                ["secrets.manifest.json"] = """
                    {
                      "className": "Secrets",
                      "secrets": {
                        "DbPassword": { "source": "secretsmanager", "id": "e2e/db-password" }
                      }
                    }
                    """,
                ["Program.cs"] = """
                    using GeneratedAccessors;

                    await Secrets.PreloadAsync();
                    var password = await Secrets.GetDbPasswordAsync();
                    Console.WriteLine($"password length={password.Length}, sync length={Secrets.DbPassword.Length}");
                    """,
            },
            withRuntime: true);

        var build = project.Build("-warnaserror");
        Assert.True(build.ExitCode == 0, build.ToString());

        // The runtime's default chain reads environment variables first: e2e/db-password → E2E_DB_PASSWORD.
        var run = DotNetCli.Run(
            project.Directory,
            new Dictionary<string, string> { ["E2E_DB_PASSWORD"] = "from-the-environment" },
            Path.Combine("bin", "Release", "net10.0", "GeneratedAccessors.dll"));
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("password length=20, sync length=20", run.Output);
    }
}
