using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using static SecretAnalyzers.CodeFixes.Tests.Verifiers.ExpectedManifest;
using Verify = SecretAnalyzers.CodeFixes.Tests.Verifiers.CSharpCodeFixVerifier;

namespace SecretAnalyzers.CodeFixes.Tests;

/// <summary>
/// A default parameter value must be a constant: the fix drops the default and passes the accessor by name at each
/// call that relied on it. Where that cannot compile (a later optional parameter, params, overrides, interface
/// members, method groups, derived types, attributes) there is no fix.
/// </summary>
public class DefaultParameterValueTests
{
    private static readonly DiagnosticResult[] One = { Verify.Diagnostic("SEC0001").WithLocation(0) };

    [Fact]
    public Task RecordPrimaryConstructor_DefaultDropped_CallsPassTheAccessor() => Verify.VerifyAsync(
        """
        public record Credentials(string User, string Password = {|#0:"hunter2!"|});

        class C
        {
            Credentials A() => new Credentials("admin");
            Credentials B() => new("root");
            Credentials D(string given) => new Credentials("x", given);
        }
        """,
        One,
        """
        public record Credentials(string User, string Password);

        class C
        {
            Credentials A() => new Credentials("admin", Password: Secrets.Password);
            Credentials B() => new("root", Password: Secrets.Password);
            Credentials D(string given) => new Credentials("x", given);
        }
        """,
        Verify.EmptyManifest,
        With(SecretsManager("Password", "password")));

    [Fact]
    public Task MethodDefault_AsyncCaller_Awaits_ObjectInitializerCaller_GetsArguments() => Verify.VerifyAsync(
        """
        using System.Threading;
        using System.Threading.Tasks;

        class Smtp
        {
            public Smtp(string password = {|#0:"hunter2!"|}) { }
            public string Host { get; set; } = "";
        }

        class C
        {
            Smtp A() => new Smtp { Host = "mail" };
            async Task B(CancellationToken ct) { await Task.Yield(); _ = new Smtp(); }
        }
        """,
        One,
        """
        using System.Threading;
        using System.Threading.Tasks;

        class Smtp
        {
            public Smtp(string password) { }
            public string Host { get; set; } = "";
        }

        class C
        {
            Smtp A() => new Smtp(password: Secrets.Password) { Host = "mail" };
            async Task B(CancellationToken ct) { await Task.Yield(); _ = new Smtp(password: await Secrets.GetPasswordAsync(ct)); }
        }
        """,
        Verify.EmptyManifest,
        With(SecretsManager("Password", "password")));

    [Theory]
    [InlineData("""
        class C
        {
            void Connect(string password = {|#0:"hunter2!"|}, int port = 25) { }
            void M() => Connect();
        }
        """)]
    [InlineData("""
        class C
        {
            void Connect(string password = {|#0:"hunter2!"|}, params int[] ports) { }
            void M() => Connect();
        }
        """)]
    [InlineData("""
        class B { public virtual void Connect(string password = {|#0:"hunter2!"|}) { } }
        """)]
    [InlineData("""
        interface I { void Connect(string password); }
        class C : I
        {
            public void Connect(string password = {|#0:"hunter2!"|}) { }
        }
        """)]
    [InlineData("""
        using System;
        class C
        {
            static void Connect(string password = {|#0:"hunter2!"|}) { }
            Action<string> M() => Connect;
        }
        """)]
    [InlineData("""
        public record Credentials(string Password = {|#0:"hunter2!"|});
        public record Admin : Credentials;
        """)]
    public Task DefaultThatCannotBeDropped_GetsNoFix(string source) => Verify.VerifyNoFixAsync(source, One);
}
