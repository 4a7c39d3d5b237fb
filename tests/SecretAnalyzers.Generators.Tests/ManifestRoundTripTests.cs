using SecretAnalyzers.Generators.Tests.TestHelpers;
using SecretAnalyzers.Manifest;

namespace SecretAnalyzers.Generators.Tests;

/// <summary>What the code fixes write, the generator reads: many appended entries still generate compiling code.</summary>
public sealed class ManifestRoundTripTests
{
    [Fact]
    public void ManyAppendedEntries_ParseAndGenerateCompilingCode()
    {
        var text = ManifestWriter.CreateNew("Secrets", "MyApp");
        var taken = new System.Collections.Generic.HashSet<string>();
        for (var i = 0; i < 20; i++)
        {
            var name = ManifestNames.MakeUnique(ManifestNames.ToPascalCaseIdentifier(i % 3 == 0 ? "db_password" : "api-key"), taken);
            taken.Add(name);
            var entry = new ManifestSecretEntryToAdd(
                name,
                i % 2 == 0 ? "secretsmanager" : "parameterstore",
                i % 2 == 0 ? "myapp/prod/" + name : "/myapp/prod/" + name,
                JsonKey: i % 4 == 0 ? "password" : null,
                Description: "Moved from code by fix #" + i);
            text = ManifestWriter.AddSecret(text, entry);
        }

        var result = ManifestParser.Parse(text, "secrets.manifest.json");
        Assert.Empty(result.Diagnostics);
        Assert.Equal(20, result.Model!.Secrets.Count);

        var output = GeneratorTestRunner.Run(text);
        Assert.Empty(output.Diagnostics);
        Assert.Empty(output.CompilationDiagnostics);
        Assert.Contains("GetDbPassword2Async", output.SingleSource);
    }
}
