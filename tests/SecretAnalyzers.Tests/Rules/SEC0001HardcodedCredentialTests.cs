using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Verify = SecretAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<SecretAnalyzers.Analyzers.HardcodedSecretAnalyzer>;

namespace SecretAnalyzers.Tests.Rules;

public class SEC0001HardcodedCredentialTests
{
    private static Task Reported(string source) =>
        Verify.VerifyAsync(source, Verify.Diagnostic(RuleIdentifiers.HardcodedCredential).WithLocation(0));

    private static Task Clean(string source) => Verify.VerifyAsync(source);

    [Theory]
    [InlineData("""string pw = "x"; string password2 = {|#0:"hunter2!"|};""")]
    [InlineData("""var dbPassword = {|#0:"S3cr3t!"|};""")]
    [InlineData("""const string pwd = {|#0:"P@ssw0rd"|};""")]
    [InlineData("""string userPassword = {|#0:"abc" + "def123"|};""")]
    [InlineData("""const string A = "abc"; const string adminPassword = {|#0:$"{A}xyz123"|};""")]
    [InlineData("""const string A = "hunter"; const string rootPassword = {|#0:A + "2!"|};""")]
    [InlineData("""string passphrase = {|#0:@"c0rrect\horse"|};""")]
    [InlineData("string secret = {|#0:\"\"\"p4ssw0rd!\"\"\"|};")]
    [InlineData("""var o = new Options(); o.Password = {|#0:"hunter2!"|};""")]
    [InlineData("""var o = new Options { Password = {|#0:"hunter2!"|} };""")]
    [InlineData("""var o = new { User = "admin", Password = {|#0:"hunter2!"|} };""")]
    [InlineData("""var x = new Dictionary<string, string> { ["password"] = {|#0:"hunter2!"|} };""")]
    [InlineData("""var x = new Dictionary<string, string> { { "password", {|#0:"hunter2!"|} } };""")]
    [InlineData("""d.Add("DB_PASSWORD", {|#0:"hunter2!"|});""")]
    [InlineData("""d["Smtp:Password"] = {|#0:"hunter2!"|};""")]
    [InlineData("""d.TryAdd("api_key", {|#0:"k3y-v4lue"|});""")]
    [InlineData("""var pair = new KeyValuePair<string, string>("client_secret", {|#0:"cl13nt-s3cr3t"|});""")]
    [InlineData("""Environment.SetEnvironmentVariable("DB_PASSWORD", {|#0:"hunter2!"|});""")]
    [InlineData("""Login(user: "admin", password: {|#0:"hunter2!"|});""")]
    [InlineData("""Login("admin", {|#0:"hunter2!"|});""")]
    [InlineData("""SetPassword({|#0:"hunter2!"|});""")]
    [InlineData("""if (password == {|#0:"hunter2!"|}) { }""")]
    [InlineData("""if ({|#0:"hunter2!"|} != password) { }""")]
    [InlineData("""bool ok = password.Equals({|#0:"hunter2!"|});""")]
    [InlineData("""bool ok = string.Equals(password, {|#0:"hunter2!"|});""")]
    [InlineData("""bool ok = password is {|#0:"hunter2!"|};""")]
    [InlineData("""bool ok = string.Equals(password, {|#0:"hunter2!"|}, StringComparison.Ordinal);""")]
    [InlineData("""bool ok = string.Compare(password, {|#0:"hunter2!"|}) == 0;""")]
    [InlineData("""bool ok = System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(password), Encoding.UTF8.GetBytes({|#0:"hunter2!"|}));""")]
    [InlineData("""var pairs = new[] { ("user", "admin"), ("password", {|#0:"hunter2!"|}) };""")]
    [InlineData("""bool ok = password is not {|#0:"hunter2!"|};""")]
    [InlineData("""switch (password) { case {|#0:"hunter2!"|}: break; }""")]
    [InlineData("""var r = password switch { {|#0:"hunter2!"|} => 1, _ => 0 };""")]
    [InlineData("""string password3 = Environment.GetEnvironmentVariable("PWD") ?? {|#0:"hunter2!"|};""")]
    [InlineData("""string pwd = input.Length > 0 ? input : {|#0:"hunter2!"|};""")]
    [InlineData("""password = {|#0:"hunter2!"|};""")]
    [InlineData("""var signingKey = Encoding.UTF8.GetBytes({|#0:"my-signing-k3y"|});""")]
    [InlineData("""char[] pwdChars = {|#0:"hunter2!"|}.ToCharArray();""")]
    [InlineData("""ReadOnlySpan<byte> password4 = {|#0:"hunter2!"u8|};""")]
    [InlineData("""string apiKey = {|#0:"abc123"|};""")]
    [InlineData("""string accessToken = {|#0:"tok-1234"|};""")]
    [InlineData("""string password5 = {|#0:"Password123"|};""")]
    [InlineData("""string mysqlPwd = {|#0:"root"|};""")]
    [InlineData("""string credentials = {|#0:"admin:admin123"|};""")]
    [InlineData("""var o = new Options(); o.ApiKey = {|#0:"k3y-v4lue"|};""")]
    [InlineData("""string passwd = {|#0:"a"|};""")]
    [InlineData("""string[] weakPasswords = { {|#0:"letmein1"|} };""")]
    [InlineData("""string dbPassword2 = input switch { "prod" => {|#0:"pr0d-pw"|}, _ => "" };""")]
    [InlineData("""string pwdPassword = {|#0:@"foo"|};""")]
    [InlineData("""Login("myusername", {|#0:"mypassword"|});""")]
    public Task Statement_IsReported(string statement) => Reported(RuleTestSources.InMethod(statement));

