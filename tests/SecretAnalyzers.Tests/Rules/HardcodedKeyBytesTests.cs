using System.Threading.Tasks;
using SecretAnalyzers.Detection;
using KeyBytes = SecretAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<SecretAnalyzers.Analyzers.HardcodedKeyBytesAnalyzer>;
using Strings = SecretAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<SecretAnalyzers.Analyzers.HardcodedSecretAnalyzer>;

namespace SecretAnalyzers.Tests.Rules;

/// <summary>
/// Hardcoded symmetric keys (CWE-321): constant byte arrays and encoded literals that reach a key parameter or
/// property. IVs, nonces and salts are not keys; the message shows the key's length, never a byte.
/// </summary>
public class HardcodedKeyBytesTests
{
    private const string Key16 = "0x3c, 0x91, 0x0e, 0xa7, 0x52, 0xd8, 0x6b, 0x14, 0xf0, 0x29, 0xc5, 0x7e, 0x83, 0x4a, 0xbd, 0x06";

    private static string InMethod(string statements) => """
        using System;
        using System.Security.Cryptography;
        using System.Text;
        class C
        {
            void M(byte[] iv, byte[] data, byte[] input)
            {
        """ + statements.Replace("KEY16", Key16) + """

            }
        }
        """;

    private static Task Reported(string statements) =>
        KeyBytes.VerifyAsync(InMethod(statements), KeyBytes.Diagnostic(RuleIdentifiers.HardcodedToken).WithLocation(0));

    [Theory]
    [InlineData("""using var aes = Aes.Create(); aes.Key = {|#0:new byte[] { KEY16 }|};""")]
    [InlineData("""using var aes = Aes.Create(); aes.Key = {|#0:new byte[16] { KEY16 }|};""")]
    [InlineData("""using var aes = Aes.Create(); aes.Key = {|#0:[KEY16]|};""")]
    [InlineData("""using var aes = Aes.Create(); var e = aes.CreateEncryptor({|#0:new byte[] { KEY16 }|}, iv);""")]
    [InlineData("""using var aes = Aes.Create(); var d = aes.CreateDecryptor({|#0:new byte[] { KEY16 }|}, new byte[] { KEY16 });""")]
    [InlineData("""using var h = new HMACSHA256({|#0:new byte[] { KEY16 }|});""")]
    [InlineData("""using var h = new HMACSHA256(); h.Key = {|#0:new byte[] { KEY16 }|};""")]
    [InlineData("""var mac = HMACSHA256.HashData({|#0:new byte[] { KEY16 }|}, data);""")]
    [InlineData("""using var gcm = new AesGcm({|#0:new byte[] { KEY16 }|}, 16);""")]
    [InlineData("""using var ih = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, {|#0:new byte[] { (byte)0x3c, (byte)0x91, 0x0e, 0xa7, 0x52, 0xd8, 0x6b, 0x14 }|});""")]
    public Task ConstantByteArrayIntoAKeySink_IsReported(string statements) => Reported(statements);

    [Fact]
    public Task ThroughASingleAssignmentLocal_IsReportedAtTheArrayWithTheSink() =>
        KeyBytes.VerifyAsync(
            InMethod("""byte[] secret = {|#0:{ KEY16 }|}; using var aes = Aes.Create(); aes.Key = {|#1:secret|};"""),
            KeyBytes.Diagnostic(RuleIdentifiers.HardcodedToken).WithLocation(0).WithLocation(1).WithArguments("encryption key", "16 bytes"));

    [Fact]
    public Task ThroughAReadonlyField_IsReportedOnceAtTheInitializer() =>
        KeyBytes.VerifyAsync(
            """
            using System.Security.Cryptography;
            class Crypto
            {
                private static readonly byte[] Secret = {|#0:new byte[] { 0x3c, 0x91, 0x0e, 0xa7, 0x52, 0xd8, 0x6b, 0x14, 0xf0, 0x29, 0xc5, 0x7e, 0x83, 0x4a, 0xbd, 0x06 }|};
                byte[] Sign(byte[] data) { using var h = new HMACSHA256({|#1:Secret|}); return h.ComputeHash(data); }
                byte[] Sign2(byte[] data) { using var h = new HMACSHA256(Crypto.Secret); return h.ComputeHash(data); }
            }
            """,
            KeyBytes.Diagnostic(RuleIdentifiers.HardcodedToken).WithLocation(0).WithLocation(1).WithArguments("HMAC key", "16 bytes"));

