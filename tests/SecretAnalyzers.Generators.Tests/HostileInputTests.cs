using System.Linq;
using SecretAnalyzers.Generators.Tests.TestHelpers;

namespace SecretAnalyzers.Generators.Tests;

/// <summary>Manifest text ends up in string literals and XML comments: no content may break out into code.</summary>
public sealed class HostileInputTests
{
    [Fact]
    public void LineBreaksQuotesAndXmlInManifestStrings_CompileCleanly()
    {
        // JSON escapes put a C# line break (\u2028, \u0085, \n), quotes, backslashes and XML into every free-text value.
        const string Manifest = """
            {
              "secrets": {
                "Injected": {
                  "id": "arn:aws:secretsmanager:x\u2028} class Evil { \"\\",
                  "jsonKey": "key\n*/ \"quoted\" </c> &amp; \u0085 static void Main() {}",
                  "versionStage": "STAGE\u2029#error boom",
                  "description": "line one\u2028#error injected\r\n</summary><script>"
                },
                "Typed": {
                  "id": "typed",
                  "fields": { "we\"ird\u2028 #error field": "string", "ok": { "type": "int?", "description": "\u2028#error x" } }
                }
              }
            }
            """;

        var output = GeneratorTestRunner.Run(Manifest);

        Assert.DoesNotContain(output.Diagnostics, diagnostic => diagnostic.Id != "SEC0115");
        Assert.Empty(output.CompilationDiagnostics);
        var source = output.SingleSource;
        Assert.DoesNotContain('\u2028', source);
        Assert.DoesNotContain('\u0085', source);
        Assert.DoesNotContain(source.Split('\n'), line => line.TrimStart().StartsWith("#error", System.StringComparison.Ordinal));
    }

    [Fact]
    public void LowercaseAndContextualKeywordNames_CompileWithoutWarnings()
    {
        var output = GeneratorTestRunner.Run("""
            { "secrets": {
                "db": { "id": "db", "fields": { "value": "string", "record": "int", "var": "bool?" } },
                "value": { "id": "v" }, "var": { "id": "w" }, "async": { "id": "a" }, "Await": { "id": "b" },
                "nameof": { "id": "n" }, "dynamic": { "id": "d" }, "record": { "id": "r" }, "global": { "id": "g" } } }
            """);

        Assert.Empty(output.Diagnostics);
        Assert.Empty(output.CompilationDiagnostics);
        Assert.Contains("sealed partial record Db(", output.SingleSource);
    }

    [Fact]
    public void EveryPrefixOfAManifest_NeverCrashesTheGeneratorAndAlwaysCompiles()
    {
        var manifest = Manifests.RdsCredentials;
        for (var length = 0; length <= manifest.Length; length += 7)
        {
            var output = GeneratorTestRunner.Run(manifest.Substring(0, length));
            Assert.Empty(output.GeneratorDiagnostics.Where(diagnostic => diagnostic.Id == "CS8785"));
            Assert.Empty(output.CompilationDiagnostics);
        }
    }
}