    [Theory]
    [InlineData("""const string Password = {|#0:"hunter2!"|};""")]
    [InlineData("""private static readonly string AdminPassword = {|#0:"hunter2!"|};""")]
    [InlineData("""private string _password = {|#0:"hunter2!"|};""")]
    [InlineData("""public string Password { get; set; } = {|#0:"hunter2!"|};""")]
    [InlineData("""public string Password => {|#0:"hunter2!"|};""")]
    [InlineData("""public string Password { get { return {|#0:"hunter2!"|}; } }""")]
    [InlineData("""string GetPassword() { return {|#0:"hunter2!"|}; }""")]
    [InlineData("""string GetDbPassword() => {|#0:"hunter2!"|};""")]
    [InlineData("""void Connect(string dbPassword = {|#0:"hunter2!"|}) { }""")]
    [InlineData("""const string ClientSecret = {|#0:"cl13nt-s3cr3t"|};""")]
    [InlineData("""const string GITHUB_TOKEN = {|#0:"tok-1234"|};""")]
    [InlineData("""public const string DefaultAdminPwd = {|#0:"Adm1n!"|};""")]
    public Task Member_IsReported(string member) => Reported(RuleTestSources.InClass(member));

    [Theory]
    [InlineData("""string dbPassword = "";""")]
    [InlineData("""string dbPassword = null;""")]
    [InlineData("""string dbPassword = "<password>";""")]
    [InlineData("""string dbPassword = "${DB_PASSWORD}";""")]
    [InlineData("""string dbPassword = "$(DbPassword)";""")]
    [InlineData("""string dbPassword = "%PWD%";""")]
    [InlineData("""string dbPassword = "{0}";""")]
    [InlineData("""string dbPassword = "{{secret}}";""")]
    [InlineData("""string dbPassword = "****";""")]
    [InlineData("""string dbPassword = "xxx";""")]
    [InlineData("""string apiKey = "your-api-key-here";""")]
    [InlineData("""string dbPassword = "changeme";""")]
    [InlineData("""string dbPassword = "TODO";""")]
    [InlineData("""string dbPassword = "dummy";""")]
    [InlineData("""string dbPassword = "example";""")]
    [InlineData("""string dbPassword = "Password is required";""")]
    [InlineData("""string dbPassword = "Enter your password:";""")]
    [InlineData("""string dbPassword = "password";""")]
    [InlineData("""string dbPassword = "new-password";""")]
    [InlineData("""string dbPassword = nameof(password);""")]
    [InlineData("""string dbPassword = Environment.GetEnvironmentVariable("DB_PASSWORD");""")]
    [InlineData("""string dbPassword = d["Password"];""")]
    [InlineData("""string dbPassword = input + "suffix";""")]
    [InlineData("""string dbPassword = string.Concat(input, "x1y2z3");""")]
    [InlineData("""string PasswordLabel = "hunter2!";""")]
    [InlineData("""string passwordPolicy = "min8-upper1";""")]
    [InlineData("""string tokenType = "Bearer";""")]
    [InlineData("""int passwordLength = 12;""")]
    [InlineData("""string passwordHash = "AQAAAAEAACcQAAAAE";""")]
    [InlineData("""string secretName = "prod/db/password";""")]
    [InlineData("""string tokenEndpoint = "https://login.example.org/oauth2/token";""")]
    [InlineData("""string passwordPrompt = "Password:";""")]
    [InlineData("""string passwordRegex = "^(?=.*[A-Z])(?=.*[0-9]).{8,}$";""")]
    [InlineData("""string PasswordKey = "Password";""")]
    [InlineData("""string PasswordResourceName = "Login_Password";""")]
    [InlineData("""var o = new Options { PasswordLabel = "hunter2!" };""")]
    [InlineData("""Console.WriteLine("hunter2!");""")]
    [InlineData("""throw new ArgumentException("Invalid password", nameof(password));""")]
    [InlineData("""Use("password");""")]
    [InlineData("""d.Add("password", input);""")]
    [InlineData("""d.Add("Password", "Password");""")]
    [InlineData("""if (password == "") { }""")]
    [InlineData("""if (password == null) { }""")]
    [InlineData("""if (input == "hunter2!") { }""")]
    [InlineData("""var x = new Dictionary<string, string> { ["password"] = input };""")]
    [InlineData("""string userName = "admin";""")]
    [InlineData("""string bypass = "hunter2!";""")]
    [InlineData("""var cancellationToken = "abc123";""")]
    [InlineData("""string dbPassword = "true";""")]
    [InlineData("""string dbPassword = "/account/reset-password";""")]
    [InlineData("""var de = new Dictionary<string, string> { ["Password"] = "Passwort", ["Token"] = "Schlüssel" };""")]
    [InlineData("""d.Add("password", "Contraseña");""")]
    [InlineData("""d["Password"] = "Пароль";""")]
    [InlineData("""var grant = new KeyValuePair<string, string>("grant_type", "password");""")]
    [InlineData("""d.Add("token_type", "Bearer");""")]
    [InlineData("""if (input == "{") { } string token = ";"; if (token == "return") { }""")]
    [InlineData("""string dbPassword = "yourStrong(!)Password";""")]
    public Task Statement_IsClean(string statement) => Clean(RuleTestSources.InMethod(statement));

