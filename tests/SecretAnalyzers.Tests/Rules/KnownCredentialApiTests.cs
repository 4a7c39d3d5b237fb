using System.Threading.Tasks;
using Verify = SecretAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<SecretAnalyzers.Analyzers.HardcodedSecretAnalyzer>;

namespace SecretAnalyzers.Tests.Rules;

/// <summary>
/// SEC0001 through the known-API table: the real BCL types from the reference assemblies, and source-declared
/// stand-ins with the same metadata name for packages the test does not reference.
/// </summary>
public class KnownCredentialApiTests
{
    private const string StandIns = """
        namespace Amazon.Runtime
        {
            public class BasicAWSCredentials { public BasicAWSCredentials(string accessKey, string secretKey) { } }
            public class SessionAWSCredentials { public SessionAWSCredentials(string awsAccessKeyId, string awsSecretAccessKey, string token) { } }
        }
        namespace Microsoft.IdentityModel.Tokens
        {
            public class SymmetricSecurityKey { public SymmetricSecurityKey(byte[] key) { } }
        }
        namespace Azure.Identity
        {
            public class ClientSecretCredential { public ClientSecretCredential(string tenantId, string clientId, string clientSecret) { } }
        }
        namespace Azure
        {
            public class AzureKeyCredential { public AzureKeyCredential(string key) { } }
        }
        namespace System.DirectoryServices
        {
            public class DirectoryEntry
            {
                public DirectoryEntry(string path, string username, string password) { }
                public string Password { get; set; }
            }
        }
        namespace MailKit
        {
            public abstract class MailService { public void Authenticate(string userName, string secret) { } public void Authenticate(string userName, string password, int port) { } }
            namespace Net.Smtp { public class SmtpClient : MailService { } }
        }

        """;

    private static Task Reported(string usage, string id = RuleIdentifiers.HardcodedCredential) =>
        Verify.VerifyAsync(
            RuleTestSources.Usings.Replace("using System;", "using System; using System.Net; using System.Security.Cryptography; using System.Security.Cryptography.X509Certificates; using System.Net.Http.Headers;") + StandIns + """
            class Use
            {
                void M(string path, byte[] salt)
                {
            """ + usage + """

                }
            }
            """,
            Verify.Diagnostic(id).WithLocation(0));

    [Theory]
    [InlineData("""var c = new NetworkCredential("admin", {|#0:"password"|});""")]
    [InlineData("""var c = new NetworkCredential("admin", {|#0:"hunter2!"|}, "DOMAIN");""")]
    [InlineData("""var c = new NetworkCredential { UserName = "admin", Password = {|#0:"hunter2!"|} };""")]
    [InlineData("""var c = new NetworkCredential(); c.Password = {|#0:"password"|};""")]
    [InlineData("""var cert = new X509Certificate2(path, {|#0:"pfx-pa55"|});""")]
    [InlineData("""var kdf = new Rfc2898DeriveBytes({|#0:"kdf-pa55"|}, salt, 100000, HashAlgorithmName.SHA256);""")]
    [InlineData("""var header = new AuthenticationHeaderValue("Basic", {|#0:"dXNlcjpwYXNz"|});""")]
    [InlineData("""var hmac = new HMACSHA256(Encoding.UTF8.GetBytes({|#0:"hmac-k3y"|}));""")]
    [InlineData("""using var aes = Aes.Create(); aes.Key = Encoding.ASCII.GetBytes({|#0:"0123456789abcdef"|});""")]
    [InlineData("""var creds = new Amazon.Runtime.BasicAWSCredentials("id", {|#0:"aws-s3cr3t"|});""")]
    [InlineData("""var creds = new Amazon.Runtime.SessionAWSCredentials("id", {|#0:"aws-s3cr3t"|}, input);""")]
    [InlineData("""var key = new Microsoft.IdentityModel.Tokens.SymmetricSecurityKey(Encoding.UTF8.GetBytes({|#0:"jwt-signing-k3y"|}));""")]
    [InlineData("""var key = new Microsoft.IdentityModel.Tokens.SymmetricSecurityKey(Convert.FromBase64String({|#0:"c2lnbmluZ2tleQ=="|}));""")]
    [InlineData("""var cred = new Azure.Identity.ClientSecretCredential("tenant", "client", {|#0:"cl13nt-s3cr3t"|});""")]
    [InlineData("""var cred = new Azure.AzureKeyCredential({|#0:"azure-k3y"|});""")]
    [InlineData("""var entry = new System.DirectoryServices.DirectoryEntry("LDAP://dc", "admin", {|#0:"ldap-pa55"|});""")]
    [InlineData("""var entry = new System.DirectoryServices.DirectoryEntry("LDAP://dc", "admin", path); entry.Password = {|#0:"password"|};""")]
    [InlineData("""new MailKit.Net.Smtp.SmtpClient().Authenticate("user", {|#0:"smtp-pa55"|}, 25);""")]
    public Task KnownCredentialParameter_IsReported(string usage) => Reported(usage.Replace("input", "path"));

