using System;
using System.Linq;
using SecretAnalyzers.Manifest;

namespace SecretAnalyzers.Generators.Tests;

public sealed class ManifestWriterTests
{
    private static readonly ManifestSecretEntryToAdd Entry = new("ApiKey", "secretsmanager", "myapp/api-key", Description: "Partner API key");

    [Fact]
    public void CreateNew_ParsesWithoutDiagnostics()
    {
        var text = ManifestWriter.CreateNew("Secrets", "MyApp");

        var result = ManifestParser.Parse(text, "secrets.manifest.json");

        Assert.Empty(result.Diagnostics);
        Assert.Equal("Secrets", result.Model!.ClassName);
        Assert.Equal("MyApp", result.Model.Namespace);
        Assert.Empty(result.Model.Secrets);
    }

    [Fact]
    public void AddSecret_ToANewManifest()
    {
        var text = ManifestWriter.AddSecret(ManifestWriter.CreateNew("Secrets", null), Entry);

        Assert.Equal(
            "{\n  \"$schema\": \"" + ManifestWriter.SchemaUri + "\",\n  \"className\": \"Secrets\",\n  \"secrets\": {\n    \"ApiKey\": {\n"
            + "      \"source\": \"secretsmanager\",\n      \"id\": \"myapp/api-key\",\n      \"description\": \"Partner API key\"\n    }\n  }\n}\n",
            text);
        AssertRoundTrip(text, Entry);
    }

    [Fact]
    public void AddSecret_KeepsCommentsTrailingCommasAndFourSpaceIndentation()
    {
        const string Original = """
            // Secrets of the billing service.
            {
                "className": "Secrets", /* generated class */
                "secrets": {
                    "DbPassword": {
                        "id": "db", // the main database
                        "jsonKey": "password",
                    }, // keep me
                    // trailing comment inside secrets
                },
            }
            """;

        var text = ManifestWriter.AddSecret(Original, Entry with { JsonKey = "key" });

        const string Expected = """
            // Secrets of the billing service.
            {
                "className": "Secrets", /* generated class */
                "secrets": {
                    "DbPassword": {
                        "id": "db", // the main database
                        "jsonKey": "password",
                    }, // keep me
                    "ApiKey": {
                        "source": "secretsmanager",
                        "id": "myapp/api-key",
                        "jsonKey": "key",
                        "description": "Partner API key"
                    },
                    // trailing comment inside secrets
                },
            }
            """;
        Assert.Equal(Expected, text);
        AssertRoundTrip(text, Entry with { JsonKey = "key" }, expectedCount: 2);
    }

    [Fact]
    public void AddSecret_AddsTheMissingCommaAfterTheLastEntryAndKeepsItsLineComment()
    {
        const string Original = "{\n\t\"secrets\": {\n\t\t\"A\": { \"id\": \"a\" } // first\n\t}\n}";

        var text = ManifestWriter.AddSecret(Original, Entry);

        Assert.Equal(
            "{\n\t\"secrets\": {\n\t\t\"A\": { \"id\": \"a\" }, // first\n\t\t\"ApiKey\": { \"source\": \"secretsmanager\", \"id\": \"myapp/api-key\", \"description\": \"Partner API key\" }\n\t}\n}",
            text);
        AssertRoundTrip(text, Entry, expectedCount: 2);
    }

    [Fact]
    public void AddSecret_KeepsCrLfLineEndings()
    {
        const string Original = "{\r\n  \"secrets\": {\r\n    \"A\": {\r\n      \"id\": \"a\"\r\n    }\r\n  }\r\n}\r\n";

        var text = ManifestWriter.AddSecret(Original, Entry);

        Assert.DoesNotContain("\n", text.Replace("\r\n", string.Empty));
        Assert.StartsWith(Original.Substring(0, Original.IndexOf("    }", StringComparison.Ordinal) + 5), text);
        AssertRoundTrip(text, Entry, expectedCount: 2);
    }

