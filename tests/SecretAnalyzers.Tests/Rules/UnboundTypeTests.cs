using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using SecretAnalyzers.Analyzers;
using Verify = SecretAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<SecretAnalyzers.Analyzers.HardcodedSecretAnalyzer>;

namespace SecretAnalyzers.Tests.Rules;

/// <summary>
/// Code analysed without every reference (the CLI's loose mode, a package not restored): members and known
/// constructors whose types do not bind are judged by the syntax, as the bound code is by its symbols.
/// The verifier fails on any analyzer exception (AD0001), so every case also pins "no crash on an error type".
/// </summary>
public class UnboundTypeTests
{
    private static Task VerifyUnbound(string statements, params DiagnosticResult[] expected)
    {
        var test = new Verify.Test(
            """
            using System;
            using System.Text;
            using Missing.Package;
            class C
            {
                void M(string path, string input)
                {
            """ + statements + """

                }
            }
            """,
            expected);
        test.CompilerDiagnostics = CompilerDiagnostics.None;
        return test.RunAsync();
    }

    private static Task Reported(string statements, string id = RuleIdentifiers.HardcodedCredential) =>
        VerifyUnbound(statements, Verify.Diagnostic(id).WithLocation(0));

    [Theory]
    [InlineData("""var b = new SqlConnectionStringBuilder { DataSource = "db", Password = {|#0:"Bu1lt-pa55"|} };""")]
    [InlineData("""var b = new SqlConnectionStringBuilder(); b.Password = {|#0:"Bu1lt-pa55"|};""")]
    [InlineData("""var b = new SqlConnectionStringBuilder(); b.DbPassword = ({|#0:"Bu1lt-pa55"|});""")]
    [InlineData("""var e = new DirectoryEntry("LDAP://dc", "admin", {|#0:"Ld4p-pa55"|});""")]
    [InlineData("""var e = new System.DirectoryServices.DirectoryEntry(path, "admin", {|#0:"Ld4p-pa55"|}, AuthenticationTypes.Secure);""")]
    [InlineData("""var c = new NetworkCredential("admin", {|#0:"N3t-pa55"|});""")]
    [InlineData("""var c = new PrincipalContext(ContextType.Domain, "dc", "admin", {|#0:"Ctx-pa55"|});""")]
    [InlineData("""var c = new SshClient("host", 22, "root", {|#0:"Ssh-pa55"|});""")]
    [InlineData("""var c = new SshClient(password: {|#0:"Ssh-pa55"|}, host: "h", username: "u");""")]
    [InlineData("""var c = new FtpClient("ftp.example.org", "deploy", {|#0:"Ftp-pa55"|});""")]
    [InlineData("""var c = new FluentFTP.AsyncFtpClient("ftp.example.org", "deploy", {|#0:"Ftp-pa55"|}, 21);""")]
    [InlineData("""var k = new SymmetricSecurityKey(Encoding.UTF8.GetBytes({|#0:"jwt-s1gning-k3y"|}));""")]
    [InlineData("""var d = new Rfc2898DeriveBytes({|#0:"kdf-pa55"|}, new byte[16], 10000);""")]
    [InlineData("""Login(password: {|#0:"L0gin-pa55"|});""")]
    [InlineData("""var h = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes({|#0:"svc:B4sic-pa55"|})));""")]
    public Task UnboundCredentialTarget_IsReported(string statements) => Reported(statements);

    [Fact]
    public Task UnboundKnownApiWithRandomKey_IsSec0002() =>
        Reported("""var c = new BasicAWSCredentials("AKID", {|#0:"q8Zr2XvT0pLm5NwB7yKc3HdF9sGj4UeA1oIh6VbQ"|});""", RuleIdentifiers.HardcodedToken);

    [Theory]
    [InlineData("""var e = new DirectoryEntry("LDAP://dc", "admin");""")] // two arguments: path and user, no password
    [InlineData("""var e = new DirectoryEntry("LDAP://dc/OU=People,DC=example", "admin", path);""")]
    [InlineData("""var c = new NetworkCredential("admin", path);""")]
    [InlineData("""var c = new NetworkCredential("admin-user");""")]
    [InlineData("""var c = new PrincipalContext(ContextType.Domain, "dc", "OU=Users,DC=corp");""")] // name and container
    [InlineData("""var c = new SshClient("host", "root", keyFile);""")]
    [InlineData("""var c = new FtpClient("ftp.example.org");""")]
    [InlineData("""var x = new UnknownThing("admin", "Ld4p-pa55", "x");""")] // not a known API: the position says nothing
    [InlineData("""Login("admin", "L0gin-pa55");""")] // an unbound call's parameter names are unknown
    [InlineData("""var b = new SqlConnectionStringBuilder { DataSource = "db-primary", PasswordLabel = "Enter password" };""")]
    [InlineData("""var b = new SqlConnectionStringBuilder(); b.Password = input;""")]
    [InlineData("""var b = new SqlConnectionStringBuilder(); b.Password = "";""")]
    [InlineData("""var b = new Widget(); b.Token = "theme-music";""")]
    [InlineData("""var b = new Widget(); b.Items[0] = "hunter2-value"; b?.Name = "Sup3r"; Undefined.Call().Password = 4;""")]
    [InlineData("""var c = new NetworkCredential { Password = }; new DirectoryEntry(,, input); new DirectoryEntry(""")] // half-written code
    public Task UnboundNeutralOrNonConstant_IsClean(string statements) => VerifyUnbound(statements);

    [Fact]
    public void EveryUnboundShape_NamesAListedConstructorParameter() =>
        Assert.Equal(0, UnboundCredentialApis.UnlistedShapeCount);

    [Fact]
    public void UnboundShapes_MatchByCountAndPosition()
    {
        Assert.NotNull(UnboundCredentialApis.FindConstructorArgument("DirectoryEntry", 3, 2));
        Assert.NotNull(UnboundCredentialApis.FindConstructorArgument("DirectoryEntry", 4, 2));
        Assert.Null(UnboundCredentialApis.FindConstructorArgument("DirectoryEntry", 3, 1));
        Assert.Null(UnboundCredentialApis.FindConstructorArgument("DirectoryEntry", 2, 1));
        Assert.Null(UnboundCredentialApis.FindConstructorArgument("Directory", 3, 2));
    }
}
