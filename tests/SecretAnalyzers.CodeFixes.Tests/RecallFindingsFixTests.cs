using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using static SecretAnalyzers.CodeFixes.Tests.Verifiers.ExpectedManifest;
using Verify = SecretAnalyzers.CodeFixes.Tests.Verifiers.CSharpCodeFixVerifier;

namespace SecretAnalyzers.CodeFixes.Tests;

/// <summary>
/// Finding kinds added for recall (issue 10): the password piece of a Basic pair composed at run time, a member given
/// one literal in its constructor, and a readonly byte array of a literal's bytes. The fix replaces the literal where
/// it is; the member and the composition stay.
/// </summary>
public class RecallFindingsFixTests
{
    private static readonly DiagnosticResult[] Flow = { Verify.Diagnostic("SEC0001").WithLocation(0).WithLocation(1) };

    [Fact]
    public Task PasswordPieceOfAComposedBasicPair_BecomesTheAccessor() => Verify.VerifyAsync(
        """
        using System;
        using System.Net.Http.Headers;
        using System.Text;
        class C
        {
            AuthenticationHeaderValue M(string user) => new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes(user + ":" + {|#0:"Hq8#vRt2Lm"|})));
        }
        """,
        new[] { Verify.Diagnostic("SEC0001").WithLocation(0) },
        """
        using System;
        using System.Net.Http.Headers;
        using System.Text;
        class C
        {
            AuthenticationHeaderValue M(string user) => new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes(user + ":" + Secrets.BasicAuthPassword)));
        }
        """,
        Verify.EmptyManifest,
        With(SecretsManager("BasicAuthPassword", "basic-auth-password")));

    [Fact]
    public Task MemberGivenALiteralInItsConstructor_GetsTheAccessorThere() => Verify.VerifyAsync(
        """
        class C
        {
            private readonly string _value;

            C() { _value = {|#0:"Hn9!vBn3Mq"|}; }

            void M() => Login("admin", {|#1:_value|});

            static void Login(string user, string password) { }
        }
        """,
        Flow,
        """
        class C
        {
            private readonly string _value;

            C() { _value = Secrets.Password; }

            void M() => Login("admin", _value);

            static void Login(string user, string password) { }
        }
        """,
        Verify.EmptyManifest,
        With(SecretsManager("Password", "password")));

    [Fact]
    public Task ReadonlyBytesOfALiteral_GetTheAccessorInsideGetBytes() => Verify.VerifyAsync(
        """
        using System.Security.Cryptography;
        using System.Text;
        class C
        {
            static readonly byte[] Expected = Encoding.UTF8.GetBytes({|#0:"Eqf&sDf9Gh"|});

            bool Check(string password) => CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(password), {|#1:Expected|});
        }
        """,
        Flow,
        """
        using System.Security.Cryptography;
        using System.Text;
        class C
        {
            static readonly byte[] Expected = Encoding.UTF8.GetBytes(Secrets.Password);

            bool Check(string password) => CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(password), Expected);
        }
        """,
        Verify.EmptyManifest,
        With(SecretsManager("Password", "password")));

    /// <summary>
    /// <c>$"{user}:…"</c>: the finding is the interpolated text piece; the fix moves that whole piece (colon included) and
    /// interpolates the accessor, so the composed pair stays the same.
    /// </summary>
    [Fact]
    public Task PasswordInsideInterpolatedText_IsMovedWithItsColon() => Verify.VerifyAsync(
        """
        using System;
        using System.Net.Http.Headers;
        using System.Text;
        class C
        {
            AuthenticationHeaderValue M(string user) => new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes($"{user}{|#0::Hq8#vRt2Lm|}")));
        }
        """,
        new[] { Verify.Diagnostic("SEC0001").WithLocation(0) },
        """
        using System;
        using System.Net.Http.Headers;
        using System.Text;
        class C
        {
            AuthenticationHeaderValue M(string user) => new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes($"{user}{Secrets.BasicAuthCredentials}")));
        }
        """,
        Verify.EmptyManifest,
        With(SecretsManager("BasicAuthCredentials", "basic-auth-credentials")));
}
