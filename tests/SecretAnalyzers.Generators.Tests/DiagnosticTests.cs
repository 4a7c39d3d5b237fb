using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SecretAnalyzers.Generators.Tests.TestHelpers;

namespace SecretAnalyzers.Generators.Tests;

/// <summary>One test per SEC01xx diagnostic, each asserting the reported line and column inside the manifest (1-based).</summary>
public sealed class DiagnosticTests
{
    [Fact]
    public void SEC0100_MalformedJson_MissingComma()
    {
        var output = GeneratorTestRunner.Run("""
            {
              "secrets": {
                "A": { "id": "a" }
                "B": { "id": "b" }
              }
            }
            """);

        var diagnostic = AssertSingle(output, "SEC0100", line: 4, column: 5);
        Assert.Contains("expected ',' or '}'", diagnostic.GetMessage());
        Assert.Empty(output.Sources);
    }

    [Fact]
    public void SEC0100_MalformedJson_UnterminatedString()
    {
        var output = GeneratorTestRunner.Run("{\n  \"className\": \"Secr\n}");
        var diagnostic = AssertSingle(output, "SEC0100", line: 2, column: 16);
        Assert.Contains("unterminated string", diagnostic.GetMessage());
    }

    [Fact]
    public void SEC0100_EmptyFile()
    {
        var output = GeneratorTestRunner.Run("  \n");
        AssertSingle(output, "SEC0100", line: 2, column: 1);
    }

    [Fact]
    public void SEC0101_InvalidValue_SecretsIsAnArray()
    {
        var output = GeneratorTestRunner.Run("""
            {
              "secrets": []
            }
            """);

        var diagnostic = AssertSingle(output, "SEC0101", line: 2, column: 14);
        Assert.Contains("'secrets' must be an object", diagnostic.GetMessage());
        Assert.Single(output.Sources);
    }

    [Fact]
    public void SEC0101_InvalidValue_IdIsANumber()
    {
        var output = GeneratorTestRunner.Run("""
            { "secrets": {
                "A": { "id": 42 } } }
            """);

        AssertSingle(output, "SEC0101", line: 2, column: 18);
    }

    [Fact]
    public void SEC0102_UnknownSource()
    {
        var output = GeneratorTestRunner.Run("""
            {
              "secrets": {
                "Ok": { "id": "ok" },
                "ApiKey": { "source": "vault", "id": "api" }
              }
            }
            """);

        var diagnostic = AssertSingle(output, "SEC0102", line: 4, column: 27);
        Assert.Contains("'vault'", diagnostic.GetMessage());
        Assert.Contains("GetOkAsync", output.SingleSource);
        Assert.DoesNotContain("ApiKey", output.SingleSource);
    }

    [Fact]
    public void SEC0103_DuplicateSecretName()
    {
        var output = GeneratorTestRunner.Run("""
            {
              "secrets": {
                "DbPassword": { "id": "one" },
                "DbPassword": { "id": "two" }
              }
            }
            """);

        AssertSingle(output, "SEC0103", line: 4, column: 5);
        Assert.Contains("\"one\"", output.SingleSource);
        Assert.DoesNotContain("\"two\"", output.SingleSource);
    }

    [Fact]
    public void SEC0103_DuplicateProperty()
    {
        var output = GeneratorTestRunner.Run("""
            {
              "secrets": {
                "DbPassword": { "id": "one", "id": "two" }
              }
            }
            """);

        AssertSingle(output, "SEC0103", line: 3, column: 34);
    }

    [Theory]
    [InlineData("db-password", 5)]
    [InlineData("class", 5)]
    [InlineData("1Password", 5)]
    [InlineData("@event", 5)]
    [InlineData("await", 5)]
    public void SEC0104_InvalidIdentifier(string name, int column)
    {
        var output = GeneratorTestRunner.Run("{\n  \"secrets\": {\n    \"" + name + "\": { \"id\": \"x\" }\n  }\n}");
        var diagnostic = AssertSingle(output, "SEC0104", line: 3, column: column);
        Assert.Contains("'" + name + "'", diagnostic.GetMessage());
    }

    [Fact]
    public void SEC0104_LowercaseClassName_WouldDrawCS8981()
    {
        var output = GeneratorTestRunner.Run("{ \"className\": \"secrets\" }");
        var diagnostic = AssertSingle(output, "SEC0104", line: 1, column: 16);
        Assert.Contains("CS8981", diagnostic.GetMessage());
        Assert.Contains("class Secrets", output.SingleSource);
    }

    [Fact]
    public void SEC0104_InvalidNamespace()
    {
        var output = GeneratorTestRunner.Run("{\n  \"namespace\": \"My App\",\n  \"secrets\": {}\n}");
        AssertSingle(output, "SEC0104", line: 2, column: 16);
        Assert.Contains("namespace MyApp", output.SingleSource);
    }

