using System.Threading;
using System.Threading.Tasks;
using SecretAnalyzers.Tests.Detection;
using Verify = SecretAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<SecretAnalyzers.Analyzers.CommentSecretAnalyzer>;

namespace SecretAnalyzers.Tests.Rules;

/// <summary>SEC0004: high-confidence secrets in comments, XML docs and disabled regions; prose and examples stay clean.</summary>
public class SEC0004SecretInCommentTests
{
    private static Task Reported(string source) =>
        Verify.VerifyAsync(source, Verify.Diagnostic(RuleIdentifiers.SecretInComment).WithLocation(0));

    private static Task Clean(string source) => Verify.VerifyAsync(source);

    [Fact]
    public Task TokenInALineComment() =>
        Reported("class C\n{\n    // old token, do not use: {|#0:" + FakeTokens.GitHubClassic() + "|}\n    void M() { }\n}\n");

    [Fact]
    public Task TokenInABlockComment() =>
        Reported("/* Slack bot: {|#0:" + FakeTokens.Slack() + "|} */\nclass C { }\n");

    [Fact]
    public Task TrailingCommentAfterCode() =>
        Reported("class C\n{\n    int x = 1; // key {|#0:" + FakeTokens.Stripe() + "|}\n}\n");

    [Fact]
    public Task UriWithPasswordInXmlDoc() =>
        Reported("/// <summary>Connects with postgres://app:{|#0:Tr0ub4dor3|}@db/app.</summary>\nclass C { }\n");

    [Fact]
    public Task PasswordPairInAComment() =>
        Reported("class C\n{\n    // Server=db;User Id=sa;Password={|#0:S3cr3t!Pa55|};\n}\n");

    [Fact]
    public Task TokenInDisabledCode() =>
        Reported("class C\n{\n#if false\n    const string Key = \"{|#0:" + FakeTokens.GitLab() + "|}\";\n#endif\n}\n");

    [Fact]
    public Task PemKeySplitOverLineComments()
    {
        string commented = FakeTokens.PemPrivateKey().Replace("\n", "\n    // ", System.StringComparison.Ordinal);
        return Reported("class C\n{\n    // {|#0:" + commented + "|}\n}\n");
    }

    [Theory]
    [InlineData("// Set Password=secret in your user secrets.")]
    [InlineData("// Password=<your password>; see README")]
    [InlineData("// e.g. postgres://user:password@localhost/db")]
    [InlineData("/// <example>amqp://guest:guest@localhost</example>")]
    [InlineData("// AWS docs use AKIAIOSFODNN7EXAMPLE as the access key id")]
    [InlineData("// cache key: 7f3a9be2c41d4f0a8e6b5c3d2a1f0e9d")]
    [InlineData("// Password: hunter2 was the old default")]
    [InlineData("// TODO: read the api key from configuration")]
    [InlineData("// Data Source=ORCL;User Id=DBO;Password=MYPASSWORD;")]
    [InlineData("// run with --password Tr0ub4dor3 (prose pairs need a name to be believed)")]
    public Task ProseAndExamplesAreClean(string comment) => Clean(comment + "\nclass C { }\n");

    [Fact]
    public Task CommentedOutAssignment() =>
        Reported("class C\n{\n    // private const string AdminPassword = \"{|#0:Harbor#Light42|}\";\n}\n");

    [Fact]
    public Task CommentedOutInitializerInABlock() =>
        Reported("class C\n{\n    /*\n    var options = new Options\n    {\n        ApiKey = \"{|#0:x7Lq2Vm9Rt4Wn8Kp3Zs6Yd1B|}\",\n    };\n    */\n}\n");

    [Fact]
    public Task JsonPairInAComment() =>
        Reported("class C\n{\n    // { \"user\": \"svc\", \"password\": \"{|#0:Copper&Tin55|}\" }\n}\n");

