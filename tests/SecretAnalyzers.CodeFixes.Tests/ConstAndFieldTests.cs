using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using static SecretAnalyzers.CodeFixes.Tests.Verifiers.ExpectedManifest;
using Verify = SecretAnalyzers.CodeFixes.Tests.Verifiers.CSharpCodeFixVerifier;

namespace SecretAnalyzers.CodeFixes.Tests;

/// <summary>
/// Secrets held by consts and fields: a private const or readonly field that only held the secret is replaced at its
/// uses and removed; a visible const becomes <c>static readonly</c>; a const needed by another constant gets no fix.
/// </summary>
public class ConstAndFieldTests
{
    private static readonly DiagnosticResult[] One = { Verify.Diagnostic("SEC0001").WithLocation(0) };

    private static readonly string PasswordEntry = With(SecretsManager("Password", "password"));

    [Fact]
    public Task PrivateConst_IsInlinedAtItsUsesAndRemoved() => Verify.VerifyAsync(
        """
        using System.Threading;
        using System.Threading.Tasks;

        class C
        {
            private const string Password = {|#0:"hunter2!"|};

            void Sync() => Use(Password);

            async Task Async(CancellationToken cancellationToken)
            {
                await Task.Yield();
                Use(C.Password);
            }

            static void Use(string value) { }
        }
        """,
        One,
        """
        using System.Threading;
        using System.Threading.Tasks;

        class C
        {
            void Sync() => Use(Secrets.Password);

            async Task Async(CancellationToken cancellationToken)
            {
                await Task.Yield();
                Use(await Secrets.GetPasswordAsync(cancellationToken));
            }

            static void Use(string value) { }
        }
        """,
        Verify.EmptyManifest,
        PasswordEntry);

    [Fact]
    public Task PrivateStaticReadonlyField_IsInlinedAndRemoved() => Verify.VerifyAsync(
        """
        class C
        {
            private static readonly string s_password = {|#0:"hunter2!"|};
            private int _count;

            void M() => System.Console.WriteLine(s_password + _count);
        }
        """,
        One,
        """
        class C
        {
            private int _count;

            void M() => System.Console.WriteLine(Secrets.Password + _count);
        }
        """,
        Verify.EmptyManifest,
        PasswordEntry);

    [Fact]
    public Task PublicConst_BecomesStaticReadonly() => Verify.VerifyAsync(
        """
        public class C
        {
            public const string Password = {|#0:"hunter2!"|};
        }
        """,
        One,
        """
        public class C
        {
            public static readonly string Password = Secrets.Password;
        }
        """,
        Verify.EmptyManifest,
        PasswordEntry);

    [Fact]
    public Task ConstLocal_InAsyncMethod_BecomesAnAwaitedLocal() => Verify.VerifyAsync(
        """
        using System.Threading;
        using System.Threading.Tasks;

        class C
        {
            async Task M(CancellationToken cancellationToken)
            {
                await Task.Yield();
                const string password = {|#0:"hunter2!"|};
                System.Console.WriteLine(password);
            }
        }
        """,
        One,
        """
        using System.Threading;
        using System.Threading.Tasks;

        class C
        {
            async Task M(CancellationToken cancellationToken)
            {
                await Task.Yield();
                string password = await Secrets.GetPasswordAsync(cancellationToken);
                System.Console.WriteLine(password);
            }
        }
        """,
        Verify.EmptyManifest,
        PasswordEntry);

    [Fact]
    public Task ConstUsedInACaseLabel_GetsNoFix() => Verify.VerifyNoFixAsync(
        """
        class C
        {
            private const string Password = {|#0:"hunter2!"|};

            int M(string input)
            {
                switch (input)
                {
                    case Password:
                        return 1;
                    default:
                        return 0;
                }
            }
        }
        """,
        One);

