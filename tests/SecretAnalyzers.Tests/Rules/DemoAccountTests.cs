using System.Threading.Tasks;
using Verify = SecretAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<SecretAnalyzers.Analyzers.HardcodedSecretAnalyzer>;

namespace SecretAnalyzers.Tests.Rules;

/// <summary>
/// A password spelled like the user name beside it (quickstart accounts alice/alice, bob/bob) is a sample account; the
/// well-known default accounts (admin/admin, sa/sa) and anything that is not a plain word are still reported.
/// </summary>
public class DemoAccountTests
{
    private const string Types = """
        public class Account { public string SubjectId { get; set; } public string Username { get; set; } public string Password { get; set; } }
        public class TokenRequest { public string UserName { get; set; } public string Password { get; set; } }
        """;

    [Theory]
    [InlineData("""public class C { object A = new Account { SubjectId = "1", Username = "alice", Password = "alice" }; }""")]
    [InlineData("""public class C { object A = new Account { Password = "Bob", Username = "bob" }; }""")]
    [InlineData("""public class C { object R = new TokenRequest { UserName = "carol", Password = "carol" }; }""")]
    [InlineData("""public class C { object N = new System.Net.NetworkCredential("dave", "dave"); }""")]
    [InlineData("""public class C { object N = new System.Net.NetworkCredential(password: "erin", userName: "erin"); }""")]
    [InlineData("""public class C { object A = new Account { Username = "321", Password = "321" }; }""")]
    public Task APasswordRepeatingTheUserName_IsASampleAccount(string source) =>
        Verify.VerifyAsync(RuleTestSources.Usings + Types + source);

    [Theory]
    [InlineData("""public class C { object A = new Account { Username = "alice", Password = {|#0:"alice2024"|} }; }""")]
    [InlineData("""public class C { object A = new Account { Username = "alice", Password = {|#0:"bob"|} }; }""")]
    [InlineData("""public class C { object A = new Account { Username = "admin", Password = {|#0:"admin"|} }; }""")]
    [InlineData("""public class C { object A = new Account { SubjectId = "carol", Password = {|#0:"carol"|} }; }""")]
    [InlineData("""public class C { object N = new System.Net.NetworkCredential("sa", {|#0:"sa"|}); }""")]
    [InlineData("""public class C { object N = new System.Net.NetworkCredential("root", {|#0:"root"|}); }""")]
    [InlineData("""public class C { object N = new System.Net.NetworkCredential("dave", {|#0:"Dave!"|}); }""")]
    [InlineData("""public class C { object A = new Account { Username = "321", Password = {|#0:"3210"|} }; }""")]
    [InlineData("""public class C { object A = new Account { Username = "3-21", Password = {|#0:"3-21"|} }; }""")]
    public Task RealAndDefaultCredentials_AreStillReported(string source) =>
        Verify.VerifyAsync(RuleTestSources.Usings + Types + source, Verify.Diagnostic(RuleIdentifiers.HardcodedCredential).WithLocation(0));
}
