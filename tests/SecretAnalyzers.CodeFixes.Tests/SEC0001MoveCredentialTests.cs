using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using SecretAnalyzers.CodeFixes.Tests.Verifiers;
using static SecretAnalyzers.CodeFixes.Tests.Verifiers.ExpectedManifest;
using Verify = SecretAnalyzers.CodeFixes.Tests.Verifiers.CSharpCodeFixVerifier;

namespace SecretAnalyzers.CodeFixes.Tests;

/// <summary>SEC0001 (a credential-named value): the literal becomes an accessor read suited to where it is.</summary>
public class SEC0001MoveCredentialTests
{
    private static readonly DiagnosticResult[] One = { Verify.Diagnostic("SEC0001").WithLocation(0) };

    private static readonly string PasswordEntry = With(SecretsManager("Password", "password"));

    [Fact]
    public Task SyncMethod_ReadsThePreloadedAccessor() => Verify.VerifyAsync(
        """
        class C
        {
            void M()
            {
                string password = {|#0:"hunter2!"|};
                System.Console.WriteLine(password);
            }
        }
        """,
        One,
        """
        class C
        {
            void M()
            {
                string password = Secrets.Password;
                System.Console.WriteLine(password);
            }
        }
        """,
        Verify.EmptyManifest,
        PasswordEntry);

