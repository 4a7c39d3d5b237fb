using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using SecretAnalyzers.Tests.Detection;
using SecretAnalyzers.Tests.Rules;
using Verify = SecretAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<SecretAnalyzers.Analyzers.HardcodedSecretAnalyzer>;

namespace SecretAnalyzers.Tests.Flow;

/// <summary>
/// Elements of a collection named like credentials (issue 10): each literal element is judged as if stored under
/// the singular name, with that name's decisions. Dictionaries stay named by their key.
/// </summary>
public class CollectionElementTests
{
    private static readonly DiagnosticResult First = Verify.Diagnostic(RuleIdentifiers.HardcodedCredential).WithLocation(0);

    private static Task InMethod(string statements, params DiagnosticResult[] expected) =>
        Verify.VerifyAsync(RuleTestSources.InMethod(statements), expected);

    [Theory]
    [InlineData("""List<string> passwords = [{|#0:"Vq3!rTz8"|}];""")]
    [InlineData("""string[] adminPasswords = [{|#0:"Vq3!rTz8"|}];""")]
    [InlineData("""var passwords = new[] { {|#0:"Vq3!rTz8"|} };""")]
    [InlineData("""string[] DB_PASSWORDS = { {|#0:"Vq3!rTz8"|} };""")]
    [InlineData("""var passwords = new List<string> { {|#0:"Vq3!rTz8"|} };""")]
    [InlineData("""HashSet<string> passphrases = new() { {|#0:"Vq3!rTz8"|} };""")]
    [InlineData("""var passwords = new List<string>(); passwords.Add({|#0:"Vq3!rTz8"|});""")]
    [InlineData("""ICollection<string> credentials = new List<string>(); credentials.Add({|#0:"Vq3!rTz8"|});""")]
    public Task ElementOfACredentialCollection_IsReported(string statements) => InMethod(statements, First);

    [Fact]
    public Task EveryElement_IsReportedOnItsOwn() =>
        InMethod(
            """List<string> passwords = [{|#0:"Vq3!rTz8"|}, {|#1:"Kd9$wLp2"|}];""",
            First,
            Verify.Diagnostic(RuleIdentifiers.HardcodedCredential).WithLocation(1));

    [Fact]
    public Task ElementOfAKeyCollection_IsATokenFinding() =>
        InMethod(
            "List<string> apiKeys = [{|#0:\"" + FakeTokens.RandomBase64(40, 17) + "\"|}];",
            Verify.Diagnostic(RuleIdentifiers.HardcodedToken).WithLocation(0));

    [Fact]
    public Task MembersHoldingCredentialCollections_AreReported() =>
        Verify.VerifyAsync(
            RuleTestSources.InClass("""
                private readonly List<string> _passwords = new() { {|#0:"Vq3!rTz8"|} };
                public ICollection<string> AdminPasswords { get; } = new List<string>();
                public IEnumerable<string> Passphrases => [{|#1:"Kd9$wLp2"|}];
                void M() => AdminPasswords.Add({|#2:"Wm4%yQs7"|});
                """),
            First,
            Verify.Diagnostic(RuleIdentifiers.HardcodedCredential).WithLocation(1),
            Verify.Diagnostic(RuleIdentifiers.HardcodedCredential).WithLocation(2));

    [Theory]
    [InlineData("""List<string> passwords = ["changeme", "<your-password>", "********", "password"];""")]
    [InlineData("""var secrets = new List<string> { "db-password", "api-key", "smtp-password" };""")]
    [InlineData("""var tokens = new List<string>(); tokens.Add("SELECT"); tokens.Add("=>"); tokens.Add("while");""")]
    [InlineData("""List<string> apiKeys = ["theme-music", "ApiKeyHeader"];""")]
    [InlineData("""var names = new List<string> { "Vq3!rTz8" }; names.Add("Kd9$wLp2");""")]
    [InlineData("""List<string> passwordRules = ["Vq3!rTz8"];""")]
    [InlineData("""var passwordHashes = new List<string>(); passwordHashes.Add("Vq3!rTz8");""")]
    [InlineData("""var passwords = new PasswordChecker(); passwords.Add("Vq3!rTz8");""")]
    public Task ElementsThatAreNotSecrets_AreClean(string statements) =>
        Verify.VerifyAsync(RuleTestSources.InMethod(statements) + "class PasswordChecker { public void Add(string rule) { } }");

    [Fact]
    public Task DictionaryEntry_IsReportedOnceByItsKey() =>
        InMethod("""var d2 = new Dictionary<string, string> { { "password", {|#0:"Vq3!rTz8"|} }, { "user", "admin" } };""", First);

    [Fact]
    public Task PluralKeyInsideAString_StaysACollection() =>
        InMethod("""string yaml = "secrets: 3"; string json = "{\"passwords\": \"Vq3!rTz8\"}";""");

    [Theory]
    [InlineData("""List<string> passwordList = new() { {|#0:"Vq3!rTz8"|} };""")]
    [InlineData("""string[] passwordArr = [{|#0:"Vq3!rTz8"|}];""")]
    [InlineData("""HashSet<string> credentialSet = new() { {|#0:"Vq3!rTz8"|} };""")]
    [InlineData("""string[] PasswordsToTry = { {|#0:"Vq3!rTz8"|} };""")]
    [InlineData("""var passwordsForReset = new List<string>(); passwordsForReset.Add({|#0:"Vq3!rTz8"|});""")]
    [InlineData("""var ADMIN_PASSWORD_LIST = new[] { {|#0:"Vq3!rTz8"|} };""")]
    [InlineData("""var passwordCollection = new List<string>(); passwordCollection.Add({|#0:"Vq3!rTz8"|});""")]
    public Task ElementOfACollectionWordName_IsReported(string statements) => InMethod(statements, First);

    [Theory]
    [InlineData("""var secretsByEnv = new Dictionary<string, string> { ["prod"] = {|#0:"Vq3!rTz8"|} };""")]
    [InlineData("""var passwordsByUser = new Dictionary<string, string> { { "alice", {|#0:"Vq3!rTz8"|} } };""")]
    [InlineData("""var passwordsPerUser = new Dictionary<string, string>(); passwordsPerUser["alice"] = {|#0:"Vq3!rTz8"|};""")]
    [InlineData("""var passwordsByUser = new Dictionary<string, string>(); passwordsByUser.Add("bob", {|#0:"Vq3!rTz8"|});""")]
    public Task EntryOfADictionaryKeyedBySomethingElse_IsNamedByTheDictionary(string statements) => InMethod(statements, First);

    [Theory]
    [InlineData("""string[] PasswordListLabel = { "Vq3!rTz8" };""")] // the last word decides
    [InlineData("""List<string> TokenTypes = ["Vq3!rTz8"];""")]
    [InlineData("""var tokenizerList = new List<string> { "Vq3!rTz8" };""")]
    [InlineData("""var passwordRulesList = new List<string> { "Vq3!rTz8" };""")]
    [InlineData("""var credentials = new Dictionary<string, string> { ["username"] = "Vq3!rTz8" };""")] // named by the key only
    [InlineData("""var settingsByEnv = new Dictionary<string, string> { ["prod"] = "Vq3!rTz8" };""")]
    [InlineData("""var passwordsByUser = new Dictionary<string, string> { ["alice"] = "changeme" };""")]
    [InlineData("""var secretsByEnv = new Dictionary<string, string> { ["prod"] = "prod-db-secret" };""")]
    [InlineData("""string passwordList = "Vq3!rTz8";""")] // one value, not an element
    public Task NotACredentialElement_IsClean(string statements) => InMethod(statements);
}
