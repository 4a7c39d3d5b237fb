using System.Threading.Tasks;
using SecretAnalyzers.Tests.Rules;
using Verify = SecretAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<SecretAnalyzers.Analyzers.HardcodedSecretAnalyzer>;

namespace SecretAnalyzers.Tests.Flow;

/// <summary>
/// Literal pieces of a string composed at run time (Concat, Join, StringBuilder.Append, a non-constant +): a piece
/// written right after a credential key is named by that key and reported at the literal, as a constant
/// concatenation would be.
/// </summary>
public class ComposedLiteralTests
{
    private static Task Reported(string statements) =>
        Verify.VerifyAsync(RuleTestSources.InMethod(statements), Verify.Diagnostic(RuleIdentifiers.HardcodedCredential).WithLocation(0));

    private static Task Clean(string statements) => Verify.VerifyAsync(RuleTestSources.InMethod(statements));

    [Theory]
    [InlineData("""var s = string.Concat("Password=", {|#0:"Vq3!rTz8"|}, ";");""")]
    [InlineData("""var s = string.Concat("Server=", input, ";Password=", {|#0:"Vq3!rTz8"|});""")]
    [InlineData("""var s = string.Concat(new[] { "Server=db;Password=", {|#0:"Vq3!rTz8"|}, ";" });""")]
    [InlineData("""var s = string.Concat(new string[] { "Server=", input, ";Pwd=", {|#0:"Vq3!rTz8"|} });""")]
    [InlineData("""var s = string.Join("=", "Password", {|#0:"Vq3!rTz8"|});""")]
    [InlineData("""var s = string.Join("", "Server=db;", "Password=", {|#0:"Vq3!rTz8"|});""")]
    [InlineData("""var s = string.Join('=', new[] { "api_key", {|#0:"Vq3!rTz8"|} });""")]
    [InlineData("""var s = new StringBuilder().Append("Server=x;").Append("Password=").Append({|#0:"Vq3!rTz8"|}).ToString();""")]
    [InlineData("""var s = new StringBuilder("Server=x;Password=").Append({|#0:"Vq3!rTz8"|}).ToString();""")]
    [InlineData("""var s = "Server=" + input + ";Password=" + {|#0:"Vq3!rTz8"|};""")]
    [InlineData("""var s = "https://api.example.org/v1?" + input + "&api_key=" + {|#0:"Vq3!rTz8"|};""")]
    public Task PieceAfterACredentialKey_IsReportedAtTheLiteral(string statements) => Reported(statements);

    [Theory]
    [InlineData("""var s = string.Concat("Password=", input, "Vq3!rTz8");""")]
    [InlineData("""var s = string.Concat("Password: ", "Vq3!rTz8");""")]
    [InlineData("""var s = string.Concat("User=", "Vq3!rTz8");""")]
    [InlineData("""var s = string.Join(";", "Server=db", "Password=", "Vq3!rTz8");""")]
    [InlineData("""var s = string.Join(input, "Password", "Vq3!rTz8");""")]
    [InlineData("""var s = string.Concat("Password=", "<password>");""")]
    [InlineData("""var s = string.Concat("Password=", "", input);""")]
    [InlineData("""var s = string.Concat("Password=", "no-encryption");""")]
    [InlineData("""var s = input + "Password=" + "Vq3!rTz8".Length;""")]
    [InlineData("""var s = new StringBuilder().Append("Password").Append("Vq3!rTz8").ToString();""")]
    public Task PieceNotAfterACredentialKey_IsClean(string statements) => Clean(statements);

    [Fact]
    public Task WholePairInOnePiece_IsReportedOnceByItsValue() =>
        Verify.VerifyAsync(
            RuleTestSources.InMethod("""var s = string.Join(";", "Server=db", {|#0:"Password=Vq3!rTz8"|});"""),
            Verify.Diagnostic(RuleIdentifiers.ConnectionStringWithCredentials).WithLocation(0));
}
