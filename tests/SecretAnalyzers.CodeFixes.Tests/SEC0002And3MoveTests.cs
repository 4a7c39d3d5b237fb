using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using SecretAnalyzers.CodeFixes.Tests.Verifiers;
using static SecretAnalyzers.CodeFixes.Tests.Verifiers.ExpectedManifest;
using Verify = SecretAnalyzers.CodeFixes.Tests.Verifiers.CSharpCodeFixVerifier;

namespace SecretAnalyzers.CodeFixes.Tests;

/// <summary>SEC0002 (tokens and keys) and SEC0003 (connection strings: the credential alone, or the whole string).</summary>
public class SEC0002And3MoveTests
{
    private static readonly DiagnosticResult[] Token = { Verify.Diagnostic("SEC0002").WithLocation(0) };

    private static readonly DiagnosticResult[] ConnectionString = { Verify.Diagnostic("SEC0003").WithLocation(0) };

    private static readonly string GitLab = FakeSecrets.GitLab();

    [Fact]
    public Task Token_AsArgument_InSyncMethod() => Verify.VerifyAsync(
        """
        class C
        {
            void M() => Send("TOKEN");

            static void Send(string value) { }
        }
        """.Replace("TOKEN", "{|#0:\"" + GitLab + "\"|}").Replace("\"{|", "{|").Replace("|}\"", "|}"),
        Token,
        """
        class C
        {
            void M() => Send(Secrets.GitLabToken);

            static void Send(string value) { }
        }
        """,
        Verify.EmptyManifest,
        With(SecretsManager("GitLabToken", "git-lab-token", rule: "SEC0002")));

    [Fact]
    public Task Token_InSwitchExpression_InAsyncMethod() => Verify.VerifyAsync(
        """
        using System.Threading;
        using System.Threading.Tasks;

        class C
        {
            async Task<string> M(int environment, CancellationToken cancellationToken)
            {
                await Task.Yield();
                return environment switch
                {
                    0 => TOKEN,
                    _ => string.Empty,
                };
            }
        }
        """.Replace("TOKEN", "{|#0:\"" + GitLab + "\"|}"),
        Token,
        """
        using System.Threading;
        using System.Threading.Tasks;

        class C
        {
            async Task<string> M(int environment, CancellationToken cancellationToken)
            {
                await Task.Yield();
                return environment switch
                {
                    0 => await Secrets.GetGitLabTokenAsync(cancellationToken),
                    _ => string.Empty,
                };
            }
        }
        """,
        Verify.EmptyManifest,
        With(SecretsManager("GitLabToken", "git-lab-token", rule: "SEC0002")));

    [Fact]
    public Task Token_InSwitchExpression_InSyncMethod() => Verify.VerifyAsync(
        """
        class C
        {
            string M(int environment) => environment switch
            {
                0 => TOKEN,
                _ => string.Empty,
            };
        }
        """.Replace("TOKEN", "{|#0:\"" + GitLab + "\"|}"),
        Token,
        """
        class C
        {
            string M(int environment) => environment switch
            {
                0 => Secrets.GitLabToken,
                _ => string.Empty,
            };
        }
        """,
        Verify.EmptyManifest,
        With(SecretsManager("GitLabToken", "git-lab-token", rule: "SEC0002")));

    [Fact]
    public Task Token_InAnAttributeArgument_GetsNoFix() => Verify.VerifyNoFixAsync(
        """
        using System;

        class C
        {
            [Obsolete(TOKEN)]
            void M() { }
        }
        """.Replace("TOKEN", "{|#0:\"" + GitLab + "\"|}"),
        Token);

    [Fact]
    public Task ConnectionString_MovesOnlyThePassword() => Verify.VerifyAsync(
        """
        class C
        {
            string M() => {|#0:"Server=db;User Id=app;Password=hunter2!x;"|};
        }
        """,
        ConnectionString,
        """
        class C
        {
            string M() => $"Server=db;User Id=app;Password={Secrets.DbPassword};";
        }
        """,
        Verify.EmptyManifest,
        With(SecretsManager("DbPassword", "db-password", rule: "SEC0003")));

    [Fact]
    public Task ConnectionString_InAsyncMethod_AwaitsInsideTheInterpolation() => Verify.VerifyAsync(
        """
        using System.Threading;
        using System.Threading.Tasks;

        class C
        {
            async Task<string> M(CancellationToken ct)
            {
                await Task.Yield();
                var connectionString = {|#0:"Host=db;Username=app;Password=hunter2!x;Timeout={5}"|};
                return connectionString;
            }
        }
        """,
        ConnectionString,
        """
        using System.Threading;
        using System.Threading.Tasks;

        class C
        {
            async Task<string> M(CancellationToken ct)
            {
                await Task.Yield();
                var connectionString = $"Host=db;Username=app;Password={await Secrets.GetDbPasswordAsync(ct)};Timeout={{5}}";
                return connectionString;
            }
        }
        """,
        Verify.EmptyManifest,
        With(SecretsManager("DbPassword", "db-password", rule: "SEC0003")));

    [Fact]
    public Task ConnectionString_WholeStringAction_MovesEverything() => Verify.VerifyAsync(
        """
        class C
        {
            private const string DefaultConnection = {|#0:"Server=db;User Id=app;Password=hunter2!x;"|};

            string M() => DefaultConnection;
        }
        """,
        ConnectionString,
        """
        class C
        {
            string M() => Secrets.DefaultConnection;
        }
        """,
        Verify.EmptyManifest,
        With(SecretsManager("DefaultConnection", "default-connection", rule: "SEC0003")),
        codeActionIndex: 2);

    [Fact]
    public Task ConnectionString_InAConst_BecomesStaticReadonlyWithOnlyThePasswordMoved() => Verify.VerifyAsync(
        """
        public class C
        {
            public const string DefaultConnection = {|#0:"Server=db;User Id=app;Password=hunter2!x;"|};
        }
        """,
        ConnectionString,
        """
        public class C
        {
            public static readonly string DefaultConnection = $"Server=db;User Id=app;Password={Secrets.DbPassword};";
        }
        """,
        Verify.EmptyManifest,
        With(ParameterStore("DbPassword", "/db-password", rule: "SEC0003")),
        codeActionIndex: 1);

    [Fact]
    public Task ConnectionString_InAnInterpolatedString_KeepsTheHoles() => Verify.VerifyAsync(
        """
        class C
        {
            string M(string host) => $"Server={host}{|#0:;User Id=app;Password=hunter2!x;|}";
        }
        """,
        ConnectionString,
        """
        class C
        {
            string M(string host) => $"Server={host};User Id=app;Password={Secrets.DbPassword};";
        }
        """,
        Verify.EmptyManifest,
        With(SecretsManager("DbPassword", "db-password", rule: "SEC0003")));

    [Fact]
    public Task VerbatimConnectionString_BecomesARegularInterpolatedString() => Verify.VerifyAsync(
        """
        class C
        {
            string M() => {|#0:@"Server=.\sql;User Id=app;Password=hunter2!x;"|};
        }
        """,
        ConnectionString,
        """
        class C
        {
            string M() => $"Server=.\\sql;User Id=app;Password={Secrets.DbPassword};";
        }
        """,
        Verify.EmptyManifest,
        With(SecretsManager("DbPassword", "db-password", rule: "SEC0003")));
}
