using System.Linq;
using System.Text;
using SecretAnalyzers.Detection;

namespace SecretAnalyzers.Tests.Detection;

/// <summary>
/// The text prefilter SEC0004 runs over a whole file before walking its comments: it must let through everything
/// <see cref="HighConfidenceSecrets.Find"/> can find (every catalogue sample, pairs, URIs, encoded tokens) and stop
/// ordinary code, or the walk it saves comes back.
/// </summary>
public class HighConfidenceTriggerTests
{
    private static bool Triggers(string text) => HighConfidenceSecrets.MayHoldSecret(text, 0, text.Length);

    [Theory]
    [MemberData(nameof(TokenCatalogueTests.Ids), MemberType = typeof(TokenCatalogueTests))]
    public void EveryCatalogueSampleTriggersInAComment(string id)
    {
        string sample = CatalogueSamples.All.Single(s => s.Id == id).Positive;

        Assert.True(Triggers("// old key, rotate: " + sample + "\nclass C { }\n"), id);
    }

    [Theory]
    [InlineData("// Server=db;User Id=sa;Password=S3cr3t!Pa55;")]
    [InlineData("// Data Source=x;User Password = hunter22")]
    [InlineData("// Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKey=abc")]
    [InlineData("// Connects with postgres://app:Tr0ub4dor3@db/app")]
    [InlineData("// https://example.com/?t=%67hp_abc")]
    [InlineData("// \"\\u0067hp_abcdefghijklmnopqrstuvwxyz\"")]
    public void PairsUrisAndEscapesTrigger(string comment) => Assert.True(Triggers(comment));

    [Fact]
    public void Base64WrappedTokenTriggers()
    {
        string wrapped = System.Convert.ToBase64String(Encoding.ASCII.GetBytes(FakeTokens.GitHubClassic()));

        Assert.True(Triggers("// Authorization: Basic " + wrapped));
    }

    [Theory]
    [InlineData("/// <summary>See <see cref=\"NLog.Targets.FileTarget.ArchiveAboveSize\"/>.</summary>\npublic long ArchiveOldFileOnStartupAboveSize { get; set; }")]
    [InlineData("var key = cacheKey; if (key == null) { return; } // compare")]
    [InlineData("namespace IdentityServer4.EntityFramework.Stores { class ApiResourceStore { } }")]
    [InlineData("// see https://github.com/NLog/NLog/wiki/File-target")]
    [InlineData("string s = \"Layout=${longdate}|${level:uppercase=true}|${logger}|${message}\";")]
    public void OrdinaryCodeDoesNotTrigger(string code) => Assert.False(Triggers(code));

    [Fact]
    public void ARangeIsReadAlone()
    {
        string text = "x // AKIA" + new string('Q', 30) + " y";

        Assert.False(HighConfidenceSecrets.MayHoldSecret(text, 0, 4));
    }
}
