using System;
using System.Linq;
using System.Text;
using SecretAnalyzers.Detection;

namespace SecretAnalyzers.Tests.Detection;

/// <summary>Tokens hidden by percent-encoding, \u escapes and base64 are found, and the span points at the encoded text.</summary>
public class TokenDecodingTests
{
    private static string Base64(string text) => Convert.ToBase64String(Encoding.ASCII.GetBytes(text));

    private static string Percent(string text) => string.Concat(text.Select(c => "%" + ((int)c).ToString("X2", System.Globalization.CultureInfo.InvariantCulture)));

    private static string Unicode(string text) => string.Concat(text.Select(c => "\\u" + ((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void TokenInsideABase64BasicHeaderIsFound()
    {
        string token = FakeTokens.GitHubClassic(seed: 11);
        string encoded = Base64("deploy:" + token);
        string value = "Basic " + encoded;

        TokenScanner.TokenMatch match = TokenScanner.Find(value)!.Value;

        Assert.Equal("github-pat-classic", match.Format.Id);
        Assert.True(match.Decoded);
        Assert.Equal(encoded, value.Substring(match.Start, match.Length));
    }

    [Fact]
    public void PercentEncodedTokenInAUrlIsFoundWithItsExactSpan()
    {
        string token = FakeTokens.Stripe(seed: 12);
        string encoded = Percent(token.Substring(0, 3)) + token.Substring(3);
        string value = "https://api.example.test/charge?key=" + encoded + "&x=1";

        TokenScanner.TokenMatch match = TokenScanner.Find(value)!.Value;

        Assert.Equal("stripe-live-key", match.Format.Id);
        Assert.True(match.Decoded);
        Assert.Equal(encoded, value.Substring(match.Start, match.Length));
    }

    [Fact]
    public void UnicodeEscapedTokenIsFound()
    {
        string token = FakeTokens.SendGrid(seed: 13);
        string value = "{\"key\":\"" + Unicode(token.Substring(0, 3)) + token.Substring(3) + "\"}";

        TokenScanner.TokenMatch? match = TokenScanner.Find(value);

        Assert.Equal("sendgrid-api-key", match?.Format.Id);
    }

    [Fact]
    public void NestedEncodingWithinTheDepthIsFound()
    {
        string token = FakeTokens.Npm(seed: 14);
        string value = "auth=" + Base64("user:" + Percent(token));

        Assert.Equal("npm-token", TokenScanner.Find(value)?.Format.Id);
    }

    [Fact]
    public void EncodingDeeperThanTheBoundIsNotFollowed()
    {
        string token = FakeTokens.Npm(seed: 15);
        string value = Base64(Base64(Base64(token)));

        Assert.Null(TokenScanner.Find(value));
    }

    [Fact]
    public void ValuesLongerThanTheBoundAreNotDecoded()
    {
        string value = new string('a', TokenDecoder.MaxLength) + " " + Base64("u:" + FakeTokens.GitHubClassic(seed: 16));

        Assert.Null(TokenScanner.Find(value));
    }

    [Theory]
    [InlineData("dGhlIHF1aWNrIGJyb3duIGZveCBqdW1wcyBvdmVyIHRoZSBsYXp5IGRvZw==")]
    [InlineData("https://example.test/search?q=hello%20world%21&lang=en-US&page=2")]
    [InlineData("{\"name\":\"caf\\u00e9 au lait\",\"path\":\"C:\\\\temp\\\\file.txt\"}")]
    [InlineData("MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo")]
    public void DecodedTextWithoutATokenIsNotAFinding(string value) => Assert.Null(TokenScanner.Find(value));

    [Fact]
    public void DecodedFindingIsMaskedOverTheEncodedSpan()
    {
        string token = FakeTokens.GitHubClassic(seed: 17);
        string value = "Basic " + Base64("ci:" + token);

        SecretFinding finding = SecretScanner.FindTokenFormat(value)!;

        Assert.DoesNotContain(token, finding.ToString(), StringComparison.Ordinal);
        Assert.Equal(6, finding.Start);
    }
}
