using System;
using System.Collections.Generic;
using System.Linq;
using SecretAnalyzers.Detection;

namespace SecretAnalyzers.Tests.Detection;

public class TokenFormatTests
{
    public static TheoryData<string, string> Tokens() => new()
    {
        { "aws-access-key-id", FakeTokens.AwsAccessKeyId() },
        { "aws-access-key-id", "ASIA" + FakeTokens.Random("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16, 3) },
        { "aws-secret-access-key", "aws_secret_access_key = " + FakeTokens.AwsSecretKey() },
        { "aws-secret-access-key", "AWS_SECRET_ACCESS_KEY=" + FakeTokens.AwsSecretKey(2) },
        { "github-pat-classic", FakeTokens.GitHubClassic() },
        { "github-oauth-token", FakeTokens.GitHubClassic("gho") },
        { "github-user-to-server-token", FakeTokens.GitHubClassic("ghu") },
        { "github-server-to-server-token", FakeTokens.GitHubClassic("ghs") },
        { "github-refresh-token", FakeTokens.GitHubClassic("ghr") },
        { "github-fine-grained-pat", FakeTokens.GitHubFineGrained() },
        { "gitlab-pat", FakeTokens.GitLab() },
        { "slack-bot-token", FakeTokens.Slack() },
        { "slack-webhook", FakeTokens.SlackWebhook() },
        { "stripe-live-key", FakeTokens.Stripe() },
        { "stripe-live-key", FakeTokens.StripeRestricted() },
        { "google-api-key", FakeTokens.GoogleApiKey() },
        { "google-oauth-client-secret", FakeTokens.GoogleClientSecret() },
        { "sendgrid-api-key", FakeTokens.SendGrid() },
        { "twilio-api-key", FakeTokens.TwilioApiKey() },
        { "twilio-account-sid", FakeTokens.TwilioAccountSid() },
        { "npm-token", FakeTokens.Npm() },
        { "nuget-api-key", FakeTokens.NuGet() },
        { "openai-api-key", FakeTokens.OpenAiProject() },
        { "openai-api-key", FakeTokens.OpenAiLegacy() },
        { "anthropic-api-key", FakeTokens.Anthropic() },
        { "azure-storage-account-key", FakeTokens.AzureStorageConnectionString() },
        { "azure-sas-signature", FakeTokens.AzureSas() },
        { "azure-ad-client-secret", FakeTokens.AzureClientSecret() },
        { "jwt", FakeTokens.Jwt() },
        { "rsa-private-key", FakeTokens.PemPrivateKey() },
        { "pem-private-key", FakeTokens.PemPrivateKey("") },
        { "ec-private-key", FakeTokens.PemPrivateKey("EC ") },
        { "openssh-private-key", FakeTokens.PemPrivateKey("OPENSSH ") },
        { "encrypted-private-key", FakeTokens.PemPrivateKey("ENCRYPTED ") },
        { "shopify-token", FakeTokens.Shopify() },
        { "square-access-token", FakeTokens.Square() },
        { "mailgun-api-key", FakeTokens.Mailgun() },
        { "mailchimp-api-key", FakeTokens.Mailchimp() },
        { "discord-bot-token", FakeTokens.Discord() },
        { "telegram-bot-token", FakeTokens.Telegram() },
        { "heroku-api-key", FakeTokens.Heroku() },
        { "digitalocean-token", FakeTokens.DigitalOcean() },
        { "huggingface-token", FakeTokens.HuggingFace() },
        { "databricks-token", FakeTokens.Databricks() },
        { "pypi-token", FakeTokens.PyPi() },
        { "atlassian-api-token", FakeTokens.Atlassian() },
        { "grafana-service-account-token", FakeTokens.Grafana() },
        { "new-relic-api-key", FakeTokens.NewRelic() },
        { "postman-api-key", FakeTokens.Postman() },
        { "linear-api-key", FakeTokens.Linear() },
        { "doppler-token", FakeTokens.Doppler() },
        { "pulumi-token", FakeTokens.Pulumi() },
        { "dynatrace-token", FakeTokens.Dynatrace() },
        { "terraform-cloud-token", FakeTokens.Terraform() },
    };

    [Theory]
    [MemberData(nameof(Tokens))]
    public void RecognisesFormat(string formatId, string value)
    {
        TokenScanner.TokenMatch? match = TokenScanner.Find(value);

        Assert.True(match.HasValue, $"{formatId} not found");
        Assert.Equal(formatId, match!.Value.Format.Id);
    }

    [Theory]
    [MemberData(nameof(Tokens))]
    public void RecognisesFormatEmbeddedInText(string formatId, string value)
    {
        string text = "config: \"" + value + "\" # deployed";

        SecretFinding? finding = SecretScanner.Analyze(null, text, DetectionOptions.Default);

        Assert.NotNull(finding);
        Assert.Equal(RuleIdentifiers.HardcodedToken, finding!.RuleId);
        Assert.DoesNotContain(value, finding.MaskedValue, StringComparison.Ordinal);
        Assert.InRange(finding.Start, 0, text.Length);
        Assert.True(finding.Start + finding.Length <= text.Length, formatId);
    }

    [Fact]
    public void AtLeastTwentyFiveFormatsAreKnown()
    {
        Assert.True(TokenFormats.All.Length >= 25);
        Assert.Equal(TokenFormats.All.Length, TokenFormats.All.Select(f => f.Id).Distinct().Count());
    }

    [Fact]
    public void GitHubTokenWithBadChecksumIsNotAFormatMatch() =>
        Assert.Null(TokenScanner.Find(FakeTokens.GitHubClassicBadChecksum()));

    [Fact]
    public void NpmTokenWithBadChecksumIsNotAFormatMatch() =>
        Assert.Null(TokenScanner.Find("np" + "m_" + FakeTokens.RandomAlnum(36)));

    [Fact]
    public void GitHubChecksumRoundTrips()
    {
        string token = FakeTokens.GitHubClassic(seed: 42);
        Assert.True(TokenChecksums.HasValidBase62Crc32(token, 4));
        Assert.False(TokenChecksums.HasValidBase62Crc32(token.Substring(0, token.Length - 1) + (token[^1] == 'a' ? 'b' : 'a'), 4));
    }

    [Theory]
    [InlineData("-----BEGIN RSA PRIVATE KEY-----")]
    [InlineData("-----BEGIN PRIVATE KEY-----\n-----END PRIVATE KEY-----")]
    [InlineData("-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo\n-----END PUBLIC KEY-----")]
    public void PemMarkersWithoutAKeyBodyAreNotPrivateKeys(string value) => Assert.Null(TokenScanner.Find(value));

    [Theory]
    [InlineData("AKIAXXXXXXXXXXXXXXXX")]
    [InlineData("eyJhbGciOiJIUzI1NiJ9.notbase64json.x")]
    [InlineData("The quick brown fox jumps over the lazy dog")]
    [InlineData("https://hooks.example.com/services/abc")]
    [InlineData("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36")]
    [InlineData("System.Collections.Generic.Dictionary`2[[System.String]]")]
    [InlineData("ACTIVE_ACCOUNT_STATUS_ENABLED_FOR_ALL_USERS")]
    [InlineData("SKIP_VALIDATION_FOR_THE_FOLLOWING_ITEMS")]
    public void NonTokensAreNotMatched(string value) => Assert.Null(TokenScanner.Find(value));

    [Fact]
    public void JwtWithoutAlgHeaderIsNotAToken()
    {
        string header = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("{\"typ\":\"JWT\",\"x\":1}")).TrimEnd('=');
        string payload = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("{\"sub\":\"12345678\"}")).TrimEnd('=');
        Assert.Null(TokenScanner.Find(header + "." + payload + "." + FakeTokens.RandomAlnum(30)));
    }