    [Fact]
    public Task AsyncMethod_AwaitsWithTheCancellationToken() => Verify.VerifyAsync(
        """
        using System.Threading;
        using System.Threading.Tasks;

        class C
        {
            async Task M(CancellationToken cancellationToken)
            {
                await Task.Yield();
                string password = {|#0:"hunter2!"|};
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
    public Task AsyncMethod_PrefersTheTokenNamedCt() => Verify.VerifyAsync(
        """
        using System.Threading;
        using System.Threading.Tasks;

        class C
        {
            async Task<int> M(CancellationToken other, CancellationToken ct)
            {
                await Task.Yield();
                return Use({|#0:"hunter2!"|});
            }

            static int Use(string password) => password.Length;
        }
        """,
        One,
        """
        using System.Threading;
        using System.Threading.Tasks;

        class C
        {
            async Task<int> M(CancellationToken other, CancellationToken ct)
            {
                await Task.Yield();
                return Use(await Secrets.GetPasswordAsync(ct));
            }

            static int Use(string password) => password.Length;
        }
        """,
        Verify.EmptyManifest,
        PasswordEntry);

    [Fact]
    public Task AsyncMethod_WithoutToken_OmitsTheArgument() => Verify.VerifyAsync(
        """
        using System.Threading.Tasks;

        class C
        {
            async Task<string> M()
            {
                await Task.Yield();
                var password = {|#0:"hunter2!"|};
                return password;
            }
        }
        """,
        One,
        """
        using System.Threading.Tasks;

        class C
        {
            async Task<string> M()
            {
                await Task.Yield();
                var password = await Secrets.GetPasswordAsync();
                return password;
            }
        }
        """,
        Verify.EmptyManifest,
        PasswordEntry);

    [Fact]
    public Task AsyncLambda_InSyncMethod_AwaitsWithItsOwnToken() => Verify.VerifyAsync(
        """
        using System;
        using System.Threading;
        using System.Threading.Tasks;

        class C
        {
            Func<CancellationToken, Task<string>> M() => async token =>
            {
                await Task.Yield();
                string password = {|#0:"hunter2!"|};
                return password;
            };
        }
        """,
        One,
        """
        using System;
        using System.Threading;
        using System.Threading.Tasks;

        class C
        {
            Func<CancellationToken, Task<string>> M() => async token =>
            {
                await Task.Yield();
                string password = await Secrets.GetPasswordAsync(token);
                return password;
            };
        }
        """,
        Verify.EmptyManifest,
        PasswordEntry);

    [Fact]
    public Task SyncLambda_InAsyncMethod_ReadsSynchronously() => Verify.VerifyAsync(
        """
        using System;
        using System.Threading;
        using System.Threading.Tasks;

        class C
        {
            async Task<Func<string>> M(CancellationToken cancellationToken)
            {
                await Task.Yield();
                return () =>
                {
                    string password = {|#0:"hunter2!"|};
                    return password;
                };
            }
        }
        """,
        One,
        """
        using System;
        using System.Threading;
        using System.Threading.Tasks;

        class C
        {
            async Task<Func<string>> M(CancellationToken cancellationToken)
            {
                await Task.Yield();
                return () =>
                {
                    string password = Secrets.Password;
                    return password;
                };
            }
        }
        """,
        Verify.EmptyManifest,
        PasswordEntry);

    [Fact]
    public Task AsyncLocalFunction_CapturesTheOuterToken() => Verify.VerifyAsync(
        """
        using System.Threading;
        using System.Threading.Tasks;

        class C
        {
            Task<string> M(CancellationToken cancellationToken)
            {
                return Local();

                async Task<string> Local()
                {
                    await Task.Yield();
                    string password = {|#0:"hunter2!"|};
                    return password;
                }
            }
        }
        """,
        One,
        """
        using System.Threading;
        using System.Threading.Tasks;

        class C
        {
            Task<string> M(CancellationToken cancellationToken)
            {
                return Local();

                async Task<string> Local()
                {
                    await Task.Yield();
                    string password = await Secrets.GetPasswordAsync(cancellationToken);
                    return password;
                }
            }
        }
        """,
        Verify.EmptyManifest,
        PasswordEntry);

    [Fact]
    public Task StaticAsyncLocalFunction_DoesNotCaptureTheOuterToken() => Verify.VerifyAsync(
        """
        using System.Threading;
        using System.Threading.Tasks;

        class C
        {
            Task<string> M(CancellationToken cancellationToken)
            {
                return Local();

                static async Task<string> Local()
                {
                    await Task.Yield();
                    string password = {|#0:"hunter2!"|};
                    return password;
                }
            }
        }
        """,
        One,
        """
        using System.Threading;
        using System.Threading.Tasks;

        class C
        {
            Task<string> M(CancellationToken cancellationToken)
            {
                return Local();

                static async Task<string> Local()
                {
                    await Task.Yield();
                    string password = await Secrets.GetPasswordAsync();
                    return password;
                }
            }
        }
        """,
        Verify.EmptyManifest,
        PasswordEntry);

    [Fact]
    public Task LockInAsyncMethod_ReadsSynchronously() => Verify.VerifyAsync(
        """
        using System.Threading.Tasks;

        class C
        {
            private readonly object _gate = new object();
            private string _current;

            async Task M()
            {
                await Task.Yield();
                lock (_gate)
                {
                    string password = {|#0:"hunter2!"|};
                    _current = password;
                }
            }
        }
        """,
        One,
        """
        using System.Threading.Tasks;

        class C
        {
            private readonly object _gate = new object();
            private string _current;

            async Task M()
            {
                await Task.Yield();
                lock (_gate)
                {
                    string password = Secrets.Password;
                    _current = password;
                }
            }
        }
        """,
        Verify.EmptyManifest,
        PasswordEntry);

    [Fact]
    public Task MemberAccessOnTheLiteral_IsParenthesizedWhenAwaited() => Verify.VerifyAsync(
        """
        using System.Threading.Tasks;

        class C
        {
            async Task<char[]> M()
            {
                await Task.Yield();
                char[] passwordChars = {|#0:"hunter2!"|}.ToCharArray();
                return passwordChars;
            }
        }
        """,
        One,
        """
        using System.Threading.Tasks;

        class C
        {
            async Task<char[]> M()
            {
                await Task.Yield();
                char[] passwordChars = (await Secrets.GetPasswordAsync()).ToCharArray();
                return passwordChars;
            }
        }
        """,
        Verify.EmptyManifest,
        PasswordEntry);

    [Fact]
    public Task PropertyInitializer_ReadsSynchronously() => Verify.VerifyAsync(
        """
        public class Options
        {
            public string Password { get; set; } = {|#0:"hunter2!"|};
        }
        """,
        One,
        """
        public class Options
        {
            public string Password { get; set; } = Secrets.Password;
        }
        """,
        Verify.EmptyManifest,
        PasswordEntry);

    [Fact]
    public Task ExpressionBodiedProperty_ReadsSynchronously() => Verify.VerifyAsync(
        """
        class C
        {
            string Password => {|#0:"hunter2!"|};
        }
        """,
        One,
        """
        class C
        {
            string Password => Secrets.Password;
        }
        """,
        Verify.EmptyManifest,
        PasswordEntry);

    [Fact]
    public Task Constructor_ReadsSynchronously() => Verify.VerifyAsync(
        """
        class C
        {
            private string _password;

            public C()
            {
                _password = {|#0:"hunter2!"|};
            }

            public override string ToString() => _password;
        }
        """,
        One,
        """
        class C
        {
            private string _password;

            public C()
            {
                _password = Secrets.Password;
            }

            public override string ToString() => _password;
        }
        """,
        Verify.EmptyManifest,
        PasswordEntry);

    [Fact]
    public Task RecordInitProperty_ReadsSynchronously() => Verify.VerifyAsync(
        """
        public record Settings
        {
            public string ApiKey { get; init; } = {|#0:"k3y-v4lue-123"|};
        }
        """,
        One,
        """
        public record Settings
        {
            public string ApiKey { get; init; } = Secrets.ApiKey;
        }
        """,
        Verify.EmptyManifest,
        With(SecretsManager("ApiKey", "api-key")));

    [Fact]
    public Task NestedClass() => Verify.VerifyAsync(
        """
        class Outer
        {
            class Inner
            {
                void M()
                {
                    var password = {|#0:"hunter2!"|};
                    System.Console.WriteLine(password);
                }
            }
        }
        """,
        One,
        """
        class Outer
        {
            class Inner
            {
                void M()
                {
                    var password = Secrets.Password;
                    System.Console.WriteLine(password);
                }
            }
        }
        """,
        Verify.EmptyManifest,
        PasswordEntry);

    [Fact]
    public Task NameAlreadyInTheManifest_GetsASuffix()
    {
        var manifest = With(ParameterStore("Password", "/other/password"));
        return Verify.VerifyAsync(
            """
            class C
            {
                void M()
                {
                    var password = {|#0:"hunter2!"|};
                    System.Console.WriteLine(password);
                }
            }
            """,
            One,
            """
            class C
            {
                void M()
                {
                    var password = Secrets.Password2;
                    System.Console.WriteLine(password);
                }
            }
            """,
            manifest,
            Append(manifest, SecretsManager("Password2", "password2")));
    }

    [Fact]
    public Task SecondAction_MovesToParameterStore() => Verify.VerifyAsync(
        """
        class C
        {
            void M()
            {
                var password = {|#0:"hunter2!"|};
                System.Console.WriteLine(password);
            }
        }
        """,
        One,
        """
        class C
        {
            void M()
            {
                var password = Secrets.Password;
                System.Console.WriteLine(password);
            }
        }
        """,
        Verify.EmptyManifest,
        With(ParameterStore("Password", "/password")),
        codeActionIndex: 1);

    [Fact]
    public Task DefaultStoreAndIdPrefix_ComeFromEditorConfig() => Verify.VerifyAsync(
        """
        class C
        {
            void M()
            {
                var dbPassword = {|#0:"hunter2!"|};
                System.Console.WriteLine(dbPassword);
            }
        }
        """,
        One,
        """
        class C
        {
            void M()
            {
                var dbPassword = Secrets.DbPassword;
                System.Console.WriteLine(dbPassword);
            }
        }
        """,
        Verify.EmptyManifest,
        With(ParameterStore("DbPassword", "/myapp/prod/db-password")),
        editorConfig: "secret_analyzers.default_store = parameterstore\nsecret_analyzers.id_prefix = myapp/prod/");

    [Fact]
    public Task IdPrefix_ForSecretsManager_HasNoLeadingSlash() => Verify.VerifyAsync(
        """
        class C
        {
            void M()
            {
                var dbPassword = {|#0:"hunter2!"|};
                System.Console.WriteLine(dbPassword);
            }
        }
        """,
        One,
        """
        class C
        {
            void M()
            {
                var dbPassword = Secrets.DbPassword;
                System.Console.WriteLine(dbPassword);
            }
        }
        """,
        Verify.EmptyManifest,
        With(SecretsManager("DbPassword", "myapp/prod/db-password")),
        editorConfig: "secret_analyzers.id_prefix = /myapp/prod");

    [Fact]
    public Task ClassNameHiddenByAMember_IsQualified() => Verify.VerifyAsync(
        """
        class C
        {
            string Secrets => "none";

            void M()
            {
                var password = {|#0:"hunter2!"|};
                System.Console.WriteLine(password + Secrets);
            }
        }
        """,
        One,
        """
        class C
        {
            string Secrets => "none";

            void M()
            {
                var password = global::Secrets.Password;
                System.Console.WriteLine(password + Secrets);
            }
        }
        """,
        Verify.EmptyManifest,
        PasswordEntry);
}
