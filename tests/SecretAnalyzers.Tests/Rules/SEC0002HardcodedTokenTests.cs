using System;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using SecretAnalyzers.Tests.Detection;
using Verify = SecretAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<SecretAnalyzers.Analyzers.HardcodedSecretAnalyzer>;

namespace SecretAnalyzers.Tests.Rules;

public class SEC0002HardcodedTokenTests
{
    /// <summary>One generated token per format (values built at test time, never checked in).</summary>
    public static TheoryData<string, string> Tokens()
    {
        var data = new TheoryData<string, string>();
        foreach (object[] row in TokenFormatTests.Tokens())
        {
            string value = (string)row[1];
            if (value.IndexOf('\n') < 0)
            {
                data.Add((string)row[0], value);
            }
        }

        return data;
    }

    private static string Literal(string value) => "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n") + "\"";

    private static Task Reported(string source) =>
        Verify.VerifyAsync(source, Verify.Diagnostic(RuleIdentifiers.HardcodedToken).WithLocation(0));

    [Theory]
    [MemberData(nameof(Tokens))]
    public Task TokenInNeutralVariable_IsReported(string format, string token)
    {
        _ = format;
        return Reported(RuleTestSources.InMethod("var value = {|#0:" + Literal(token) + "|};"));
    }

    [Theory]
    [MemberData(nameof(Tokens))]
    public Task TokenPassedToAnyMethod_IsReported(string format, string token)
    {
        _ = format;
        return Reported(RuleTestSources.InMethod("Console.WriteLine({|#0:" + Literal(token) + "|});"));
    }

    [Fact]
    public Task TokenInPasswordNamedField_IsSec0002NotSec0001() =>
        Reported(RuleTestSources.InClass("const string Password = {|#0:" + Literal(FakeTokens.GitHubClassic()) + "|};"));

    [Fact]
    public Task TokenInsideNonConstantConcatenation_IsReportedOnThePiece() =>
        Reported(RuleTestSources.InMethod("var header = {|#0:" + Literal("token " + FakeTokens.GitHubClassic()) + "|} + input;"));

    [Fact]
    public Task TokenInsideNonConstantInterpolation_IsReportedOnTheTextPart() =>
        Reported(RuleTestSources.InMethod("var url = $\"{input}{|#0:?key=" + FakeTokens.GoogleApiKey() + "|}\";"));

    [Fact]
    public Task TokenSplitOverConstantConcatenation_IsReportedOnce() =>
        Reported(RuleTestSources.InMethod("const string apiToken = {|#0:\"" + FakeTokens.Stripe().Substring(0, 10) + "\" + \"" + FakeTokens.Stripe().Substring(10) + "\"|};"));

    [Fact]
    public Task VerbatimMultiLinePemKey_IsReported() =>
        Reported(RuleTestSources.InClass("const string Key = {|#0:@\"" + FakeTokens.PemPrivateKey() + "\"|};"));

    [Fact]
    public Task RawStringPemKey_IsReported() =>
        Reported(RuleTestSources.InClass("const string Pem = {|#0:\"\"\"\n" + FakeTokens.PemPrivateKey("OPENSSH ") + "\n\"\"\"|};"));

    [Fact]
    public Task Utf8Literal_IsReported() =>
        Reported(RuleTestSources.InMethod("ReadOnlySpan<byte> bytes = {|#0:" + Literal(FakeTokens.SendGrid()) + "u8|};"));

    [Fact]
    public Task TokenInAttributeArgument_IsReported() =>
        Reported(RuleTestSources.Usings + "class TokenAttribute : Attribute { public TokenAttribute(string value) { } }\n[Token({|#0:" + Literal(FakeTokens.Slack()) + "|})] class C { }");

    [Fact]
    public Task AuthorizationHeaderWithBearerToken_IsReported() =>
        Reported(RuleTestSources.InMethod("d.Add(\"Authorization\", {|#0:\"Bearer " + FakeTokens.RandomBase64(40, 4) + "\"|});"));

    [Fact]
    public Task JwtInRecordPrimaryConstructorArgument_IsReported() =>
        Reported("record Session(string Value); class C { Session S() => new Session({|#0:" + Literal(FakeTokens.Jwt()) + "|}); }");

    [Theory]
    [InlineData("apiKey")]
    [InlineData("ApiToken")]
    [InlineData("clientSecret")]
    [InlineData("signingKey")]
    [InlineData("STRIPE_KEY")]
    [InlineData("key")]
    public Task HighEntropyValueUnderKeyName_IsReported(string name) =>
        Reported(RuleTestSources.InMethod("var " + name + " = {|#0:" + Literal(FakeTokens.RandomBase64(40, name.Length)) + "|};"));

    [Theory]
    [InlineData("value")]
    [InlineData("cacheKey")]
    [InlineData("PublicKey")]
    [InlineData("hash")]
    [InlineData("correlationId")]
    public Task HighEntropyValueUnderNeutralName_IsClean(string name) =>
        Verify.VerifyAsync(RuleTestSources.InMethod("var " + name + " = " + Literal(FakeTokens.RandomBase64(40, 3)) + ";"));

    [Fact]
    public Task DocumentedAwsExampleKeys_AreNotReported() =>
        Verify.VerifyAsync(RuleTestSources.InClass("""
            const string AccessKeyId = "AKIAIOSFODNN7EXAMPLE";
            const string SecretAccessKey = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
            """));

    [Fact]
    public Task JwtIoSampleToken_IsNotReported() =>
        Verify.VerifyAsync(RuleTestSources.InClass(
            "const string Sample = \"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c\";"));

    [Fact]
    public Task GitHubTokenWithBadChecksum_IsNotReportedUnderNeutralName() =>
        Verify.VerifyAsync(RuleTestSources.InMethod("var value = " + Literal(FakeTokens.GitHubClassicBadChecksum()) + ";"));

    [Theory]
    [InlineData("var header = \"-----BEGIN RSA PRIVATE KEY-----\";")]
    [InlineData("var x = \"AKIAXXXXXXXXXXXXXXXX\";")]
    [InlineData("var x = \"sk_test_1234567890abcdefghijklmn\";")]
    [InlineData("var sql = \"SELECT * FROM users WHERE api_key = @key\";")]
    [InlineData("var apiKey = \"Ocp-Apim-Subscription-Key\";")]
    [InlineData("var token = \"access_token\";")]
    [InlineData("var tokenUrl = \"https://oauth2.googleapis.com/token\";")]
    [InlineData("var x = nameof(Console);")]
    [InlineData("var apiKey = Environment.GetEnvironmentVariable(\"API_KEY\");")]
    public Task LookalikesAndNonConstants_AreClean(string statement) =>
        Verify.VerifyAsync(RuleTestSources.InMethod(statement));

    [Fact]
    public Task EntropyThreshold_IsReadFromEditorConfig() =>
        Verify.VerifyWithEditorConfigAsync(
            RuleTestSources.InMethod("var key = " + Literal(FakeTokens.RandomBase64(40, 6)) + ";"),
            "secret_analyzers.entropy_threshold = 7.9");

    [Fact]
    public Task MessageNamesTheFormatAndMasksTheValue()
    {
        string token = FakeTokens.GitHubClassic(seed: 3);
        string masked = token.Substring(0, 4) + "\u2026" + token.Substring(36) + " (40 chars)";
        return Verify.VerifyAsync(
            RuleTestSources.InMethod("var value = {|#0:" + Literal(token) + "|};"),
            Verify.Diagnostic(RuleIdentifiers.HardcodedToken).WithLocation(0).WithArguments("GitHub personal access token", masked));
    }
}