    [Fact]
    public Task PasswordNoteInAComment() =>
        Reported("class C\n{\n    // test account - login: ops, password: {|#0:Glacier!2031|}\n}\n");

    [Fact]
    public Task NoteAfterLinesOfProse() =>
        Reported("class C\n{\n    // Staging database.\n    // pwd={|#0:Maple77Leaf|}\n    void M() { }\n}\n");

    [Fact]
    public Task EverySecretOfABlockIsReported() =>
        Verify.VerifyAsync(
            "class C\n{\n    // password: {|#0:Autumn2031!|}\n    // var conn = \"Server=db;User Id=sa;Password={|#1:Pr0d-Sql#7|};\";\n    // string apiKey = \"{|#2:x7Lq2Vm9Rt4Wn8Kp3Zs6Yd1B|}\";\n}\n",
            Verify.Diagnostic(RuleIdentifiers.SecretInComment).WithLocation(0),
            Verify.Diagnostic(RuleIdentifiers.SecretInComment).WithLocation(1),
            Verify.Diagnostic(RuleIdentifiers.SecretInComment).WithLocation(2));

    [Fact]
    public Task CredentialCodeInDisabledRegion() =>
        Reported("class C\n{\n#if false\n    string dbPassword = \"{|#0:Tango#4451|}\";\n#endif\n}\n");

    [Fact]
    public Task ShortPemKeyBetweenMarkers() =>
        Reported("class C\n{\n    // {|#0:-----BEGIN PRIVATE KEY-----\n    // MC4CAQAwBQYDK2VwBCIEIJ7x\n    // -----END PRIVATE KEY-----|}\n}\n");

    [Fact]
    public Task ExtraCredentialWordsFromEditorConfig() =>
        Verify.VerifyWithEditorConfigAsync(
            "// zugriffscode: {|#0:Lantern#3141|}\nclass C { }\n",
            "secret_analyzers.additional_credential_words = zugriffscode",
            Verify.Diagnostic(RuleIdentifiers.SecretInComment).WithLocation(0));

    [Theory]
    [InlineData("// string PasswordLabel = \"Enter#Password1\";")]
    [InlineData("// var tokenType = \"Bearer-Access42\";")]
    [InlineData("// password: the user's password, never logged")]
    [InlineData("// password: options.Password (see Configure)")]
    [InlineData("// apiKey = \"YOUR_API_KEY\"; // replace")]
    [InlineData("/// <param name=\"password\">The password: at least 12 characters.</param>")]
    [InlineData("// -----BEGIN PRIVATE KEY-----\n// ...\n// -----END PRIVATE KEY-----")]
    [InlineData("// -----BEGIN RSA PRIVATE KEY-----\n// your private key goes here\n// -----END RSA PRIVATE KEY-----")]
    public Task CommentedCodeAndNotesThatStayClean(string comment) => Clean(comment + "\nclass C { }\n");

    [Fact]
    public Task JsonInACommentedOutString() =>
        Reported("class C\n{\n    // var body = \"{\\\"user\\\":\\\"svc\\\",\\\"password\\\":\\\"{|#0:Harbor#Light42|}\\\"}\";\n}\n");

    [Fact]
    public Task CommentedOutKnownCredentialConstructor() =>
        Reported("class C\n{\n    void M()\n    {\n        // using var ssh = new SshClient(host, \"deploy\", \"{|#0:Copper!Tin55|}\");\n    }\n}\n");

    [Fact]
    public Task CommentedOutCredentialSetterInABlock() =>
        Reported("class C\n{\n    /*\n    user.SetPassword(\"{|#0:Copper!Tin55|}\");\n    */\n}\n");

    [Fact]
    public Task CurlExampleInXmlDocs() =>
        Reported("/// <example>\n/// <code>\n/// curl -u deploy:{|#0:Copper7Tin55|} https://api.example.com/v1/items\n/// </code>\n/// </example>\nclass C { }\n");