    [Fact]
    public Task NeutralConstFlowingIntoCredentialParameter_IsReportedAtItsLiteral() =>
        Verify.VerifyAsync(
            RuleTestSources.InClass("""
                const string DefaultValue = {|#0:"hunter2!"|};
                void M() => Login("admin", {|#1:DefaultValue|});
                """),
            Verify.Diagnostic(RuleIdentifiers.HardcodedCredential).WithLocation(0).WithLocation(1));

    [Fact]
    public Task ConstWhoseValueIsItsOwnName_IsCleanInACredentialNamedSink() =>
        Clean(RuleTestSources.Usings + """
            static class GrantType { public const string Implicit = "implicit"; public const string AuthorizationCode = "authorization_code"; }
            static class GrantTypes
            {
                public static ICollection<string> ImplicitAndClientCredentials => new[] { GrantType.Implicit };
                public static ICollection<string> CodeAndClientCredentials => new[] { GrantType.AuthorizationCode };
                public static void Login(string user, string password) { }
                public static void M() => Login("admin", GrantType.Implicit);
            }
            """);

    [Fact]
    public Task NeutralConstWhoseValueIsNotItsName_IsStillReported() =>
        Verify.VerifyAsync(
            RuleTestSources.Usings + """
                static class Defaults { public const string Implicit = {|#0:"hunter2!"|}; }
                static class C { static void Login(string user, string password) { } static void M() => Login("admin", {|#1:Defaults.Implicit|}); }
                """,
            Verify.Diagnostic(RuleIdentifiers.HardcodedCredential).WithLocation(1).WithLocation(0));

    [Fact]
    public Task CredentialNamedConstUsedElsewhere_IsReportedOnceAtItsDeclaration() =>
        Reported(RuleTestSources.InClass("""
            const string Password = {|#0:"hunter2!"|};
            void M() { Login("admin", Password); if (Password == "x") { } var p = Password; }
            """));

    [Fact]
    public Task LocalConstFlowingIntoPasswordVariable_IsReportedAtItsLiteral() =>
        Verify.VerifyAsync(
            RuleTestSources.InMethod("""
                const string fallback = {|#0:"hunter2!"|};
                string adminPassword = {|#1:fallback|};
                """),
            Verify.Diagnostic(RuleIdentifiers.HardcodedCredential).WithLocation(0).WithLocation(1));

