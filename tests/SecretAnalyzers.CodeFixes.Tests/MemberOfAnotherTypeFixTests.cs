using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using static SecretAnalyzers.CodeFixes.Tests.Verifiers.ExpectedManifest;
using Verify = SecretAnalyzers.CodeFixes.Tests.Verifiers.CSharpCodeFixVerifier;

namespace SecretAnalyzers.CodeFixes.Tests;

/// <summary>
/// Findings of the value-flow items added after issue 10's first pass: a single-value member of another type is
/// fixed like a const of another type (its literal moves; a member only this project can read is inlined and
/// removed, a visible one keeps its name and gets the accessor); a literal piece of Concat and a tuple element are
/// replaced in place; a [DefaultValue] argument must stay a constant and gets no fix.
/// </summary>
public class MemberOfAnotherTypeFixTests
{
    private static readonly DiagnosticResult[] AtTheRead = { Verify.Diagnostic("SEC0001").WithLocation(0).WithLocation(1) };

    private static readonly DiagnosticResult[] One = { Verify.Diagnostic("SEC0001").WithLocation(0) };

    private static readonly string PasswordEntry = With(SecretsManager("Password", "password"));

    [Fact]
    public Task InternalStaticReadonlyFieldOfAnotherType_IsInlinedAndRemoved() => Verify.VerifyAsync(
        """
        static class Defaults
        {
            internal static readonly string Fallback = {|#1:"hunter2!"|};
            internal static readonly int Retries = 3;
        }

        class C
        {
            void M() => Login("admin", {|#0:Defaults.Fallback|});

            static void Login(string user, string password) { }
        }
        """,
        AtTheRead,
        """
        static class Defaults
        {
            internal static readonly int Retries = 3;
        }

        class C
        {
            void M() => Login("admin", Secrets.Password);

            static void Login(string user, string password) { }
        }
        """,
        Verify.EmptyManifest,
        PasswordEntry);

    [Fact]
    public Task PublicStaticReadonlyFieldOfAnotherType_KeepsTheFieldWithTheAccessor() => Verify.VerifyAsync(
        """
        public static class Defaults
        {
            public static readonly string Fallback = {|#1:"hunter2!"|};
        }

        class C
        {
            void M() => Login("admin", {|#0:Defaults.Fallback|});

            static void Login(string user, string password) { }
        }
        """,
        AtTheRead,
        """
        public static class Defaults
        {
            public static readonly string Fallback = Secrets.Password;
        }

        class C
        {
            void M() => Login("admin", Defaults.Fallback);

            static void Login(string user, string password) { }
        }
        """,
        Verify.EmptyManifest,
        PasswordEntry);

    [Fact]
    public Task GetOnlyPropertyOfAnotherType_GetsTheAccessorAsItsInitializer() => Verify.VerifyAsync(
        """
        class Settings
        {
            public string Fallback { get; } = {|#1:"hunter2!"|};
        }

        class C
        {
            void M(Settings s) => Login("admin", {|#0:s.Fallback|});

            static void Login(string user, string password) { }
        }
        """,
        AtTheRead,
        """
        class Settings
        {
            public string Fallback { get; } = Secrets.Password;
        }

        class C
        {
            void M(Settings s) => Login("admin", s.Fallback);

            static void Login(string user, string password) { }
        }
        """,
        Verify.EmptyManifest,
        PasswordEntry);

    [Fact]
    public Task ConcatPiece_IsReplacedInPlace() => Verify.VerifyAsync(
        """
        class C
        {
            string M(string host) => string.Concat("Server=", host, ";Password=", {|#0:"hunter2!"|});
        }
        """,
        One,
        """
        class C
        {
            string M(string host) => string.Concat("Server=", host, ";Password=", Secrets.Password);
        }
        """,
        Verify.EmptyManifest,
        PasswordEntry);

    [Fact]
    public Task TupleElement_IsReplacedInPlace() => Verify.VerifyAsync(
        """
        class C
        {
            (string User, string Password) M() => (User: "admin", Password: {|#0:"hunter2!"|});
        }
        """,
        One,
        """
        class C
        {
            (string User, string Password) M() => (User: "admin", Password: Secrets.Password);
        }
        """,
        Verify.EmptyManifest,
        PasswordEntry);

    [Fact]
    public Task DefaultValueAttribute_GetsNoFix() => Verify.VerifyNoFixAsync(
        """
        using System.ComponentModel;

        class Options
        {
            [DefaultValue({|#0:"hunter2!"|})]
            public string Password { get; set; }
        }
        """,
        One);

    [Fact]
    public Task ChainInOneType_MovesTheLiteralAndRemovesTheConstThatHeldIt() => Verify.VerifyAsync(
        """
        class C
        {
            private const string Value = {|#0:"hunter2!"|};
            private static readonly string Fallback = Value;

            void M() => Login("admin", {|#1:Fallback|});

            static void Login(string user, string password) { }
        }
        """,
        AtTheRead,
        """
        class C
        {
            private static readonly string Fallback = Secrets.Password;

            void M() => Login("admin", Fallback);

            static void Login(string user, string password) { }
        }
        """,
        Verify.EmptyManifest,
        PasswordEntry);

    [Fact]
    public Task ChainFromAnotherType_MovesTheOtherTypesLiteral() => Verify.VerifyAsync(
        """
        static class Defaults
        {
            public const string Value = {|#2:"hunter2!"|};
        }

        class C
        {
            private static readonly string Fallback = {|#0:Defaults.Value|};

            void M() => Login("admin", {|#1:Fallback|});

            static void Login(string user, string password) { }
        }
        """,
        new[] { Verify.Diagnostic("SEC0001").WithLocation(0).WithLocation(1).WithLocation(2) },
        """
        static class Defaults
        {
        }

        class C
        {
            private static readonly string Fallback = Secrets.Password;

            void M() => Login("admin", Fallback);

            static void Login(string user, string password) { }
        }
        """,
        Verify.EmptyManifest,
        PasswordEntry);
}
