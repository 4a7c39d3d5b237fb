using System.Threading.Tasks;
using SecretAnalyzers.Tests.Rules;
using Verify = SecretAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<SecretAnalyzers.Analyzers.HardcodedSecretAnalyzer>;

namespace SecretAnalyzers.Tests.Flow;

/// <summary>
/// <c>B = A</c> initializers: a single-value member initialized from another one carries that one's literal. In the
/// same type the finding is at the literal (#0) with the read (#1); across types it is at B's initializer (#0), with
/// the read (#1) and the literal (#2).
/// </summary>
public class MemberChainFlowTests
{
    private static Task Flows(string members) =>
        Verify.VerifyAsync(RuleTestSources.InClass(members), Verify.Diagnostic(RuleIdentifiers.HardcodedCredential).WithLocation(0).WithLocation(1));

    private static Task Clean(string members) => Verify.VerifyAsync(RuleTestSources.InClass(members));

    [Theory]
    [InlineData("""const string A = {|#0:"hunter2!"|}; static readonly string B = A; void M() => Login("admin", {|#1:B|});""")]
    [InlineData("""const string A = {|#0:"hunter2!"|}; const string B = A; void M() => Login("admin", {|#1:B|});""")]
    [InlineData("""static readonly string A = {|#0:"hunter2!"|}; static string B { get; } = A; void M() => Login("admin", {|#1:B|});""")]
    [InlineData("""static readonly string A = {|#0:"hunter2!"|}; static readonly string B = C.A; static readonly string D = B; void M() => Login("admin", {|#1:D|});""")]
    [InlineData("""const string A = {|#0:"hunter2!"|}; static readonly string B = A; void M() { var x = B; Login("admin", {|#1:x|}); }""")]
    [InlineData("""const string A = {|#0:"hunter2!"|}; static readonly string B = A; string Cs() => "Server=db;Password=" + {|#1:B|};""")]
    public Task ChainInOneType_IsReportedAtTheLiteral(string members) => Flows(members);

    [Fact]
    public Task LiteralReadDirectlyAndThroughAChain_IsReportedOnce() =>
        Flows("""
            static readonly string A = {|#0:"hunter2!"|};
            static readonly string B = A;
            void M() { Login("admin", {|#1:A|}); Login("root", B); }
            """);

    [Fact]
    public Task ChainFromAnotherType_IsReportedAtTheInitializer() =>
        Verify.VerifyAsync(
            RuleTestSources.Usings + """
                static class Defaults { public const string Value = {|#2:"hunter2!"|}; }
                class C
                {
                    private static readonly string Fallback = {|#0:Defaults.Value|};
                    void Login(string user, string password) { }
                    void M() => Login("admin", {|#1:Fallback|});
                }
                """,
            Verify.Diagnostic(RuleIdentifiers.HardcodedCredential).WithLocation(0).WithLocation(1).WithLocation(2)
                .WithArguments("password", "password via Fallback", "*** (8 chars)"));

    [Fact]
    public Task CredentialNamedRoot_IsReportedOnceAtItsDefinition() =>
        Verify.VerifyAsync(
            RuleTestSources.InClass("""const string AdminPassword = {|#0:"hunter2!"|}; static readonly string B = AdminPassword; void M() => Login("admin", B);"""),
            Verify.Diagnostic(RuleIdentifiers.HardcodedCredential).WithLocation(0));

    [Theory]
    [InlineData("""static readonly string A = B; static readonly string B = A; void M() => Login("admin", B);""")]
    [InlineData("""static readonly string A = "hunter2!"; static readonly string B = A; static C() { A = System.Environment.UserName; } void M() => Login("admin", B);""")]
    [InlineData("""public static string A = "hunter2!"; static readonly string B = A; void M() => Login("admin", B);""")]
    [InlineData("""const string A = "hunter2!"; public static string B = A; void M() => Login("admin", B);""")]
    [InlineData("""const string A = "hunter2!"; static readonly string B = A; void M() => Login(B, "");""")]
    [InlineData("""const string A = "no-encryption"; static readonly string B = A; void M() => Login("admin", B);""")]
    [InlineData("""static readonly string B = string.Empty; void M() => Login("admin", B);""")]
    public Task ChainThatIsNotASingleValueSecret_IsClean(string members) => Clean(members);

    [Fact]
    public Task AmbiguousTypeName_IsNotFollowed() =>
        Verify.VerifyAsync(RuleTestSources.Usings + """
            namespace A { static class Defaults { public const string Value = "hunter2!"; } }
            namespace B { static class Defaults { public const string Value = "other-value-1"; } }
            namespace N
            {
                using A;
                class C
                {
                    private static readonly string Fallback = Defaults.Value;
                    void Login(string user, string password) { }
                    void M() => Login("admin", Fallback);
                }
            }
            """);
}
