using System;
using System.Text;
using SecretAnalyzers.Detection;

namespace SecretAnalyzers.Tests.Detection;

/// <summary>Hostile and random input: the scanner never throws, spans stay inside the value, masks never leak.</summary>
public class RobustnessTests
{
    private static readonly string[] Fragments =
    {
        "=", ";", ",", "://", "@", ":", "'", "\"", " ", "\n", "Password", "pwd", "Server", "User Id", "sig=", "sv=",
        "AKIA", "ghp_", "eyJ", ".", "-----BEGIN PRIVATE KEY-----", "AccountKey=", "Q~", ":AA", "-us", "xoxb-", "{", "}",
        "$", "%", "<", ">", "\\", "\u2026", "\u00e9", "\ud83d\udd11",
    };

    private static readonly string?[] Names = { null, "", "password", "apiKey", "Key", "x", "DB_PASSWORD", "Authorization", "awsSecretAccessKey", "::", "_" };

    [Fact]
    public void RandomInputNeverBreaksTheScanner()
    {
        var random = new Random(12345);
        for (int iteration = 0; iteration < 20000; iteration++)
        {
            var builder = new StringBuilder();
            int parts = random.Next(1, 12);
            for (int i = 0; i < parts; i++)
            {
                builder.Append(random.Next(3) == 0
                    ? Fragments[random.Next(Fragments.Length)]
                    : FakeTokens.Random("abcXYZ0189+/_-", random.Next(0, 30), random.Next()));
            }

            string value = builder.ToString();
            string? name = Names[random.Next(Names.Length)];
            SecretFinding? finding = SecretScanner.Analyze(name, value, DetectionOptions.Default);
            if (finding is null)
            {
                continue;
            }

            AssertWellFormed(value, finding);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("=")]
    [InlineData(";;;;")]
    [InlineData("://")]
    [InlineData("a://")]
    [InlineData("a://@")]
    [InlineData("a://:@")]
    [InlineData("a://u:p@")]
    [InlineData("Password='unterminated")]
    [InlineData("Password=\"")]
    [InlineData("Password='';")]
    [InlineData("=Password")]
    [InlineData("-----BEGIN PRIVATE KEY-----")]
    [InlineData("eyJ.eyJ.")]
    public void EdgeCasesGiveWellFormedResults(string value)
    {
        foreach (string? name in Names)
        {
            AssertWellFormed(value, SecretScanner.Analyze(name, value, DetectionOptions.Default));
        }

        AssertWellFormed(value, SecretScanner.AnalyzeKnownCredential(value, SecretKind.Password, "password", null, DetectionOptions.Default));
        double entropy = Entropy.ShannonEntropy(value);
        Assert.InRange(entropy, 0, value.Length == 0 ? 0 : Math.Log(value.Length, 2) + 1e-9);
        string mask = SecretMasker.Mask(value);
        Assert.False(string.IsNullOrEmpty(mask));
        if (value.Length > 8)
        {
            Assert.DoesNotContain(value, mask, StringComparison.Ordinal);
        }
    }

    /// <summary>A finding's span lies inside the value and its mask does not repeat the secret.</summary>
    private static void AssertWellFormed(string value, SecretFinding? finding)
    {
        if (finding is null)
        {
            return;
        }

        Assert.InRange(finding.Start, 0, value.Length);
        Assert.InRange(finding.Length, 1, value.Length - finding.Start);
        Assert.StartsWith("SEC000", finding.RuleId, StringComparison.Ordinal);
        string secret = value.Substring(finding.Start, finding.Length);
        if (secret.Length > 8)
        {
            Assert.DoesNotContain(secret, finding.MaskedValue, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void LongValuesAreScannedInReasonableTime()
    {
        string value = "Server=db;" + new string('a', 100_000) + ";Password=" + FakeTokens.RandomAlnum(12) + ";" + FakeTokens.RandomBase64(50_000);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        SecretFinding? finding = SecretScanner.Analyze("connectionString", value, DetectionOptions.Default);
        Assert.NotNull(finding);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), watch.Elapsed.ToString());
    }
}
