using System;
using System.IO;
using System.Linq;
using SecretAnalyzers.Detection;

namespace SecretAnalyzers.Tests.Detection;

/// <summary>The generic low-confidence rule: credential-like key, random value, inside a string.</summary>
public class GenericSecretsTests
{
    public static TheoryData<string, string> Positives() => new()
    {
        { "password=" + FakeTokens.RandomAlnum(20, 31) + "!", "password" },
        { "{\"api_key\": \"" + FakeTokens.RandomHex(32, 32) + "\"}", "api_key" },
        { "--client-secret " + "x" + " client_secret: '" + FakeTokens.RandomBase64(30, 33) + "9'", "client_secret" },
        { "Server=db;Token=" + FakeTokens.RandomAlnum(24, 34) + "1;", "Token" },
        { "export AUTH_TOKEN=" + FakeTokens.RandomAlnum(28, 35) + "7", "AUTH_TOKEN" },
    };

    [Theory]
    [MemberData(nameof(Positives))]
    public void CredentialKeyWithRandomValueIsFound(string text, string key)
    {
        GenericSecrets.GenericSecretMatch? match = GenericSecrets.Find(text);

        Assert.True(match.HasValue, "not found");
        Assert.Equal(key, match!.Value.Key);
        Assert.Equal(TokenConfidence.Low, match.Value.Confidence);
        Assert.True(match.Value.Length >= 16);
        Assert.DoesNotContain('=', text.Substring(match.Value.Start, 1));
    }

    [Theory]
    [InlineData("password={0}")]
    [InlineData("password=${DB_PASSWORD_FROM_THE_ENVIRONMENT}")]
    [InlineData("api_key=YOUR_API_KEY_GOES_RIGHT_HERE")]
    [InlineData("secret: <your-client-secret-here-please>")]
    [InlineData("token = GetAccessTokenForTheCurrentUser()")]
    [InlineData("sortKey=CreatedDateTimeUtcDescending")]
    [InlineData("passwordPolicy=MinimumLengthTwelveCharacters")]
    [InlineData("tokenEndpoint=https://login.example.test/oauth2/v2.0/token")]
    [InlineData("keyPath=/etc/ssl/private/server-2024.key")]
    [InlineData("color=" + "a8f5f167f44f4964e6c998dee827110c")]
    [InlineData("RegEnumKey = win32api.RegEnumKey2")]
    [InlineData("\"access_token\":\"2YotnFZFEjr1zCsicMWpAA\",")]
    [InlineData("password=aaaaaaaaaaaaaaaaaaaaaaaa")]
    [InlineData("The password must be at least 12 characters long: use letters and digits.")]
    public void NonSecretsAreNotFound(string text) => Assert.Null(GenericSecrets.Find(text));

    [Fact]
    public void PathologicalInputFinishesQuickly()
    {
        string value = string.Concat(Enumerable.Repeat("password=", 2000)) + new string('a', 5000);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        GenericSecrets.Find(value);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5));
    }
}
