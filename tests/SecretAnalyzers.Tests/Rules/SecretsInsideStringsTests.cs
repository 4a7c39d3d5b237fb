using System.Threading.Tasks;
using Verify = SecretAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<SecretAnalyzers.Analyzers.HardcodedSecretAnalyzer>;

namespace SecretAnalyzers.Tests.Rules;

/// <summary>Issue 10 item 4 through the analyzer: pairs inside any literal, escapes, credentials split over lines.</summary>
public class SecretsInsideStringsTests
{
    private static Task Reported(string statement) =>
        Verify.VerifyAsync(RuleTestSources.InMethod(statement), Verify.Diagnostic(RuleIdentifiers.ConnectionStringWithCredentials).WithLocation(0));

    private static Task Clean(string statement) => Verify.VerifyAsync(RuleTestSources.InMethod(statement));

    [Theory]
    [InlineData("""var url = {|#0:"https://api.example.org/v1/items?api_key=Zq8rT2mX9vLk4WpN&limit=10"|};""")]
    [InlineData("""var yaml = {|#0:"smtp:\n  user: mailer\n  password: Tr0ub4dor3\n"|};""")]
    [InlineData("""var args = {|#0:"--user root --password Tr0ub4dor3"|};""")]
    [InlineData("""var json = {|#0:@"{""user"": ""app"", ""password"": ""Tr0ub4dor3""}"|};""")]
    [InlineData("""var banner = {|#0:"\e[1mPassword=Tr0ub4dor3;Server=db"|};""")]
    [InlineData("""var banner = {|#0:"\u001b[1mPassword=Tr0ub4dor3;Server=db"|};""")]
    [InlineData("""var header = {|#0:"Authorization: Basic YWRtaW46VHIwdWI0ZG9yMw=="|};""")]
    public Task PairsInsideStrings_AreReported(string statement) => Reported(statement);

    [Fact]
    public Task CredentialSplitOverConcatenatedLines_IsReportedOnce() =>
        Reported("var cs = {|#0:\"Server=db;\" +\n    \"User Id=sa;\" +\n    \"Password=\" +\n    \"Tr0ub4dor3;\"|};");

    [Fact]
    public Task CredentialSplitBeforeAVariable_IsReportedOnTheConstantPart() =>
        Reported("var cs = {|#0:\"--password \" +\n    \"Tr0ub4dor3\"|} + input;");

    [Theory]
    [InlineData("""var url = $"https://host/items?token={input}&page=2";""")]
    [InlineData("""var help = "-p, --password PASSWORD   the password to use";""")]
    [InlineData("""var message = "Password: must be at least 8 characters";""")]
    [InlineData("""var html = "<input type=\"password\" autocomplete=\"current-password\">";""")]
    [InlineData("""var sql = "SELECT id FROM users WHERE password = @password";""")]
    [InlineData("""var header = "WWW-Authenticate: Basic realm=\"api\"";""")]
    public Task ProseAndPlaceholders_AreClean(string statement) => Clean(statement);
}
