using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using static SecretAnalyzers.CodeFixes.Tests.Verifiers.ExpectedManifest;
using Verify = SecretAnalyzers.CodeFixes.Tests.Verifiers.CSharpCodeFixVerifier;

namespace SecretAnalyzers.CodeFixes.Tests;

/// <summary>
/// The finding kinds of issue 10: values followed through locals and members, and comparisons. The fix acts where
/// the value is (the finding's location); the read that made it a secret keeps reading the same local or member.
/// </summary>
public class FlowAndComparisonFixTests
{
    private static readonly DiagnosticResult[] Flow = { Verify.Diagnostic("SEC0001").WithLocation(0).WithLocation(1) };

    private static readonly DiagnosticResult[] One = { Verify.Diagnostic("SEC0001").WithLocation(0) };

    [Fact]
    public Task FollowedLocal_GetsTheAccessorAsItsValue() => Verify.VerifyAsync(
        """
        class C
        {
            void M()
            {
                var fallback = {|#0:"hunter2!"|};
                Login("admin", {|#1:fallback|});
            }

            static void Login(string user, string password) { }
        }
        """,
        Flow,
        """
        class C
        {
            void M()
            {
                var fallback = Secrets.Password;
                Login("admin", fallback);
            }

            static void Login(string user, string password) { }
        }
        """,
        Verify.EmptyManifest,
        With(SecretsManager("Password", "password")));

    [Fact]
    public Task FollowedReadonlyField_IsInlinedAndRemoved() => Verify.VerifyAsync(
        """
        class C
        {
            private static readonly string DefaultValue = {|#0:"hunter2!"|};

            void M() => Login("admin", {|#1:DefaultValue|});

            static void Login(string user, string password) { }
        }
        """,
        Flow,
        """
        class C
        {
            void M() => Login("admin", Secrets.Password);

            static void Login(string user, string password) { }
        }
        """,
        Verify.EmptyManifest,
        With(SecretsManager("Password", "password")));

    [Fact]
    public Task FollowedGetOnlyProperty_GetsTheAccessorAsItsInitializer() => Verify.VerifyAsync(
        """
        class C
        {
            string Fallback { get; } = {|#0:"hunter2!"|};

            void M() => Login("admin", {|#1:Fallback|});

            static void Login(string user, string password) { }
        }
        """,
        Flow,
        """
        class C
        {
            string Fallback { get; } = Secrets.Password;

            void M() => Login("admin", Fallback);

            static void Login(string user, string password) { }
        }
        """,
        Verify.EmptyManifest,
        With(SecretsManager("Password", "password")));

    [Fact]
    public Task Comparison_ComparesWithTheAccessor() => Verify.VerifyAsync(
        """
        using System;

        class C
        {
            bool Check(string password) => StringComparer.Ordinal.Equals(password, {|#0:"hunter2!"|});
        }
        """,
        One,
        """
        using System;

        class C
        {
            bool Check(string password) => StringComparer.Ordinal.Equals(password, Secrets.Password);
        }
        """,
        Verify.EmptyManifest,
        With(SecretsManager("Password", "password")));

    [Fact]
    public Task PatternComparison_HasNoFix() => Verify.VerifyNoFixAsync(
        """
        class C
        {
            bool Check(string password) => password is {|#0:"hunter2!"|};
        }
        """,
        One);

    [Fact]
    public Task SecretSpreadOverConsts_MovesTheWholeCredentialAndRemovesTheParts() => Verify.VerifyAsync(
        """
        class C
        {
            private const string Prefix = "Server=db;User Id=app;Password=";
            private const string Part = "hunter2!x";

            string M() => {|#0:Prefix + Part + ";"|};
        }
        """,
        new[] { Verify.Diagnostic("SEC0003").WithLocation(0) },
        """
        class C
        {
            string M() => $"Server=db;User Id=app;Password={Secrets.DbPassword};";
        }
        """,
        Verify.EmptyManifest,
        With(SecretsManager("DbPassword", "db-password", rule: "SEC0003")));

    [Fact]
    public Task SecretSpreadOverConsts_KeepsAPartWithoutSecretThatIsUsedElsewhere() => Verify.VerifyAsync(
        """
        class C
        {
            private const string Prefix = "Server=db;User Id=app;Password=";
            private const string Part = "hunter2!x";

            string M() => {|#0:Prefix + Part|};

            int N() => Prefix.Length;
        }
        """,
        new[] { Verify.Diagnostic("SEC0003").WithLocation(0) },
        """
        class C
        {
            private const string Prefix = "Server=db;User Id=app;Password=";

            string M() => $"Server=db;User Id=app;Password={Secrets.DbPassword}";

            int N() => Prefix.Length;
        }
        """,
        Verify.EmptyManifest,
        With(SecretsManager("DbPassword", "db-password", rule: "SEC0003")));

    [Fact]
    public Task SecretSpreadOverConsts_WhosePartIsReadElsewhere_HasNoFix() => Verify.VerifyNoFixAsync(
        """
        class C
        {
            private const string Part = "hunter2!x";

            string M() => {|#0:"Server=db;User Id=app;Password=" + Part|};

            int N() => Part.Length;
        }
        """,
        new[] { Verify.Diagnostic("SEC0003").WithLocation(0) });

    [Fact]
    public Task SecretSpreadOverAPublicConst_HasNoFix() => Verify.VerifyNoFixAsync(
        """
        public class C
        {
            public const string Part = "hunter2!x";

            public string M() => {|#0:"Server=db;User Id=app;Password=" + Part|};
        }
        """,
        new[] { Verify.Diagnostic("SEC0003").WithLocation(0) });
}
