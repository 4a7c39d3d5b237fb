using System.Threading.Tasks;
using SecretAnalyzers.Detection;
using Verify = SecretAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<SecretAnalyzers.Analyzers.HardcodedSecretAnalyzer>;

namespace SecretAnalyzers.Tests.Rules;

/// <summary>
/// A <c>user:password</c> pair composed at run time (<c>+</c>, interpolation, <c>string.Format</c>) and encoded into a
/// Basic authorization value: the password part is reported at its literal (through a local: at the literal, with
/// the read as additional location); the user part alone is not a secret.
/// </summary>
public class ComposedBasicPairTests
{
    private static string InMethod(string statements) => BasicAuthenticationTests.InMethod(statements);

    private static Task Reported(string statements) =>
        Verify.VerifyAsync(InMethod(statements), Verify.Diagnostic(RuleIdentifiers.HardcodedCredential).WithLocation(0));

    [Theory]
    [InlineData("""client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes(user + ":" + {|#0:"Hq8#vRt2Lm"|})));""")]
    [InlineData("""client.DefaultRequestHeaders.Authorization = new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(string.Concat(user, ":", {|#0:"Hq8#vRt2Lm"|}))));""")]
    [InlineData("""request.Headers.Add("Authorization", "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(string.Format("{0}:{1}", user, {|#0:"Hq8#vRt2Lm"|}))));""")]
    [InlineData("""var header = $"Basic {Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}{|#0::Hq8#vRt2Lm|}"))}";""")]
    [InlineData("""const string ServiceUser = "integration"; var header = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes({|#0:ServiceUser + ":" + "Hq8#vRt2Lm"|} + input));""")] // the constant part is judged as a pair
    public Task PasswordLiteralAfterTheColon_IsReported(string statements) => Reported(statements);

    [Fact]
    public Task PasswordLocalAfterTheColon_IsReportedAtItsLiteralWithTheRead() =>
        Verify.VerifyAsync(
            InMethod("""
                var who = "integration";
                var value = {|#0:"Hq8#vRt2Lm"|};
                client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes($"{who}:{{|#1:value|}}")));
                """),
            Verify.Diagnostic(RuleIdentifiers.HardcodedCredential).WithLocation(0).WithLocation(1)
                .WithArguments(BasicCredentials.Description, "a Basic authorization header via value", SecretMasker.Mask("Hq8#vRt2Lm")));

    [Fact]
    public Task EncodedValueHeldInALocal_IsStillBasic() =>
        Reported("""
            var encoded = Convert.ToBase64String(Encoding.UTF8.GetBytes({|#0:"svc:B4sic-pa55"|}));
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", encoded);
            """);

    [Fact]
    public Task PairAndEncodedValueBothInLocals_IsReportedAtThePasswordLiteral() =>
        Verify.VerifyAsync(
            InMethod("""
                var p = {|#0:"Hq8#vRt2Lm"|};
                var encoded = Convert.ToBase64String(Encoding.UTF8.GetBytes(user + ":" + {|#1:p|}));
                request.Headers.Authorization = new AuthenticationHeaderValue("Basic", encoded);
                """),
            Verify.Diagnostic(RuleIdentifiers.HardcodedCredential).WithLocation(0).WithLocation(1));

    [Theory]
    [InlineData("""var h = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes("integration" + ":" + input)));""")] // the user part alone
    [InlineData("""var who = "integration-svc"; var h = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes(who + ":" + input)));""")]
    [InlineData("""var h = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes(user + ":" + "<password>")));""")]
    [InlineData("""var h = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes($"{user}:{input}")));""")]
    [InlineData("""var h = new AuthenticationHeaderValue("Bearer", Convert.ToBase64String(Encoding.ASCII.GetBytes(user + ":" + "Hq8#vRt2Lm")));""")] // not Basic
    [InlineData("""var body = "Data " + Convert.ToBase64String(Encoding.UTF8.GetBytes(user + ":" + "Hq8#vRt2Lm"));""")]
    [InlineData("""var tag = user + ":" + "Hq8#vRt2Lm";""")] // a pair never encoded
    [InlineData("""var h = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes("Hq8#vRt2Lm" + ":" + input)));""")] // before the colon: a user name
    [InlineData("""var encoded = Convert.ToBase64String(Encoding.UTF8.GetBytes("svc:B4sic-pa55")); var h = new AuthenticationHeaderValue("Bearer", encoded);""")]
    public Task NotAPasswordOfABasicPair_IsClean(string statements) => Verify.VerifyAsync(InMethod(statements));
}