    [Fact]
    public void AddSecret_WhenSecretsIsMissing_AddsTheObject()
    {
        const string Original = "{\n  \"className\": \"Vault\" // no secrets yet\n}\n";

        var text = ManifestWriter.AddSecret(Original, Entry);

        Assert.StartsWith("{\n  \"className\": \"Vault\", // no secrets yet\n  \"secrets\": {\n    \"ApiKey\": {\n", text);
        AssertRoundTrip(text, Entry);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{ }")]
    [InlineData("{ \"secrets\": {} }")]
    [InlineData("{\"secrets\":{\n}}")]
    [InlineData("{ \"secrets\": { /* none yet */ } }")]
    [InlineData("{\n  \"secrets\": {\n    // none yet\n  }\n}")]
    [InlineData("\uFEFF{\"className\":\"S\",\"secrets\":{\"A\":{\"id\":\"a\"}}}")]
    [InlineData("{\"secrets\":{\"A\":{\"id\":\"a\"},}}")]
    [InlineData("  {\n\n\n   \"secrets\"   :   {   \"A\"  :  {  \"id\"  :  \"a\"  }  }   }  ")]
    [InlineData("")]
    [InlineData("   \n")]
    public void AddSecret_OnOddlyFormattedManifests_StaysReadableAndKeepsEverythingElse(string original)
    {
        var text = ManifestWriter.AddSecret(original, Entry);

        var before = ManifestParser.Parse(original.Trim().Length == 0 ? "{}" : original, "m.json").Model!;
        AssertRoundTrip(text, Entry, expectedCount: before.Secrets.Count + 1);
        foreach (var comment in new[] { "/* none yet */", "// none yet" }.Where(original.Contains))
        {
            Assert.Contains(comment, text);
        }
    }

    [Fact]
    public void AddSecret_OnlyInsertsText()
    {
        // Every character of the original appears, in order, in the result: nothing is rewritten or dropped.
        var text = ManifestWriter.AddSecret(Manifests.Basic, Entry);

        var position = 0;
        foreach (var c in Manifests.Basic)
        {
            position = text.IndexOf(c, position);
            Assert.True(position >= 0);
            position++;
        }

        AssertRoundTrip(text, Entry, expectedCount: 5, prefix: "myapp/prod/");
    }

    [Fact]
    public void AddSecret_EscapesJsonStrings()
    {
        var entry = new ManifestSecretEntryToAdd("Quoted", "parameterstore", "/a/b", Description: "say \"hi\"\\ \n next");

        var text = ManifestWriter.AddSecret("{}", entry);

        var secret = Assert.Single(ManifestParser.Parse(text, "m.json").Model!.Secrets);
        Assert.Equal("say \"hi\"\\ \n next", secret.Description);
    }

    [Fact]
    public void AddSecret_RejectsDuplicatesAndInvalidEntries()
    {
        var text = ManifestWriter.AddSecret("{}", Entry);

        Assert.Throws<ArgumentException>(() => ManifestWriter.AddSecret(text, Entry));
        Assert.Throws<ArgumentException>(() => ManifestWriter.AddSecret(text, Entry with { Name = "api-key" }));
        Assert.Throws<ArgumentException>(() => ManifestWriter.AddSecret(text, Entry with { Name = "Other", Source = "vault" }));
        Assert.Throws<ArgumentException>(() => ManifestWriter.AddSecret(text, Entry with { Name = "Other", Id = " " }));
    }

    [Theory]
    [InlineData("{ \"secrets\": [] }")]
    [InlineData("{ \"secrets\": { ")]
    [InlineData("[]")]
    public void AddSecret_OnAnUneditableManifest_ThrowsAFormatError(string original)
    {
        Assert.Throws<ManifestFormatException>(() => ManifestWriter.AddSecret(original, Entry));
        Assert.False(ManifestWriter.TryAddSecret(original, Entry, out var unchanged, out var error));
        Assert.Equal(original, unchanged);
        Assert.NotNull(error);
    }

    [Fact]
    public void ReadSecretNames_And_FindSecretName()
    {
        const string Text = """
            {
              "defaults": { "idPrefix": "myapp/" },
              "secrets": {
                "DbPassword": { "id": "db", "jsonKey": "password" },
                "bad-name": { "id": "x" }
              }
            }
            """;

        Assert.Equal(new[] { "DbPassword", "bad-name" }, ManifestWriter.ReadSecretNames(Text).OrderBy(name => name, StringComparer.Ordinal));
        Assert.Equal("DbPassword", ManifestWriter.FindSecretName(Text, "secretsmanager", "db", "password"));
        Assert.Equal("DbPassword", ManifestWriter.FindSecretName(Text, "secretsmanager", "myapp/db", "password"));
        Assert.Null(ManifestWriter.FindSecretName(Text, "secretsmanager", "db", null));
        Assert.Null(ManifestWriter.FindSecretName(Text, "parameterstore", "db", "password"));
        Assert.Empty(ManifestWriter.ReadSecretNames("{ not json"));
    }

    private static void AssertRoundTrip(string text, ManifestSecretEntryToAdd entry, int expectedCount = 1, string prefix = "")
    {
        var result = ManifestParser.Parse(text, "secrets.manifest.json");
        Assert.DoesNotContain(result.Diagnostics, diagnostic => diagnostic.Id != RuleIdentifiers.UnknownProperty);
        Assert.Equal(expectedCount, result.Model!.Secrets.Count);
        var added = result.Model.Secrets.Single(secret => secret.Name == entry.Name);
        Assert.Equal(prefix + entry.Id, added.Id);
        Assert.Equal(entry.JsonKey, added.JsonKey);
        Assert.Equal(entry.Description, added.Description);
        Assert.True(ManifestFormat.TryParseSource(entry.Source, out var source));
        Assert.Equal(source, added.Source);
    }
}
