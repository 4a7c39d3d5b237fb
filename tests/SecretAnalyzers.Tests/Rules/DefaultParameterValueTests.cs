using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Verify = SecretAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<SecretAnalyzers.Analyzers.HardcodedSecretAnalyzer>;

namespace SecretAnalyzers.Tests.Rules;

/// <summary>
/// A secret in a default parameter value is one secret: reported at its literal, never again at the call sites that
/// rely on the default (the compiler passes the constant there, but there is nothing to fix at the call).
/// </summary>
public class DefaultParameterValueTests
{
    private static DiagnosticResult Credential(int location) =>
        Verify.Diagnostic(RuleIdentifiers.HardcodedCredential).WithLocation(location);

    [Fact]
    public Task MethodDefault_IsReportedOnce_NotAtCallSites() =>
        Verify.VerifyAsync(
            RuleTestSources.InClass("""
                static void Connect(string host, string password = {|#0:"hunter2!"|}) { }
                void M() { Connect("db"); Connect("db2"); Connect(host: "db3"); }
                """),
            Credential(0));

    [Fact]
    public Task RecordPrimaryConstructorDefault_IsReportedOnce() =>
        Verify.VerifyAsync(
            RuleTestSources.Usings + """
                record SmtpOptions(string Host, string Password = {|#0:"hunter2!"|});
                class C
                {
                    SmtpOptions A() => new SmtpOptions("smtp");
                    SmtpOptions B() => new("smtp2");
                }
                """,
            Credential(0));

    [Fact]
    public Task ClassPrimaryConstructorAndDerivedCall_AreReportedOnce() =>
        Verify.VerifyAsync(
            RuleTestSources.Usings + """
                class Client(string apiKey = {|#0:"k3y-v4lue-123"|}) { public string Key => apiKey; }
                class Derived() : Client();
                class C { Client A() => new Client(); }
                """,
            Credential(0));

    [Fact]
    public Task ConstructorDefault_IsReportedOnce_NotAtObjectCreations() =>
        Verify.VerifyAsync(
            RuleTestSources.Usings + """
                class Smtp { public Smtp(string host, string password = {|#0:"hunter2!"|}) { } }
                class C { Smtp A() => new Smtp("a"); Smtp B() => new("b"); }
                """,
            Credential(0));

    [Fact]
    public Task ExplicitArgumentAtCallSite_IsStillReported() =>
        Verify.VerifyAsync(
            RuleTestSources.InClass("""
                static void Connect(string host, string password = {|#0:"hunter2!"|}) { }
                void M() { Connect("db"); Connect("db", {|#1:"0ther-pa55!"|}); }
                """),
            Credential(0),
            Credential(1));

    [Fact]
    public Task NeutralConstAsDefault_IsReportedOnceAtItsLiteral() =>
        // Value flow reports a secret once, at its literal (where the fix applies), with the default as the sink.
        Verify.VerifyAsync(
            RuleTestSources.InClass("""
                const string Fallback = {|#1:"hunter2!"|};
                static void Connect(string host, string password = {|#0:Fallback|}) { }
                void M() { Connect("db"); Connect("db2"); }
                """),
            Credential(1).WithLocation(0));

    [Fact]
    public Task DefaultWithoutSecret_IsClean() =>
        Verify.VerifyAsync(RuleTestSources.InClass("""
            static void Connect(string host, string mode = "fast-and-loose") { }
            void M() { Connect("db"); }
            """));
}
