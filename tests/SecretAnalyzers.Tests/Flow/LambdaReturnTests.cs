using System.Threading.Tasks;
using SecretAnalyzers.Tests.Detection;
using SecretAnalyzers.Tests.Rules;
using Verify = SecretAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<SecretAnalyzers.Analyzers.HardcodedSecretAnalyzer>;

namespace SecretAnalyzers.Tests.Flow;

/// <summary>
/// A literal returned by a lambda, anonymous method, local function or expression-bodied member is named by what
/// returns it: the member, or the delegate the lambda becomes (a trailing Provider/Factory/… word dropped).
/// </summary>
public class LambdaReturnTests
{
    private const string Members = """
        public Func<string> PasswordProvider { get; set; }
        public Func<int, string> TokenFactory { get; set; }
        public Func<string> PasswordPrompt { get; set; }
        void Configure(Func<string> passwordFactory) { }
        void Use(Func<string> selector) { }

        """;

    private static Task InClass(string members, params Microsoft.CodeAnalysis.Testing.DiagnosticResult[] expected) =>
        Verify.VerifyAsync(RuleTestSources.InClass(Members + members), expected);

    [Theory]
    [InlineData("""void M() { Func<string> getPassword = () => {|#0:"Vq3!rTz8"|}; }""")]
    [InlineData("""void M() { Func<string> adminPassword = delegate { return {|#0:"Vq3!rTz8"|}; }; }""")]
    [InlineData("""void M() { Func<string> getPassword = () => { return {|#0:"Vq3!rTz8"|}; }; }""")]
    [InlineData("""void M() { PasswordProvider = () => {|#0:"Vq3!rTz8"|}; }""")]
    [InlineData("""void M() => Configure(() => {|#0:"Vq3!rTz8"|});""")]
    [InlineData("""void M() { string GetPassword() => {|#0:"Vq3!rTz8"|}; }""")]
    [InlineData("""string GetPassword() => {|#0:"Vq3!rTz8"|};""")]
    [InlineData("""string Password { get { return {|#0:"Vq3!rTz8"|}; } }""")]
    public Task LiteralReturnedUnderACredentialName_IsReported(string members) =>
        InClass(members, Verify.Diagnostic(RuleIdentifiers.HardcodedCredential).WithLocation(0));

    [Fact]
    public Task TokenFactoryOfAnOptionsObject_ReturnsAToken() =>
        InClass(
            "void M(C options) { options.TokenFactory = _ => {|#0:\"" + FakeTokens.RandomAlnum(32, 21) + "\"|}; }",
            Verify.Diagnostic(RuleIdentifiers.HardcodedToken).WithLocation(0));

    [Theory]
    [InlineData("""void M() { Func<string> getLabel = () => "Vq3!rTz8"; }""")]
    [InlineData("""void M() { PasswordPrompt = () => "Vq3!rTz8"; }""")]
    [InlineData("""void M() { PasswordProvider = () => "Enter your password please"; }""")]
    [InlineData("""void M() => Use(() => "Vq3!rTz8");""")]
    [InlineData("""string GetPassword() { Func<string> label = () => "Vq3!rTz8"; return label(); }""")]
    [InlineData("""void M(C options) { options.TokenFactory = _ => "theme-music"; }""")]
    public Task LiteralReturnedUnderAnotherName_IsClean(string members) => InClass(members);
}
