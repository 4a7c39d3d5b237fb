using System.Threading.Tasks;
using SecretAnalyzers.Detection;
using SecretAnalyzers.Tests.Rules;
using Verify = SecretAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<SecretAnalyzers.Analyzers.HardcodedSecretAnalyzer>;

namespace SecretAnalyzers.Tests.Flow;

/// <summary>
/// A secret const reported by its own name where it is declared is not reported again where a constant composed from
/// it (a Basic pair, a connection string) is used: one secret, one finding. A neutral const is still reported where
/// it is composed, because nothing else reports it.
/// </summary>
public class ComposedConstantDeclarationTests
{
    private static string WithConsts(string consts, string statements) =>
        BasicAuthenticationTests.InMethod(statements).Replace("class C\n{", "class C\n{\n" + consts);

    [Theory]
    [InlineData("""const string ApiUser = "integration"; const string ApiPassword = {|#0:"Hq8#vRt2Lm"|};""",
        """var h = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(ApiUser + ":" + ApiPassword)));""")]
    [InlineData("""const string ApiUser = "integration"; const string ApiPassword = {|#0:"Hq8#vRt2Lm"|};""",
        """var h = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{ApiUser}:{ApiPassword}")));""")]
    [InlineData("""const string DbPassword = {|#0:"Hq8#vRt2Lm"|}; const string Cs = "Server=db;User Id=app;Password=" + DbPassword + ";";""",
        """var s = Cs;""")]
    public Task SecretConstReportedByName_IsReportedOnceAtItsDeclaration(string consts, string statements) =>
        Verify.VerifyAsync(WithConsts(consts, statements), Verify.Diagnostic(RuleIdentifiers.HardcodedCredential).WithLocation(0));

    [Fact]
    public Task NeutralConstComposedIntoABasicPair_IsStillReportedWhereComposed() =>
        Verify.VerifyAsync(
            WithConsts(
                """const string ApiUser = "integration"; const string Fallback = "Hq8#vRt2Lm";""",
                """var h = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes({|#0:ApiUser + ":" + Fallback|})));"""),
            Verify.Diagnostic(RuleIdentifiers.HardcodedCredential).WithLocation(0));

    [Fact]
    public Task NeutralConstComposedIntoAConnectionString_IsStillReportedWhereComposed() =>
        Verify.VerifyAsync(
            WithConsts(
                """const string Fallback = "Hq8#vRt2Lm"; const string Cs = {|#0:"Server=db;User Id=app;Password=" + Fallback|};""",
                """var s = Cs;"""),
            Verify.Diagnostic(RuleIdentifiers.ConnectionStringWithCredentials).WithLocation(0));
}
