using System.Threading.Tasks;
using SecretAnalyzers.Tests.Rules;
using Verify = SecretAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<SecretAnalyzers.Analyzers.HardcodedSecretAnalyzer>;

namespace SecretAnalyzers.Tests.Flow;

/// <summary>A literal format argument that lands in a credential slot of a constant format string is reported at the literal.</summary>
public class FormatArgumentTests
{
    [Theory]
    [InlineData("""var cs = string.Format("Server={0};User Id=app;Password={1};", input, {|#0:"Pr0d#Db!Pass"|});""")]
    [InlineData("""var cs = string.Format("Server={0};pwd={1};", input, {|#0:"Pr0d#Db!Pass"|});""")]
    [InlineData("""var cs = string.Format(System.Globalization.CultureInfo.InvariantCulture, "Server={0};Password={1:x};", input, {|#0:"Pr0d#Db!Pass"|});""")]
    [InlineData("""var cs = string.Format("{0}={1};{2}={3};Password={4}", input, input, input, input, {|#0:"Pr0d#Db!Pass"|});""")]
    [InlineData("""var sb = new StringBuilder(); sb.AppendFormat("Server={0};Password={1}", input, {|#0:"Pr0d#Db!Pass"|});""")]
    [InlineData("""var url = string.Format("https://{0}:{1}@db.example.org/x", input, {|#0:"Pr0d#Db!Pass"|});""")]
    public Task LiteralInACredentialSlot_IsReported(string statements) =>
        Verify.VerifyAsync(RuleTestSources.InMethod(statements), Verify.Diagnostic(RuleIdentifiers.HardcodedCredential).WithLocation(0));

    [Theory]
    [InlineData("""var cs = string.Format("Server={0};User Id={1};", "db.example.org", "app");""")]
    [InlineData("""var cs = string.Format("Server={0};Password={1};", "db.example.org", input);""")]
    [InlineData("""var cs = string.Format("Password={{1}} {0}", "Pr0d#Db!Pass");""")]
    [InlineData("""var s = string.Format("{0} has password {1}", "alice", "Pr0d#Db!Pass");""")]
    [InlineData("""var f = "Password={1}"; var s = string.Format(f, input, "Pr0d#Db!Pass");""")]
    [InlineData("""var s = string.Concat("Password=", input, "Pr0d#Db!Pass");""")]
    public Task LiteralOutsideACredentialSlot_IsClean(string statements) => Verify.VerifyAsync(RuleTestSources.InMethod(statements));
}
