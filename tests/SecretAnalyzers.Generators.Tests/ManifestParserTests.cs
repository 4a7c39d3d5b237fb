using System;
using System.Linq;
using SecretAnalyzers.Manifest;
using SecretAnalyzers.Json;

namespace SecretAnalyzers.Generators.Tests;

public sealed class ManifestParserTests
{
    [Fact]
    public void Basic_AppliesDefaultsAndPrefix()
    {
        var result = ManifestParser.Parse(Manifests.Basic, "secrets.manifest.json");

        Assert.Empty(result.Diagnostics);
        var secrets = result.Model!.Secrets.ToDictionary(secret => secret.Name);
        Assert.Equal(new[] { "DbPassword", "StripeApiKey", "SmtpPassword", "LegacyToken" }, result.Model.Secrets.Select(secret => secret.Name));
        Assert.Equal("myapp/prod/db", secrets["DbPassword"].Id);
        Assert.Equal("password", secrets["DbPassword"].JsonKey);
        Assert.Equal(TimeSpan.FromMinutes(5), secrets["DbPassword"].Ttl);
        Assert.Equal(TimeSpan.FromSeconds(90), secrets["StripeApiKey"].Ttl);
        Assert.Equal("AWSCURRENT", secrets["StripeApiKey"].VersionStage);
        Assert.Equal(ManifestSecretSource.ParameterStore, secrets["SmtpPassword"].Source);
        Assert.Equal("/myapp/prod/smtp-password", secrets["SmtpPassword"].Id);
        Assert.Equal("3", secrets["SmtpPassword"].VersionId);
        Assert.StartsWith("arn:aws:secretsmanager:", secrets["LegacyToken"].Id);
    }

    [Fact]
    public void ConfigKey_IsRead_AndWrittenBack()
    {
        var text = ManifestWriter.AddSecret(
            ManifestWriter.CreateNew("Secrets", null),
            new ManifestSecretEntryToAdd("SmtpPassword", "secretsmanager", "smtp-password", ConfigKey: "Smtp:Password"));

        var result = ManifestParser.Parse(text, "secrets.manifest.json");

        Assert.Empty(result.Diagnostics);
        Assert.Equal("Smtp:Password", Assert.Single(result.Model!.Secrets).ConfigKey);
        Assert.Null(ManifestParser.Parse(Manifests.Basic, "secrets.manifest.json").Model!.Secrets[0].ConfigKey);
    }

    [Fact]
    public void RdsCredentials_ReadsFields()
    {
        var result = ManifestParser.Parse(Manifests.RdsCredentials, "secrets.manifest.json");

        Assert.Empty(result.Diagnostics);
        var database = result.Model!.Secrets[0];
        Assert.True(database.IsTyped);
        Assert.Equal("DbCredentials", database.TypeName);
        Assert.Equal(
            new[] { "Username", "Password", "Host", "Port", "Dbname", "EngineName" },
            database.Fields.Select(field => field.PropertyName));
        Assert.Equal(ManifestFieldType.Int32, database.Fields[3].Type);
        Assert.True(database.Fields[4].IsOptional);
        Assert.Equal("postgres or mysql", database.Fields[5].Description);
    }

    [Fact]
    public void Models_AreEquatable()
    {
        var first = ManifestParser.Parse(Manifests.RdsCredentials, "a.json");
        var second = ManifestParser.Parse(Manifests.RdsCredentials, "a.json");

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.NotEqual(first, ManifestParser.Parse(Manifests.RdsCredentials.Replace("rds/main", "rds/other"), "a.json"));
    }

    [Fact]
    public void InvalidEntries_AreSkippedAndValidOnesKept()
    {
        var result = ManifestParser.Parse("""
            {
              "secrets": {
                "Good": { "id": "good" },
                "bad name": { "id": "x" },
                "NoId": {},
                "AlsoGood": { "source": "PARAMETERSTORE", "id": "/also" },
              }
            }
            """, "m.json");

        Assert.Equal(new[] { "Good", "AlsoGood" }, result.Model!.Secrets.Select(secret => secret.Name));
        Assert.Equal(new[] { "SEC0104", "SEC0105" }, result.Diagnostics.Select(diagnostic => diagnostic.Id));
    }

    [Fact]
    public void TruncatedManifests_NeverThrow()
    {
        // Every prefix of a real manifest is a plausible half-typed file in the IDE.
        foreach (var manifest in new[] { Manifests.Basic, Manifests.RdsCredentials })
        {
            for (var length = 0; length <= manifest.Length; length++)
            {
                var prefix = manifest.Substring(0, length);
                var result = ManifestParser.Parse(prefix, "m.json");
                if (prefix.TrimEnd() == manifest.TrimEnd())
                {
                    Assert.Empty(result.Diagnostics);
                    Assert.NotEmpty(result.Model!.Secrets);
                    continue;
                }

                // Anything shorter is cut inside the JSON: one located syntax error, inside the text, and no model.
                var diagnostic = Assert.Single(result.Diagnostics);
                Assert.Equal("SEC0100", diagnostic.Id);
                Assert.InRange(diagnostic.Location.TextSpan.End, 0, length);
                Assert.Null(result.Model);
            }
        }
    }