    [Fact]
    public void SEC0105_MissingId()
    {
        var output = GeneratorTestRunner.Run("""
            {
              "secrets": {
                "DbPassword": { "source": "secretsmanager" },
                "Token": { "id": "  " }
              }
            }
            """);

        var diagnostics = Sorted(output);
        Assert.Equal(2, diagnostics.Length);
        AssertLocation(diagnostics[0], "SEC0105", line: 3, column: 5);
        AssertLocation(diagnostics[1], "SEC0105", line: 4, column: 22);
    }

    [Theory]
    [InlineData("\"5 minutes\"")]
    [InlineData("\"0s\"")]
    [InlineData("\"5m1h\"")]
    [InlineData("300")]
    [InlineData("\"-00:05:00\"")]
    public void SEC0106_InvalidTtl(string ttl)
    {
        var output = GeneratorTestRunner.Run("{\n  \"secrets\": {\n    \"A\": { \"id\": \"a\", \"ttl\": " + ttl + " }\n  }\n}");
        AssertSingle(output, "SEC0106", line: 3, column: 30);

        // The secret is still generated, with the provider's default TTL.
        Assert.Contains("GetAAsync", output.SingleSource);
        Assert.DoesNotContain("Ttl =", output.SingleSource);
    }

    [Fact]
    public void SEC0107_UnsupportedFieldType()
    {
        var output = GeneratorTestRunner.Run("""
            {
              "secrets": {
                "Db": { "id": "db", "fields": { "port": "decimal" } }
              }
            }
            """);

        var diagnostic = AssertSingle(output, "SEC0107", line: 3, column: 45);
        Assert.Contains("'decimal'", diagnostic.GetMessage());
    }

    [Fact]
    public void SEC0108_JsonKeyOnTypedSecret()
    {
        var output = GeneratorTestRunner.Run("""
            {
              "secrets": {
                "Db": {
                  "id": "db",
                  "jsonKey": "password",
                  "fields": { "password": "string" }
                }
              }
            }
            """);

        AssertSingle(output, "SEC0108", line: 5, column: 7);
    }

    [Fact]
    public void SEC0109_UnknownProperty_IsAWarningWithASuggestion()
    {
        var output = GeneratorTestRunner.Run("""
            {
              "secrets": {
                "Db": { "id": "db", "jsonkey": "password" }
              }
            }
            """);

        var diagnostic = AssertSingle(output, "SEC0109", line: 3, column: 25);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Contains("Did you mean 'jsonKey'?", diagnostic.GetMessage());
        Assert.Contains("GetDbAsync", output.SingleSource);
    }

    [Fact]
    public void SEC0110_NameCollision_WithGeneratedMember()
    {
        var output = GeneratorTestRunner.Run("""
            {
              "secrets": {
                "Provider": { "id": "p" },
                "Foo": { "id": "foo" },
                "GetFooAsync": { "id": "bar" }
              }
            }
            """);

        var diagnostics = Sorted(output);
        Assert.Equal(2, diagnostics.Length);
        AssertLocation(diagnostics[0], "SEC0110", line: 3, column: 5);
        AssertLocation(diagnostics[1], "SEC0110", line: 5, column: 5);
        Assert.Empty(output.CompilationDiagnostics);
    }

    [Fact]
    public void SEC0110_NameCollision_BetweenRecordFields()
    {
        var output = GeneratorTestRunner.Run("""
            {
              "secrets": {
                "Db": { "id": "db", "fields": { "db_name": "string", "dbName": "string" } }
              }
            }
            """);

        AssertSingle(output, "SEC0110", line: 3, column: 58);
    }

    [Fact]
    public void SEC0111_InvalidVersion_StageOnParameterStore()
    {
        var output = GeneratorTestRunner.Run("""
            {
              "secrets": {
                "Smtp": { "source": "parameterstore", "id": "/smtp", "versionStage": "AWSCURRENT" }
              }
            }
            """);

        AssertSingle(output, "SEC0111", line: 3, column: 74);
    }

    [Fact]
    public void SEC0112_ValueInManifest_NeverEchoesTheValue()
    {
        const string Value = "hunter2-very-secret-value";
        var output = GeneratorTestRunner.Run("""
            {
              "secrets": {
                "Db": { "id": "db", "value": "hunter2-very-secret-value" }
              }
            }
            """);

        var diagnostic = AssertSingle(output, "SEC0112", line: 3, column: 25);
        Assert.DoesNotContain(Value, diagnostic.GetMessage());
        Assert.DoesNotContain(Value, output.SingleSource);
    }

    [Fact]
    public void SEC0113_TwoManifestsGenerateTheSameClass()
    {
        var output = GeneratorTestRunner.Run(new[]
        {
            new InMemoryAdditionalText("/src/MyApp/a/secrets.manifest.json", "{ \"secrets\": { \"A\": { \"id\": \"a\" } } }"),
            new InMemoryAdditionalText("/src/MyApp/b/secrets.manifest.json", "{\n  \"className\": \"Secrets\",\n  \"secrets\": { \"B\": { \"id\": \"b\" } } }"),
        });

        var diagnostic = AssertSingle(output, "SEC0113", line: 2, column: 16);
        Assert.EndsWith("b/secrets.manifest.json", diagnostic.Location.GetLineSpan().Path);
        Assert.Contains("GetAAsync", output.SingleSource);
    }