    [Fact]
    public Task AttributeArguments_AreNotCredentials() =>
        Clean(RuleTestSources.Usings + """
            class DisplayAttribute : Attribute { public string Name { get; set; } public string Prompt { get; set; } }
            class RequiredAttribute : Attribute { public string ErrorMessage { get; set; } }
            class DataAttribute : Attribute { public DataAttribute(string password) { } }
            class Model
            {
                [Display(Name = "Password", Prompt = "Enter password")]
                [Required(ErrorMessage = "Password is required")]
                [Data("hunter2!")]
                public string Password { get; set; }
            }
            """);

    [Fact]
    public Task GeneratedCode_IsNotAnalyzed() =>
        Clean("""
            // <auto-generated/>
            class Generated
            {
                const string Password = "hunter2!";
            }
            """);

    [Fact]
    public Task TopLevelStatements_AreAnalyzed()
    {
        var test = new Verify.Test(
            """
            string password = {|#0:"hunter2!"|};
            System.Console.WriteLine(password.Length);
            """,
            Verify.Diagnostic(RuleIdentifiers.HardcodedCredential).WithLocation(0));
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        return test.RunAsync();
    }

    [Fact]
    public Task RecordsAndPrimaryConstructors_AreAnalyzed() =>
        Verify.VerifyAsync(
            """
            record Credentials(string User, string Password);
            class Service(string apiKey) { public int Length => apiKey.Length; }
            class Use
            {
                Credentials C() => new Credentials("admin", {|#0:"hunter2!"|});
                Service S() => new Service({|#1:"k3y-v4lue"|});
                Credentials D() => new Credentials("admin", "x") with { Password = {|#2:"hunter3!"|} };
            }
            """,
            Verify.Diagnostic(RuleIdentifiers.HardcodedCredential).WithLocation(0),
            Verify.Diagnostic(RuleIdentifiers.HardcodedCredential).WithLocation(1),
            Verify.Diagnostic(RuleIdentifiers.HardcodedCredential).WithLocation(2));

    [Fact]
    public Task CodeThatDoesNotCompile_IsStillAnalyzed()
    {
        var test = new Verify.Test(
            """
            class Broken
            {
                void M()
                {
                    string password = {|#0:"hunter2!"|};
                    Undefined(password)
                }
            """,
            Verify.Diagnostic(RuleIdentifiers.HardcodedCredential).WithLocation(0));
        test.CompilerDiagnostics = CompilerDiagnostics.None;
        return test.RunAsync();
    }

    [Fact]
    public Task MessageNamesTheTargetAndMasksTheValue() =>
        Verify.VerifyAsync(
            RuleTestSources.InMethod("""string dbPassword = {|#0:"Sup3rS3cretValue!"|};"""),
            Verify.Diagnostic(RuleIdentifiers.HardcodedCredential).WithLocation(0)
                .WithArguments("password", "dbPassword", "S\u2026! (17 chars)"));

    [Fact]
    public Task AdditionalCredentialWords_AreReadFromEditorConfig() =>
        Verify.VerifyWithEditorConfigAsync(
            RuleTestSources.InMethod("""string userPin = {|#0:"8642"|}; string other = "8642";"""),
            "secret_analyzers.additional_credential_words = pin",
            Verify.Diagnostic(RuleIdentifiers.HardcodedCredential).WithLocation(0));

    [Fact]
    public Task IgnoredValues_AreReadFromEditorConfig() =>
        Verify.VerifyWithEditorConfigAsync(
            RuleTestSources.InMethod("""string password1 = "local-dev-pw"; string password2 = {|#0:"prod-pw-1"|};"""),
            "secret_analyzers.ignored_values = local-dev-pw, other",
            Verify.Diagnostic(RuleIdentifiers.HardcodedCredential).WithLocation(0));

    [Fact]
    public Task IgnoredPatterns_AreReadFromEditorConfig() =>
        Verify.VerifyWithEditorConfigAsync(
            RuleTestSources.InMethod("""string password1 = "dev-123"; string password2 = {|#0:"prod-123"|};"""),
            "secret_analyzers.ignored_patterns = ^dev-[0-9]+$;^local",
            Verify.Diagnostic(RuleIdentifiers.HardcodedCredential).WithLocation(0));

    [Fact]
    public Task RuleCanBeDisabled() =>
        Verify.VerifyWithEditorConfigAsync(
            RuleTestSources.InMethod("""string password1 = "prod-123";"""),
            "dotnet_diagnostic.SEC0001.severity = none");
}