    [Fact]
    public void DeepNesting_IsAnErrorNotAStackOverflow()
    {
        var text = new string('[', 100_000);
        var result = ManifestParser.Parse(text, "m.json");
        Assert.Equal("SEC0100", Assert.Single(result.Diagnostics).Id);
    }

    [Theory]
    [InlineData("5m", 300)]
    [InlineData("30s", 30)]
    [InlineData("1h30m", 5400)]
    [InlineData("2d", 172800)]
    [InlineData("1d2h3m4s", 93784)]
    [InlineData("00:05:00", 300)]
    [InlineData("1.00:00:00", 86400)]
    [InlineData(" 10M ", 600)]
    public void Ttl_Valid(string text, int seconds)
    {
        Assert.True(ManifestTtl.TryParse(text, out var ttl));
        Assert.Equal(TimeSpan.FromSeconds(seconds), ttl);
    }

    [Fact]
    public void Ttl_Milliseconds()
    {
        Assert.True(ManifestTtl.TryParse("1s500ms", out var ttl));
        Assert.Equal(TimeSpan.FromMilliseconds(1500), ttl);
        Assert.Equal("1s500ms", ManifestTtl.Format(ttl));
    }

    [Theory]
    [InlineData("")]
    [InlineData("5")]
    [InlineData("300")]
    [InlineData("5 minutes")]
    [InlineData("5m1h")]
    [InlineData("5m5m")]
    [InlineData("0s")]
    [InlineData("00:00:00")]
    [InlineData("-00:01:00")]
    [InlineData("1.5h")]
    [InlineData("5w")]
    [InlineData("99999999999999d")]
    public void Ttl_Invalid(string text) => Assert.False(ManifestTtl.TryParse(text, out _));

    [Theory]
    [InlineData("DB_PASSWORD", "DbPassword")]
    [InlineData("dbPassword", "DbPassword")]
    [InlineData("ConnectionStrings:Default", "ConnectionStringsDefault")]
    [InlineData("_token", "Token")]
    [InlineData("GitHubToken", "GitHubToken")]
    [InlineData("AWSSecretKey", "AwsSecretKey")]
    [InlineData("api-key2", "ApiKey2")]
    [InlineData("2fa", "Secret2fa")]
    [InlineData("", "Secret")]
    [InlineData("$$$", "Secret")]
    public void ToPascalCaseIdentifier(string input, string expected)
    {
        var name = ManifestNames.ToPascalCaseIdentifier(input);
        Assert.Equal(expected, name);
        Assert.True(ManifestNames.IsValidIdentifier(name));
    }

    [Fact]
    public void MakeUnique_AvoidsTakenReservedAndGeneratedNames()
    {
        var taken = new System.Collections.Generic.HashSet<string> { "DbPassword", "DbPassword2", "Foo" };

        Assert.Equal("ApiKey", ManifestNames.MakeUnique("ApiKey", taken));
        Assert.Equal("DbPassword3", ManifestNames.MakeUnique("DbPassword", taken));
        Assert.Equal("Provider2", ManifestNames.MakeUnique("Provider", taken));
        Assert.Equal("GetFooAsync2", ManifestNames.MakeUnique("GetFooAsync", taken));
    }

    [Fact]
    public void Reader_KeepsPositionsAndHandlesComments()
    {
        var root = (JsonObject)JsonDocumentReader.Parse("/* a */ { // b\n \"k\" : [1, -2.5e3, true, false, null, \"\\u00e9\\n\",] }");
        var property = Assert.Single(root.Properties);
        Assert.Equal("k", property.Name);
        Assert.Equal(16, property.NameNode.Start);
        var items = ((JsonArray)property.Value).Items;
        Assert.Equal(6, items.Count);
        Assert.Equal("-2.5e3", ((JsonNumber)items[1]).Text);
        Assert.Equal("é\n", ((JsonString)items[5]).Value);
    }

    [Theory]
    [InlineData("{ 'a': 1 }", "property names must use double quotes")]
    [InlineData("{ \"a\": 01x }", "expected ',' or '}'")]
    [InlineData("{ \"a\": \"\\q\" }", "invalid escape sequence")]
    [InlineData("{ \"a\": 1 } x", "unexpected text after the end")]
    [InlineData("{ /* open", "unterminated /* comment")]
    [InlineData("{ \"a\" 1 }", "expected ':'")]
    public void Reader_Errors(string text, string message)
    {
        var exception = Assert.Throws<JsonSyntaxException>(() => JsonDocumentReader.Parse(text));
        Assert.Contains(message, exception.Message);
    }
}
