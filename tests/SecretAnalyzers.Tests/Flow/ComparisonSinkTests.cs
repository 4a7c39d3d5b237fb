using System.Threading.Tasks;
using SecretAnalyzers.Tests.Rules;
using Verify = SecretAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<SecretAnalyzers.Analyzers.HardcodedSecretAnalyzer>;

namespace SecretAnalyzers.Tests.Flow;

/// <summary>A value compared with a credential-named expression is a credential, whatever form the comparison takes.</summary>
public class ComparisonSinkTests
{
    private static Task Reported(string statements) =>
        Verify.VerifyAsync(RuleTestSources.InMethod(statements), Verify.Diagnostic(RuleIdentifiers.HardcodedCredential).WithLocation(0));

    [Theory]
    [InlineData("""bool ok = password == {|#0:"hunter2!"|};""")]
    [InlineData("""bool ok = {|#0:"hunter2!"|} != password;""")]
    [InlineData("""bool ok = password.Equals({|#0:"hunter2!"|}, StringComparison.Ordinal);""")]
    [InlineData("""bool ok = {|#0:"hunter2!"|}.Equals(password);""")]
    [InlineData("""bool ok = string.Equals({|#0:"hunter2!"|}, password, StringComparison.OrdinalIgnoreCase);""")]
    [InlineData("""bool ok = object.Equals(password, {|#0:"hunter2!"|});""")]
    [InlineData("""bool ok = string.Compare(password, {|#0:"hunter2!"|}, StringComparison.Ordinal) == 0;""")]
    [InlineData("""bool ok = string.Compare({|#0:"hunter2!"|}, password, true) == 0;""")]
    [InlineData("""bool ok = string.CompareOrdinal(password, {|#0:"hunter2!"|}) == 0;""")]
    [InlineData("""bool ok = StringComparer.Ordinal.Equals(password, {|#0:"hunter2!"|});""")]
    [InlineData("""bool ok = StringComparer.OrdinalIgnoreCase.Equals({|#0:"hunter2!"|}, password);""")]
    [InlineData("""bool ok = StringComparer.InvariantCulture.Compare(password, {|#0:"hunter2!"|}) == 0;""")]
    [InlineData("""bool ok = EqualityComparer<string>.Default.Equals(password, {|#0:"hunter2!"|});""")]
    [InlineData("""var o = new Options(); bool ok = o.Password == {|#0:"hunter2!"|};""")]
    [InlineData("""bool ok = password is {|#0:"hunter2!"|};""")]
    [InlineData("""bool ok = password is not {|#0:"hunter2!"|};""")]
    [InlineData("""bool ok = password is ({|#0:"hunter2!"|});""")]
    [InlineData("""switch (password) { case {|#0:"hunter2!"|}: break; }""")]
    [InlineData("""switch (password) { case {|#0:"hunter2!"|} when input != null: break; }""")]
    [InlineData("""int r = password switch { {|#0:"hunter2!"|} => 1, _ => 0 };""")]
    [InlineData("""var o = new Options(); bool ok = o is { Password: {|#0:"hunter2!"|} };""")]
    public Task ComparisonWithCredential_IsReported(string statements) => Reported(statements);

    [Fact]
    public Task PatternAlternatives_AreEachReported() =>
        Verify.VerifyAsync(
            RuleTestSources.InMethod("""bool ok = password is {|#0:"hunter2!"|} or {|#1:"s3cond!!"|};"""),
            Verify.Diagnostic(RuleIdentifiers.HardcodedCredential).WithLocation(0),
            Verify.Diagnostic(RuleIdentifiers.HardcodedCredential).WithLocation(1));

    [Fact]
    public Task ComparisonWithAFollowedLocal_IsReportedAtItsLiteral() =>
        Verify.VerifyAsync(
            RuleTestSources.InMethod("""var expected = {|#0:"hunter2!"|}; bool ok = StringComparer.Ordinal.Equals(password, {|#1:expected|});"""),
            Verify.Diagnostic(RuleIdentifiers.HardcodedCredential).WithLocation(0).WithLocation(1));

    [Theory]
    [InlineData("""bool ok = input == "hunter2!";""")]
    [InlineData("""bool ok = input.Equals("hunter2!", StringComparison.Ordinal);""")]
    [InlineData("""bool ok = string.Equals(input, "hunter2!", StringComparison.Ordinal);""")]
    [InlineData("""bool ok = string.Compare(input, "hunter2!", StringComparison.Ordinal) == 0;""")]
    [InlineData("""bool ok = StringComparer.Ordinal.Equals(input, "hunter2!");""")]
    [InlineData("""bool ok = EqualityComparer<string>.Default.Equals(input, "hunter2!");""")]
    [InlineData("""bool ok = input is "hunter2!";""")]
    [InlineData("""switch (input) { case "hunter2!": break; }""")]
    [InlineData("""int r = input switch { "hunter2!" => 1, _ => 0 };""")]
    [InlineData("""bool ok = password == "";""")]
    [InlineData("""bool ok = password.Equals(null);""")]
    [InlineData("""bool ok = password is "password";""")]
    [InlineData("""bool ok = StringComparer.Ordinal.Equals(password, input);""")]
    [InlineData("""bool ok = password.Length == "hunter2!".Length;""")]
    public Task ComparisonWithoutCredential_IsClean(string statements) => Verify.VerifyAsync(RuleTestSources.InMethod(statements));

    [Theory]
    [InlineData("""bool ok = password == "no-encryption";""")]
    [InlineData("""bool ok = password != "none";""")]
    [InlineData("""bool ok = password != "None";""")]
    [InlineData("""bool ok = password == "disabled";""")]
    [InlineData("""bool ok = string.Equals(password, "not_set", StringComparison.Ordinal);""")]
    [InlineData("""bool ok = "use-agent".Equals(password);""")]
    [InlineData("""bool ok = password is "no-password" or "default";""")]
    [InlineData("""switch (password) { case "prompt-user": break; }""")]
    [InlineData("""int r = password switch { "ask.user" => 1, _ => 0 };""")]
    public Task ComparisonWithASentinelWord_IsClean(string statements) => Verify.VerifyAsync(RuleTestSources.InMethod(statements));

    [Theory]
    [InlineData("""bool ok = password == {|#0:"Adm1n!2024"|};""")]
    [InlineData("""bool ok = password != {|#0:"letmein"|};""")]
    [InlineData("""bool ok = password == {|#0:"no-encrypt1on"|};""")]
    [InlineData("""bool ok = password is {|#0:"Correct-Horse"|};""")]
    public Task ComparisonWithAPassword_IsStillReported(string statements) => Reported(statements);

    [Fact]
    public Task SentinelSlugStoredUnderACredentialName_IsStillReported() =>
        Reported("""d["passphrase"] = {|#0:"no-encryption"|};""");
}
