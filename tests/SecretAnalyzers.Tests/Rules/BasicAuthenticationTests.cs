using System.Threading.Tasks;
using SecretAnalyzers.Detection;
using Verify = SecretAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<SecretAnalyzers.Analyzers.HardcodedSecretAnalyzer>;

namespace SecretAnalyzers.Tests.Rules;

/// <summary>
/// Basic authentication built in code: the <c>user:password</c> literal that is base64-encoded into a Basic
/// authorization value is reported at the literal, with only its password part masked into the message.
/// </summary>
public class BasicAuthenticationTests
{
    internal static string InMethod(string statements) => """
        using System;
        using System.Net.Http;
        using System.Net.Http.Headers;
        using System.Text;
        class C
        {
            void M(HttpClient client, HttpRequestMessage request, string user, string input)
            {
        """ + statements + """

            }
        }
        """;

    [Theory]
    [InlineData("""client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes({|#0:"svc:B4sic-pa55"|})));""")]
    [InlineData("""client.DefaultRequestHeaders.Authorization = new("basic", Convert.ToBase64String(Encoding.UTF8.GetBytes({|#0:"svc:B4sic-pa55"|})));""")]
    [InlineData("""request.Headers.Add("Authorization", "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes({|#0:"svc:B4sic-pa55"|})));""")]
    [InlineData("""request.Headers.TryAddWithoutValidation("Authorization", $"Basic {Convert.ToBase64String(Encoding.UTF8.GetBytes({|#0:"svc:B4sic-pa55"|}))}");""")]
    [InlineData("""var header = "Authorization: Basic " + Convert.ToBase64String(Encoding.Default.GetBytes({|#0:"svc:B4sic-pa55"|}));""")]
    [InlineData("""var header = "Basic " + Convert.ToBase64String({|#0:"svc:B4sic-pa55"u8|}.ToArray());""")]
    public Task UserColonPasswordEncodedIntoBasic_IsReported(string statements) =>
        Verify.VerifyAsync(InMethod(statements), Verify.Diagnostic(RuleIdentifiers.HardcodedCredential).WithLocation(0));

    [Fact]
    public Task ThroughALocal_IsReportedAtTheLiteralWithTheSink() =>
        Verify.VerifyAsync(
            InMethod("""var pair = {|#0:"svc:B4sic-pa55"|}; var header = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes({|#1:pair|}));"""),
            Verify.Diagnostic(RuleIdentifiers.HardcodedCredential).WithLocation(0).WithLocation(1));

    [Fact]
    public Task MessageMasksOnlyThePasswordPart() =>
        Verify.VerifyAsync(
            InMethod("""var h = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes({|#0:"svc:B4sic-pa55"|})));"""),
            Verify.Diagnostic(RuleIdentifiers.HardcodedCredential).WithLocation(0)
                .WithArguments("basic authentication password", "a Basic authorization header", SecretMasker.Mask("B4sic-pa55")));

    [Theory]
    [InlineData("""var h = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes(user + ":" + input)));""")]
    [InlineData("""var h = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes("svc:")));""")] // no password
    [InlineData("""var h = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes("username:password")));""")]
    [InlineData("""var h = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes("svc:<password>")));""")]
    [InlineData("""var h = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes("svc:{0}")));""")]
    [InlineData("""var h = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes("no colon here")));""")]
    [InlineData("""var h = new AuthenticationHeaderValue("Bearer", Convert.ToBase64String(Encoding.ASCII.GetBytes("svc:B4sic-pa55")));""")] // not Basic: encoded data
    [InlineData("""var body = "Data " + Convert.ToBase64String(Encoding.UTF8.GetBytes("svc:B4sic-pa55"));""")]
    [InlineData("""var body = "NotBasic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("svc:B4sic-pa55")) + "Basic ";""")]
    [InlineData("""var encoded = Convert.ToBase64String(Encoding.UTF8.GetBytes("image:png-data-1"));""")]
    public Task NotAUserPasswordBasicValue_IsClean(string statements) => Verify.VerifyAsync(InMethod(statements));

    [Theory]
    [InlineData("svc:B4sic-pa55", true)]
    [InlineData(":pat-7Hq2xLw9Zr", true)] // an empty user name with a personal access token
    [InlineData("svc:", false)]
    [InlineData("username:password", false)] // the documentation sample
    [InlineData("admin:password", true)] // a real (weak) default
    [InlineData("svc", false)]
    [InlineData("svc:{password}", false)]
    [InlineData("svc:$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy", false)]
    public void PasswordPart_IsJudged(string value, bool found)
    {
        SecretFinding? finding = BasicCredentials.Find(value);
        Assert.Equal(found, finding is not null);
        if (finding is not null)
        {
            Assert.DoesNotContain(value.Substring(value.IndexOf(':') + 1), finding.MaskedValue);
        }
    }
}