    [Theory]
    [InlineData("""var c = new NetworkCredential("admin", "");""")]
    [InlineData("""var c = new NetworkCredential("admin", "<password>");""")]
    [InlineData("""var c = new NetworkCredential("admin", Environment.GetEnvironmentVariable("PWD"));""")]
    [InlineData("""var c = new NetworkCredential("admin", path);""")]
    [InlineData("""var cert = new X509Certificate2(path);""")]
    [InlineData("""var cert = new X509Certificate2("cert.pfx", (string)null);""")]
    [InlineData("""var header = new AuthenticationHeaderValue("Bearer", path);""")]
    [InlineData("""var cred = new Azure.Identity.ClientSecretCredential("tenant-id", "client-id", path);""")]
    [InlineData("""var creds = new Amazon.Runtime.BasicAWSCredentials("id", "${AWS_SECRET}");""")]
    public Task NonConstantOrPlaceholder_IsClean(string usage) =>
        Verify.VerifyAsync(RuleTestSources.Usings.Replace("using System;", "using System; using System.Net; using System.Security.Cryptography.X509Certificates; using System.Net.Http.Headers;") + StandIns + """
            class Use
            {
                void M(string path)
                {
            """ + usage + """

                }
            }
            """);

    [Fact]
    public Task RandomSecretInKnownKeyParameter_IsSec0002() =>
        Reported(
            "var cred = new Azure.AzureKeyCredential({|#0:\"" + Detection.FakeTokens.RandomBase64(44, 11) + "\"|});",
            RuleIdentifiers.HardcodedToken);

    [Fact]
    public Task StandInWithSameMetadataNameAsBclType_IsRecognised() =>
        Verify.VerifyAsync(
            """
            namespace System.Net.Http.Headers
            {
                public class AuthenticationHeaderValue { public AuthenticationHeaderValue(string scheme, string parameter) { } }
            }
            class Use
            {
                object M() => new System.Net.Http.Headers.AuthenticationHeaderValue("Basic", {|#0:"dXNlcjpwYXNz"|});
            }
            """,
            Verify.Diagnostic(RuleIdentifiers.HardcodedCredential).WithLocation(0));

    [Fact]
    public Task SameParameterNameOnAnUnknownType_IsNotAKnownApi() =>
        Verify.VerifyAsync(
            """
            namespace Other
            {
                public class AuthenticationHeaderValue { public AuthenticationHeaderValue(string scheme, string parameter) { } }
            }
            class Use
            {
                object M() => new Other.AuthenticationHeaderValue("Basic", "dXNlcjpwYXNz");
            }
            """);

    [Fact]
    public Task ConstWithNeutralNameFlowingIntoKnownApi_IsReportedAtReference() =>
        Verify.VerifyAsync(
            """
            using System.Net;
            static class Defaults { public const string Value = {|#1:"hunter2!"|}; }
            class Use
            {
                NetworkCredential M() => new NetworkCredential("admin", {|#0:Defaults.Value|});
            }
            """,
            Verify.Diagnostic(RuleIdentifiers.HardcodedCredential).WithLocation(0).WithLocation(1));
}