    [Fact]
    public void SEC0114_RuntimeNotReferenced()
    {
        var output = GeneratorTestRunner.Run("{ \"secrets\": {} }", references: GeneratorTestRunner.FrameworkReferences);
        var diagnostic = AssertSingle(output, "SEC0114", line: 1, column: 1);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Empty(output.Sources);
    }

    [Fact]
    public void SEC0114_NotRaisedWhenTheRuntimeTypeIsDefinedTwice()
    {
        // GetTypeByMetadataName returns null for a name two assemblies define; the generator must still see the runtime.
        var copy = CompileReference("Copy", "namespace SecretAnalyzers.Runtime { public abstract class SecretProvider { } }");

        var output = GeneratorTestRunner.Run("{ \"secrets\": { \"A\": { \"id\": \"a\" } } }", references: GeneratorTestRunner.References.Add(copy));

        Assert.DoesNotContain(output.Diagnostics, d => d.Id == "SEC0114");
        Assert.NotEmpty(output.Sources);
    }

    [Fact]
    public void SEC0114_RaisedWhenTheOnlyRuntimeTypeIsInaccessible()
    {
        var hidden = CompileReference("Hidden", "namespace SecretAnalyzers.Runtime { internal abstract class SecretProvider { } }");

        var output = GeneratorTestRunner.Run("{ \"secrets\": {} }", references: GeneratorTestRunner.FrameworkReferences.Add(hidden));

        AssertSingle(output, "SEC0114", line: 1, column: 1);
    }

    private static MetadataReference CompileReference(string assemblyName, string source)
    {
        var compilation = CSharpCompilation.Create(
            assemblyName,
            new[] { CSharpSyntaxTree.ParseText(source) },
            GeneratorTestRunner.FrameworkReferences,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        return compilation.ToMetadataReference();
    }

    [Theory]
    [InlineData("parameterstore", "my param")]
    [InlineData("parameterstore", "myapp/prod/db")]
    [InlineData("parameterstore", "/aws/mine")]
    [InlineData("secretsmanager", "prod db")]
    public void SEC0115_InvalidSecretId(string source, string id)
    {
        var output = GeneratorTestRunner.Run("{\n  \"secrets\": {\n    \"A\": { \"source\": \"" + source + "\", \"id\": \"" + id + "\" }\n  }\n}");
        var column = 5 + "\"A\": { \"source\": \"".Length + source.Length + "\", \"id\": ".Length;
        var diagnostic = AssertSingle(output, "SEC0115", line: 3, column: column);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
    }

    [Fact]
    public void SEC0116_LanguageVersionTooLow()
    {
        var output = GeneratorTestRunner.Run("{\n  \"className\": \"Secrets\" }", version: LanguageVersion.CSharp8);
        AssertSingle(output, "SEC0116", line: 2, column: 16);
        Assert.Empty(output.Sources);
    }

    [Fact]
    public void SEC0117_InvalidRegion()
    {
        var output = GeneratorTestRunner.Run("{\n  \"defaults\": { \"regions\": [\"us-east\"] } }");
        var diagnostic = AssertSingle(output, "SEC0117", line: 2, column: 29);
        Assert.Equal("Invalid 'defaults.regions': 'us-east' is not an AWS region name such as \"us-east-1\" or \"us-gov-west-1\"", diagnostic.GetMessage(CultureInfo.InvariantCulture));
        Assert.DoesNotContain("SecretStoreRegionsAttribute", output.SingleSource);
    }

    [Fact]
    public void EveryDiagnosticIdHasATest()
    {
        var tested = typeof(DiagnosticTests).GetMethods()
            .Select(method => method.Name)
            .Where(name => name.StartsWith("SEC", System.StringComparison.Ordinal))
            .Select(name => name.Substring(0, 7))
            .ToHashSet();
        foreach (var descriptor in DiagnosticDescriptors.All)
        {
            Assert.Contains(descriptor.Id, tested);
        }
    }

    private static Diagnostic[] Sorted(GeneratorOutput output) =>
        output.Diagnostics.OrderBy(diagnostic => diagnostic.Location.SourceSpan.Start).ToArray();

    private static Diagnostic AssertSingle(GeneratorOutput output, string id, int line, int column)
    {
        var diagnostic = Assert.Single(output.Diagnostics);
        AssertLocation(diagnostic, id, line, column);

        // Whatever was generated must still compile cleanly.
        Assert.Empty(output.CompilationDiagnostics);
        return diagnostic;
    }

    private static void AssertLocation(Diagnostic diagnostic, string id, int line, int column)
    {
        Assert.Equal(id, diagnostic.Id);
        var span = diagnostic.Location.GetLineSpan();
        Assert.True(span.IsValid, "The diagnostic has no file location.");
        Assert.Equal((line, column), (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));
    }
}
