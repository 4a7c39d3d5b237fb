using System.Threading.Tasks;
using Verify = SecretAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<SecretAnalyzers.Analyzers.HardcodedSecretAnalyzer>;

namespace SecretAnalyzers.Tests.Rules;

/// <summary>
/// The false-alarm shapes measured on real projects, through the analyzer: markers and switch slugs that reach a
/// credential only through flow, option-name slugs, FFmpeg filters, flags in prose, file URIs, regexes and ARNs.
/// </summary>
public class RealCodeFalseAlarmAnalyzerTests
{
    [Theory]
    [InlineData("""public class C { void M(List<string> f) { f.Add("overlay=eof_action=pass:repeatlast=0"); } }""")]
    [InlineData("""public class C { private const string KEY_PASSWORD = "s3-password"; }""")]
    [InlineData("""public class C { public const string OPTION_SSLCERTIFICATEFILEPASSWORD = "webservice-sslcertificatepassword"; }""")]
    [InlineData("""public class C { string S = "Cannot use --keep-webservice-password with a provided password"; }""")]
    [InlineData("""public class C { string T = "Cannot use --password with a provided password"; }""")]
    [InlineData("""public class C { string D = "aws://?access-key=...&secret-key=...&region-endpoint=us-east-1&secrets=secret1,secret2"; }""")]
    [InlineData("""public class C { string J = @"{ ""releaseTokens"": "".720p.HDTV.x264-SYNCOPY"", ""x"": 1 }"; }""")]
    [InlineData("""public class C { private const string NoEncryptionSentinel = "no-encryption"; void M(Dictionary<string,string> d){ d["passphrase"] = NoEncryptionSentinel; } }""")]
    [InlineData("""public class C { private static readonly string EmptyMarker = "Zq8rT2mX9vLk4WpN"; void M(Dictionary<string,string> d){ d["passphrase"] = EmptyMarker; } }""")]
    [InlineData("""public class C { void M(string[] args){ var opt = "--allow-insecure-datafolder"; foreach (var token in args) { if (string.Equals(token, opt)) {} } } }""")]
    [InlineData("""public class C { void M(Dictionary<string,string> d){ var mode = "no-encryption"; d["passphrase"] = mode; } }""")]
    [InlineData("""public class C { string U = @"file://C:\backup@daily\x"; }""")]
    [InlineData("""public class C { public C(string token) {} static C M() => new C(@"([eE]x(tra)?\.\w+)"); }""")]
    [InlineData("""public class C { const string SecretArn = "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf"; }""")]
    [InlineData("""public class C { string P = "arn:aws:ssm:us-east-1:123456789012:parameter/prod/db/password"; }""")]
    [InlineData("""public class C { public const string ClientId = "d44ba57cab40c31eb3f797dcfccd203500796539125b333883ec1d94aa62ed4c"; void M(Dictionary<string,string> h){ h.Add("trakt-api-key", ClientId); } }""")]
    [InlineData("""public class DelugeSettings { public string Password { get; set; } public DelugeSettings() { Password = "deluge"; } }""")]
    [InlineData("""public class RabbitOptions { public string Password { get; set; } = "Rabbit"; }""")]
    public Task MeasuredFalseAlarms_AreClean(string source) => Verify.VerifyAsync(RuleTestSources.Usings + source);

    [Theory]
    [InlineData("""public class C { void M(Dictionary<string,string> d){ d["passphrase"] = {|#0:"no-encryption"|}; } }""", RuleIdentifiers.HardcodedCredential)]
    [InlineData("""public class C { void M(List<string> f) { f.Add({|#0:"mode=x;password=Tr0ub4dor3"|}); } }""", RuleIdentifiers.ConnectionStringWithCredentials)]
    [InlineData("""public class C { string T = {|#0:"tool login --password Tr0ub4dor3 --verbose"|}; }""", RuleIdentifiers.ConnectionStringWithCredentials)]
    [InlineData("""public class C { string U = {|#0:"ftp://backup:Tr0ub4dor3@files.example.org/x"|}; }""", RuleIdentifiers.ConnectionStringWithCredentials)]
    [InlineData("""public class C { private const string KEY_PASSWORD = {|#0:"s3cr3t-Passw0rd"|}; }""", RuleIdentifiers.HardcodedCredential)]
    [InlineData("""public class OtherSettings { public string Password { get; set; } public OtherSettings() { Password = {|#0:"deluge"|}; } }""", RuleIdentifiers.HardcodedCredential)]
    [InlineData("""public class DelugeSettings { public string Password { get; set; } public DelugeSettings() { Password = {|#0:"deluge2024"|}; } }""", RuleIdentifiers.HardcodedCredential)]
    public Task RealLeaksOfTheSameShape_AreStillReported(string source, string rule) =>
        Verify.VerifyAsync(RuleTestSources.Usings + source, Verify.Diagnostic(rule).WithLocation(0));

    [Fact]
    public Task AClientSecretBesideTheClientId_IsStillReported() =>
        Verify.VerifyAsync(
            RuleTestSources.Usings + """public class C { public const string ClientId = "d44ba57cab40c31eb3f797dcfccd203500796539125b333883ec1d94aa62ed4c"; public const string ClientSecret = {|#0:"b7e2c91f04d83a6e5f1029c7d4e8a3b6f5c0d9e2a1b4c7f0e3d6a9b2c5f8e1d4"|}; }""",
            Verify.Diagnostic(RuleIdentifiers.HardcodedToken).WithLocation(0));

    [Fact]
    public Task AConstWithANeutralName_StillFlowsIntoACredential() =>
        Verify.VerifyAsync(
            RuleTestSources.Usings + """public class C { private const string Fallback = {|#0:"Pr0d#Db!Pass"|}; void M(Dictionary<string,string> d){ d["passphrase"] = {|#1:Fallback|}; } }""",
            Verify.Diagnostic(RuleIdentifiers.HardcodedCredential).WithLocation(0).WithLocation(1));
}