    [Fact]
    public void AwsDocumentedExampleIsFlagged()
    {
        SecretFinding? finding = SecretScanner.Analyze(null, "AKIAIOSFODNN7" + "EXAMPLE", DetectionOptions.Default);

        Assert.NotNull(finding);
        Assert.True(finding!.IsDocumentedExample);
    }

    [Fact]
    public void AwsDocumentedSecretKeyIsFlagged()
    {
        SecretFinding? finding = SecretScanner.Analyze("awsSecretAccessKey", "wJalrXUtnFEMI/K7MDENG/bPxRfiCY" + "EXAMPLEKEY", DetectionOptions.Default);

        Assert.NotNull(finding);
        Assert.Equal("AWS secret access key", finding!.Description);
        Assert.True(finding.IsDocumentedExample);
    }

    [Fact]
    public void RealKeyNextToADocumentedExampleStillWins()
    {
        string real = FakeTokens.AwsAccessKeyId(seed: 5);
        SecretFinding? finding = SecretScanner.Analyze(null, "AKIAIOSFODNN7" + "EXAMPLE and " + real, DetectionOptions.Default);

        Assert.NotNull(finding);
        Assert.False(finding!.IsDocumentedExample);
        Assert.Equal(real.Length, finding.Length);
    }

    [Fact]
    public void RealLookingAwsKeyIsNotFlaggedAsExample()
    {
        SecretFinding? finding = SecretScanner.Analyze(null, FakeTokens.AwsAccessKeyId(), DetectionOptions.Default);

        Assert.NotNull(finding);
        Assert.False(finding!.IsDocumentedExample);
        Assert.Equal("AwsAccessKeyId", finding.SuggestedName);
    }

    [Fact]
    public void SecretSpanCoversOnlyTheKeyInsideAStorageConnectionString()
    {
        string value = FakeTokens.AzureStorageConnectionString();

        SecretFinding finding = SecretScanner.Analyze("StorageConnection", value, DetectionOptions.Default)!;

        Assert.Equal(RuleIdentifiers.HardcodedToken, finding.RuleId);
        Assert.Equal(FakeTokens.AzureStorageKey(), value.Substring(finding.Start, finding.Length));
    }

    [Fact]
    public void PathologicalInputFinishesQuickly()
    {
        string value = "eyJ" + new string('a', 20000) + "." + "eyJ" + new string('b', 20000);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        SecretScanner.Analyze("token", value, DetectionOptions.Default);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5));
    }
}