    [Fact]
    public Task ConstUsedByAnotherConst_GetsNoFix() => Verify.VerifyNoFixAsync(
        """
        public class C
        {
            public const string Password = {|#0:"hunter2!"|};
            public const string Display = "pw: " + Password;
        }
        """,
        One);

    [Fact]
    public Task ConstInAnAttribute_GetsNoFix() => Verify.VerifyNoFixAsync(
        """
        using System;

        public class C
        {
            private const string Password = {|#0:"hunter2!"|};

            [Obsolete(Password)]
            public void M() { }
        }
        """,
        One);

    [Fact]
    public Task CaseLabel_GetsNoFix() => Verify.VerifyNoFixAsync(
        """
        class C
        {
            int M(string password)
            {
                switch (password)
                {
                    case {|#0:"hunter2!"|}:
                        return 1;
                    default:
                        return 0;
                }
            }
        }
        """,
        One);

    [Fact]
    public Task PartialClassAcrossFiles_ConstInOneFileUsedInAnother() => Verify.VerifyAsync(
        source: string.Empty,
        expected: One,
        fixedSource: string.Empty,
        manifest: Verify.EmptyManifest,
        fixedManifest: PasswordEntry,
        configure: test =>
        {
            test.TestState.Sources.Clear();
            test.TestState.Sources.Add(("/0/A.cs", """
                partial class C
                {
                    private const string Password = {|#0:"hunter2!"|};
                }
                """));
            test.TestState.Sources.Add(("/0/B.cs", """
                partial class C
                {
                    void M() => System.Console.WriteLine(Password);
                }
                """));
            test.FixedState.Sources.Clear();
            test.FixedState.Sources.Add(("/0/A.cs", """
                partial class C
                {
                }
                """));
            test.FixedState.Sources.Add(("/0/B.cs", """
                partial class C
                {
                    void M() => System.Console.WriteLine(Secrets.Password);
                }
                """));
            test.FixedState.AdditionalFiles.Clear();
            test.FixedState.AdditionalFiles.Add((Verify.ManifestPath, With(SecretsManager("Password", "password", file: "A.cs"))));
        });

    [Fact]
    public Task ConstWithSeveralDeclarators_OnlyTheSecretOneIsRemoved() => Verify.VerifyAsync(
        """
        class C
        {
            private const string User = "admin", Password = {|#0:"hunter2!"|};

            void M() => Login(User, Password);

            static void Login(string user, string password) { }
        }
        """,
        One,
        """
        class C
        {
            private const string User = "admin";

            void M() => Login(User, Secrets.Password);

            static void Login(string user, string password) { }
        }
        """,
        Verify.EmptyManifest,
        PasswordEntry);

    [Fact]
    public Task PublicStaticReadonlyField_KeepsTheFieldAndReadsSynchronously() => Verify.VerifyAsync(
        """
        public class C
        {
            public static readonly string Password = {|#0:"hunter2!"|};
        }
        """,
        One,
        """
        public class C
        {
            public static readonly string Password = Secrets.Password;
        }
        """,
        Verify.EmptyManifest,
        PasswordEntry);

    [Fact]
    public Task ObjectInitializer_InAsyncMethod_Awaits() => Verify.VerifyAsync(
        """
        using System.Threading;
        using System.Threading.Tasks;

        class Options
        {
            public string Password { get; set; } = string.Empty;
        }

        class C
        {
            async Task<Options> M(CancellationToken cancellationToken)
            {
                await Task.Yield();
                return new Options { Password = {|#0:"hunter2!"|} };
            }
        }
        """,
        One,
        """
        using System.Threading;
        using System.Threading.Tasks;

        class Options
        {
            public string Password { get; set; } = string.Empty;
        }

        class C
        {
            async Task<Options> M(CancellationToken cancellationToken)
            {
                await Task.Yield();
                return new Options { Password = await Secrets.GetPasswordAsync(cancellationToken) };
            }
        }
        """,
        Verify.EmptyManifest,
        PasswordEntry);
}
