using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using SecretAnalyzers.Detection;

namespace SecretAnalyzers.Tests.Detection;

/// <summary>Every catalogue format: one positive and one near miss (CatalogueSamples), and the shape of the table itself.</summary>
public class TokenCatalogueTests
{
    public static TheoryData<string> Ids()
    {
        var data = new TheoryData<string>();
        foreach (CatalogueSamples.Sample sample in CatalogueSamples.All)
        {
            data.Add(sample.Id);
        }

        return data;
    }

    [Fact]
    public void CatalogueHoldsAtLeast150Formats() => Assert.True(TokenFormats.All.Length >= 150, TokenFormats.All.Length + " formats");

    [Fact]
    public void IdsAreUniqueAndStable()
    {
        Assert.Equal(TokenFormats.All.Length, TokenFormats.All.Select(f => f.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.All(TokenFormats.All, f => Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", f.Id));
    }

    [Fact]
    public void EveryFormatHasASampleAndEverySampleAFormat()
    {
        var formats = TokenFormats.All.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        var samples = CatalogueSamples.All.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        Assert.Empty(formats.Except(samples));
        Assert.Empty(samples.Except(formats));
    }

    [Fact]
    public void EveryFormatIsDescribedForTheReferencePage()
    {
        foreach (TokenFormat format in TokenFormats.All)
        {
            Assert.False(string.IsNullOrWhiteSpace(format.Vendor), format.Id);
            Assert.False(string.IsNullOrWhiteSpace(format.Description), format.Id);
            Assert.False(string.IsNullOrWhiteSpace(format.Matches), format.Id);
            Assert.False(string.IsNullOrWhiteSpace(format.Revocation), format.Id);
            Assert.NotEmpty(format.Keywords);
            Assert.All(format.Keywords, k => Assert.True(k.Length > 0 && k.All(c => c < 128), format.Id));
            Assert.DoesNotContain("|", format.Matches + format.Revocation + format.Description, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void EveryPatternCompilesWithItsTimeout()
    {
        foreach (TokenFormat format in TokenFormats.All)
        {
            Assert.Equal(TokenFormat.MatchTimeout, format.Regex.MatchTimeout);
        }
    }

    [Fact]
    public void HighConfidenceFormatsHaveAPrefixOrAValidator()
    {
        // High means a checksum or a prefix nothing else carries; a one-character keyword needs a validator.
        foreach (TokenFormat format in TokenFormats.All.Where(f => f.Confidence == TokenConfidence.High))
        {
            Assert.True(format.Keywords.All(k => k.Length >= 3) || format.Validator is not null, format.Id);
        }
    }

    [Fact]
    public void ContextFormatsAreMediumConfidenceAndCaseInsensitive()
    {
        foreach (TokenFormat format in TokenFormats.All.Where(f => f.Pattern.StartsWith("(?i:", StringComparison.Ordinal) && f.Pattern.Contains("(?<s>", StringComparison.Ordinal)))
        {
            Assert.True(format.Confidence <= TokenConfidence.Medium || format.Validator is not null, format.Id);
            Assert.True(format.KeywordsIgnoreCase, format.Id);
        }
    }

    [Fact]
    public void HighConfidenceFormatsComeFirst()
    {
        var confidences = TokenFormats.All.Select(f => (int)f.Confidence).ToList();
        Assert.Equal(confidences.OrderByDescending(c => c).ToList(), confidences);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void PositiveMatchesItsFormat(string id)
    {
        CatalogueSamples.Sample sample = CatalogueSamples.All.Single(s => s.Id == id);

        TokenScanner.TokenMatch? match = TokenScanner.Find(sample.Positive);

        Assert.True(match.HasValue, id + " not found");
        Assert.Equal(id, match!.Value.Format.Id);
        Assert.False(match.Value.Decoded);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void PositiveInsideTextIsFoundWithItsSpan(string id)
    {
        CatalogueSamples.Sample sample = CatalogueSamples.All.Single(s => s.Id == id);
        string text = "deploy: \"" + sample.Positive + "\" # prod";

        TokenScanner.TokenMatch? match = TokenScanner.Find(text);

        Assert.True(match.HasValue, id + " not found in text");
        Assert.Equal(id, match!.Value.Format.Id);
        Assert.InRange(match.Value.Start, 9, 9 + sample.Positive.Length);
        Assert.True(match.Value.Start + match.Value.Length <= 9 + sample.Positive.Length, id);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void NearMissIsNotItsFormat(string id)
    {
        CatalogueSamples.Sample sample = CatalogueSamples.All.Single(s => s.Id == id);

        TokenScanner.TokenMatch? match = TokenScanner.Find(sample.NearMiss);

        Assert.True(match is null || match.Value.Format.Id != id, id + " matched its near miss");
    }

    [Fact]
    public void NearMissesAreNotFoundAsAnyOtherFormatEither()
    {
        var matched = CatalogueSamples.All
            .Select(s => (s.Id, Match: TokenScanner.Find(s.NearMiss)))
            .Where(x => x.Match is not null)
            .Select(x => x.Id + " -> " + x.Match!.Value.Format.Id)
            .ToList();

        Assert.Empty(matched);
    }

    [Fact]
    public void FindingMessageNeverCarriesTheToken()
    {
        foreach (CatalogueSamples.Sample sample in CatalogueSamples.All)
        {
            SecretFinding? finding = SecretScanner.FindTokenFormat(sample.Positive);
            Assert.NotNull(finding);
            Assert.True(finding!.MaskedValue.Length < 30, sample.Id);
            Assert.DoesNotContain(sample.Positive, finding.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ContextFormatIsFoundWhenTheVendorWordIsTheName()
    {
        string value = FakeTokens.RandomHex(32, 77);

        Assert.Null(TokenScanner.Find(value));
        Assert.Equal("twilio-auth-token", TokenScanner.Find(value, "Twilio:AuthToken")?.Format.Id);
        Assert.Equal("twilio-auth-token", TokenScanner.Find(value, "TWILIO_AUTH_TOKEN")?.Format.Id);
        Assert.Null(TokenScanner.Find(value, "BuildHash"));
    }

    [Fact]
    public void ContextFormatFoundThroughTheNameSpansTheValue()
    {
        string value = FakeTokens.RandomHex(32, 78);

        TokenScanner.TokenMatch match = TokenScanner.Find(value, "twilioAuthToken")!.Value;

        Assert.Equal(0, match.Start);
        Assert.Equal(value.Length, match.Length);
    }

    [Theory]
    [InlineData("sk_test_abcdefghijklmnopqrstuvwx")]
    [InlineData("api-00000000-0000-0000-0000-000000000000")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("secret_KEY_FOR_THE_INTEGRATION_TESTS_ONLY_PLEASE")]
    [InlineData("The Service Bus namespace uses SharedAccessKeyName=RootManageSharedAccessKey")]
    public void LookalikesInRealCodeAreNotTokens(string value) => Assert.Null(TokenScanner.Find(value));

    [Fact]
    public void PatternsAreAnchoredOnTheirKeyword()
    {
        // A format whose keyword the regex cannot contain would never run (or run for nothing).
        foreach (TokenFormat format in TokenFormats.All)
        {
            string sample = CatalogueSamples.All.Single(s => s.Id == format.Id).Positive;
            Match match = format.Regex.Match(sample);
            Assert.True(match.Success, format.Id);
            StringComparison comparison = format.KeywordsIgnoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            Assert.Contains(format.Keywords, k => sample.IndexOf(k, comparison) >= 0);
        }
    }
}
