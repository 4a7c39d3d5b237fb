using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using SecretAnalyzers.Analyzers;
using SecretAnalyzers.Testing;
using static SecretAnalyzers.CodeFixes.Tests.Verifiers.ExpectedManifest;
using Verify = SecretAnalyzers.CodeFixes.Tests.Verifiers.CSharpCodeFixVerifier;

namespace SecretAnalyzers.CodeFixes.Tests;

/// <summary>
/// The finding kinds of the known-API work (issue 10): a Basic user:password literal, a SecureString filled from a
/// literal and a tool's command-line password get the move-to-store fix; a key written as a byte array gets none
/// (the stores hold strings; docs/codefixes.md).
/// </summary>
public class ApiFindingKindsFixTests
{
    [Fact]
    public Task BasicUserPassword_BecomesTheAccessorInsideGetBytes() => Verify.VerifyAsync(
        """
        using System;
        using System.Net.Http.Headers;
        using System.Text;
        class C
        {
            AuthenticationHeaderValue M() => new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes({|#0:"svc:B4sic-pa55"|})));
        }
        """,
        new[] { Verify.Diagnostic("SEC0001").WithLocation(0) },
        """
        using System;
        using System.Net.Http.Headers;
        using System.Text;
        class C
        {
            AuthenticationHeaderValue M() => new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes(Secrets.BasicAuthCredentials)));
        }
        """,
        Verify.EmptyManifest,
        With(SecretsManager("BasicAuthCredentials", "basic-auth-credentials")));

    [Fact]
    public Task SecureStringLiteral_BecomesTheAccessor() => Verify.VerifyAsync(
        """
        using System.Security;
        class C
        {
            SecureString M()
            {
                var secure = new SecureString();
                foreach (char c in {|#0:"S3cure-pa55"|}) secure.AppendChar(c);
                return secure;
            }
        }
        """,
        new[] { Verify.Diagnostic("SEC0001").WithLocation(0) },
        """
        using System.Security;
        class C
        {
            SecureString M()
            {
                var secure = new SecureString();
                foreach (char c in Secrets.SecureStringPassword) secure.AppendChar(c);
                return secure;
            }
        }
        """,
        Verify.EmptyManifest,
        With(SecretsManager("SecureStringPassword", "secure-string-password")));

    [Fact]
    public Task ToolPassword_MovesOnlyThePassword() => Verify.VerifyAsync(
        """
        class C
        {
            string M() => {|#0:"mysqldump -u root -pDumpS3cret app"|};
        }
        """,
        new[] { Verify.Diagnostic("SEC0003").WithLocation(0) },
        """
        class C
        {
            string M() => $"mysqldump -u root -p{Secrets.DbPassword} app";
        }
        """,
        Verify.EmptyManifest,
        With(SecretsManager("DbPassword", "db-password", rule: "SEC0003")));

    [Fact]
    public Task KeyBytes_HaveNoFix()
    {
        const string source = """
                using System.Security.Cryptography;
                class C
                {
                    void M() { using var aes = Aes.Create(); aes.Key = {|#0:new byte[] { 0x3c, 0x91, 0x0e, 0xa7, 0x52, 0xd8, 0x6b, 0x14 }|}; }
                }
                """;
        var test = new KeyBytesTest { TestCode = source, FixedCode = source };
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("SEC0002").WithLocation(0));
        test.TestState.AdditionalFiles.Add((Verify.ManifestPath, Verify.EmptyManifest));
        return test.RunAsync(CancellationToken.None);
    }

    private sealed class KeyBytesTest : CSharpCodeFixTest<HardcodedKeyBytesAnalyzer, MoveSecretToStoreCodeFixProvider, DefaultVerifier>
    {
        public KeyBytesTest()
        {
            ReferenceAssemblies = TestReferences.None;
            TestState.AdditionalReferences.AddRange(TestReferences.Framework);
            TestState.OutputKind = OutputKind.DynamicallyLinkedLibrary;
        }
    }
}