    [Theory]
    [InlineData("""using var aes = Aes.Create(); aes.IV = new byte[] { KEY16 };""")] // an IV is public
    [InlineData("""using var aes = Aes.Create(); var e = aes.CreateEncryptor(input, new byte[] { KEY16 });""")]
    [InlineData("""var kdf = new Rfc2898DeriveBytes("x".ToCharArray().Length.ToString(), new byte[] { KEY16 }, 1000);""")] // a salt
    [InlineData("""using var aes = Aes.Create(); aes.Key = new byte[16] { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 };""")] // fill
    [InlineData("""using var aes = Aes.Create(); aes.Key = new byte[] { 1, 2, 3, 4 };""")] // too short to be a key
    [InlineData("""using var aes = Aes.Create(); aes.Key = new byte[32];""")]
    [InlineData("""using var aes = Aes.Create(); aes.Key = new byte[] { input[0], 0x91, 0x0e, 0xa7, 0x52, 0xd8, 0x6b, 0x14 };""")]
    [InlineData("""byte[] secret = { KEY16 }; Console.WriteLine(secret.Length);""")] // named, but reaches no key sink
    [InlineData("""byte[] secret = { KEY16 }; secret = input; using var aes = Aes.Create(); aes.Key = secret;""")] // reassigned
    [InlineData("""var magic = new byte[] { KEY16 }; Array.Reverse(magic);""")]
    [InlineData("""int[] numbers = { 3, 91, 14, 167, 82, 216, 107, 20 }; Console.WriteLine(numbers);""")]
    public Task NotAKeyOrNotAKeySink_IsClean(string statements) => KeyBytes.VerifyAsync(InMethod(statements));

    [Fact]
    public Task WrittenField_IsClean() =>
        KeyBytes.VerifyAsync("""
            using System.Security.Cryptography;
            class Crypto
            {
                private byte[] _key = new byte[] { 0x3c, 0x91, 0x0e, 0xa7, 0x52, 0xd8, 0x6b, 0x14 };
                public void Rotate(byte[] next) => _key = next;
                HMACSHA256 Create() => new HMACSHA256(_key);
            }
            """);

    [Fact]
    public Task InTestProjects_TheTokensDefaultLeavesByteKeysOut()
    {
        var test = new KeyBytes.Test(InMethod("""using var aes = Aes.Create(); aes.Key = new byte[] { KEY16 };"""));
        test.AssemblyName = "Crypto.Tests";
        return test.RunAsync();
    }

    [Theory]
    [InlineData("""using var aes = Aes.Create(); var e = aes.CreateEncryptor(Encoding.UTF8.GetBytes({|#0:"s3cr3t-k3y-0123456"|}), iv);""", RuleIdentifiers.HardcodedToken)]
    [InlineData("""using var gcm = new AesGcm(Convert.FromBase64String({|#0:"q83vEjRWeJC6vO8SNFZ4kA=="|}), 16);""", RuleIdentifiers.HardcodedToken)]
    [InlineData("""using var h = new HMACSHA256(); h.Key = Encoding.ASCII.GetBytes({|#0:"hmac-k3y-value"|});""", RuleIdentifiers.HardcodedCredential)]
    [InlineData("""var mac = HMACSHA512.HashData(Encoding.UTF8.GetBytes({|#0:"hmac-k3y-value"|}), data);""", RuleIdentifiers.HardcodedCredential)]
    public Task EncodedLiteralIntoANewKeySink_IsReported(string statements, string id) =>
        Strings.VerifyAsync(InMethod(statements), Strings.Diagnostic(id).WithLocation(0));

    [Theory]
    [InlineData("""using var aes = Aes.Create(); var e = aes.CreateEncryptor(input, Encoding.UTF8.GetBytes("initvector-16byt"));""")]
    [InlineData("""using var aes = Aes.Create(); aes.IV = Encoding.UTF8.GetBytes("initvector-16byt");""")]
    public Task EncodedLiteralIntoAnIv_IsClean(string statements) => Strings.VerifyAsync(InMethod(statements));

    [Fact]
    public void Masking_ShowsTheLengthOnly()
    {
        Assert.Equal("16 bytes", ConstantKeyBytes.Mask(16));
        Assert.False(ConstantKeyBytes.LooksLikeKey(new byte[] { 1, 2, 1, 2, 1, 2, 1, 2 }));
        Assert.True(ConstantKeyBytes.LooksLikeKey(new byte[] { 1, 2, 3, 1, 2, 3, 1, 2 }));
        Assert.False(ConstantKeyBytes.LooksLikeKey(new byte[] { 9, 8, 7, 6, 5, 4, 3 }));
    }
}