    [Fact]
    public Task AuthorizationHeaderInAComment() =>
        Reported("class C\n{\n    // curl -H \"Authorization: Bearer {|#0:q8Xz2LmN4pR7sT1vW9yB3cD5|}\" https://api.example.com\n}\n");

    [Fact]
    public Task AppSettingsEntryInXmlDocs() =>
        Reported("/// <remarks><add key=\"ApiKey\" value=\"{|#0:q8Xz2LmN4pR7sT1vW9yB3cD5|}\"/></remarks>\nclass C { }\n");

    [Theory]
    [InlineData("/// <example>curl -H \"Authorization: Bearer &lt;token&gt;\" -u $USER:$PASS https://api.example.com</example>")]
    [InlineData("// var pwd = GetPassword(\"ServiceAccount\");")]
    [InlineData("// new NetworkCredential(user, password)")]
    [InlineData("/// <code><add key=\"ApiKey\" value=\"your-api-key\"/></code>")]
    [InlineData("// docker run -p 8080:80 --name web nginx")]
    [InlineData("// export API_KEY=${API_KEY}")]
    public Task ShellAndCodeExamplesWithoutASecretAreClean(string comment) => Clean(comment + "\nclass C { }\n");

    [Fact]
    public Task TestProjectsKeepCallsAndCommandsOnlyWithReport() => ReportedInTestProjectsOnlyWithReport(
        "class C\n{\n    // new SshClient(host, \"deploy\", \"{|#0:Copper!Tin55|}\");\n    // curl -u deploy:{|#1:Copper7Tin55|} https://api.example.com\n}\n");

    /// <summary>Two name-judged findings (markup #0 and #1): clean in a test project by default, both reported with test_code = report.</summary>
    private static Task ReportedInTestProjectsOnlyWithReport(string source)
    {
        var byDefault = new Verify.Test(source.Replace("{|#0:", string.Empty).Replace("{|#1:", string.Empty).Replace("|}", string.Empty))
        {
            AssemblyName = "MyApp.Tests",
        };
        var report = new Verify.Test(
            source,
            Verify.Diagnostic(RuleIdentifiers.SecretInComment).WithLocation(0),
            Verify.Diagnostic(RuleIdentifiers.SecretInComment).WithLocation(1)) { AssemblyName = "MyApp.Tests" };
        report.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\nsecret_analyzers.test_code = report\n"));
        return Task.WhenAll(byDefault.RunAsync(CancellationToken.None), report.RunAsync(CancellationToken.None));
    }

    [Fact]
    public Task JwtInACommentIsClean() => Clean("// sample: " + FakeTokens.Jwt() + "\nclass C { }\n");

    [Fact]
    public Task StringLiteralsAreNotComments() => Clean("class C { const string K = \"" + FakeTokens.GitHubClassic() + "\"; }\n");

    [Fact]
    public Task TestProjectsReportCommentsByDefault()
    {
        var test = new Verify.Test("// {|#0:" + FakeTokens.GitHubClassic() + "|}\nclass C { }\n",
            Verify.Diagnostic(RuleIdentifiers.SecretInComment).WithLocation(0)) { AssemblyName = "MyApp.Tests" };
        return test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public Task TestProjectsKeepNamedPairsOnlyWithReport() => ReportedInTestProjectsOnlyWithReport(
        "class C\n{\n    // password: {|#0:Autumn2031!|}\n    // string apiKey = \"{|#1:x7Lq2Vm9Rt4Wn8Kp3Zs6Yd1B|}\";\n}\n");

    [Fact]
    public Task TestProjectsIgnoredByOption()
    {
        var test = new Verify.Test("// " + FakeTokens.GitHubClassic() + "\nclass C { }\n") { AssemblyName = "MyApp.Tests" };
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\nsecret_analyzers.test_code = ignore\n"));
        return test.RunAsync(CancellationToken.None);
    }
}
