using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using static SecretAnalyzers.CodeFixes.Tests.Verifiers.ExpectedManifest;
using Verify = SecretAnalyzers.CodeFixes.Tests.Verifiers.CSharpCodeFixVerifier;

namespace SecretAnalyzers.CodeFixes.Tests;

/// <summary>
/// Fix All (document, project and solution scopes are all run by the verifier): one pass per document, one manifest
/// edit per project, identical secrets collapse into one entry, and names never collide.
/// </summary>
public class FixAllTests
{
    [Fact]
    public Task IdenticalValues_ShareOneEntry_DifferentValues_GetUniqueNames()
    {
        var test = new Verify.Test
        {
            TestCode = """
                class C
                {
                    void A() { var password = {|#0:"hunter2!"|}; Use(password); }
                    void B() { var dbPassword = {|#1:"hunter2!"|}; Use(dbPassword); }
                    void D() { var password = {|#2:"other-pa55!"|}; Use(password); }
                    void E() { var apiKey = {|#3:"k3y-v4lue-123"|}; Use(apiKey); }

                    static void Use(string value) { }
                }
                """,
            FixedCode = """
                class C
                {
                    void A() { var password = Secrets.Password; Use(password); }
                    void B() { var dbPassword = Secrets.DbPassword; Use(dbPassword); }
                    void D() { var password = Secrets.Password2; Use(password); }
                    void E() { var apiKey = Secrets.ApiKey; Use(apiKey); }

                    static void Use(string value) { }
                }
                """,
            BatchFixedCode = """
                class C
                {
                    void A() { var password = Secrets.Password; Use(password); }
                    void B() { var dbPassword = Secrets.Password; Use(dbPassword); }
                    void D() { var password = Secrets.Password2; Use(password); }
                    void E() { var apiKey = Secrets.ApiKey; Use(apiKey); }

                    static void Use(string value) { }
                }
                """,
        };
        for (var i = 0; i < 4; i++)
        {
            test.ExpectedDiagnostics.Add(Verify.Diagnostic("SEC0001").WithLocation(i));
        }

        test.TestState.AdditionalFiles.Add((Verify.ManifestPath, Verify.EmptyManifest));

        // One fix at a time cannot know that two literals hold the same value; Fix All can.
        test.FixedState.AdditionalFiles.Add((Verify.ManifestPath, With(
            SecretsManager("Password", "password"),
            SecretsManager("DbPassword", "db-password"),
            SecretsManager("Password2", "password2"),
            SecretsManager("ApiKey", "api-key"))));
        test.BatchFixedState.AdditionalFiles.Add((Verify.ManifestPath, With(
            SecretsManager("Password", "password"),
            SecretsManager("Password2", "password2"),
            SecretsManager("ApiKey", "api-key"))));
        return test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public Task AcrossDocuments_OneManifestEdit()
    {
        var test = new Verify.Test();
        test.TestState.Sources.Add(("/0/A.cs", """
            class A
            {
                void M() => Login("admin", {|#0:"hunter2!"|});

                static void Login(string user, string password) { }
            }
            """));
        test.TestState.Sources.Add(("/0/B.cs", """
            using System.Threading;
            using System.Threading.Tasks;

            class B
            {
                async Task M(CancellationToken cancellationToken)
                {
                    await Task.Yield();
                    Login("admin", {|#1:"hunter2!"|});
                    Connect({|#2:"Server=db;User Id=app;Password=s3cret-Pa55;"|});
                }

                static void Login(string user, string password) { }

                static void Connect(string connectionString) { }
            }
            """));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("SEC0001").WithLocation(0));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("SEC0001").WithLocation(1));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("SEC0003").WithLocation(2));
        test.TestState.AdditionalFiles.Add((Verify.ManifestPath, Verify.EmptyManifest));

        test.FixedState.Sources.Add(("/0/A.cs", """
            class A
            {
                void M() => Login("admin", Secrets.Password);

                static void Login(string user, string password) { }
            }
            """));
        test.FixedState.Sources.Add(("/0/B.cs", """
            using System.Threading;
            using System.Threading.Tasks;

            class B
            {
                async Task M(CancellationToken cancellationToken)
                {
                    await Task.Yield();
                    Login("admin", await Secrets.GetPassword2Async(cancellationToken));
                    Connect($"Server=db;User Id=app;Password={await Secrets.GetDbPasswordAsync(cancellationToken)};");
                }

                static void Login(string user, string password) { }

                static void Connect(string connectionString) { }
            }
            """));
        test.FixedState.AdditionalFiles.Add((Verify.ManifestPath, With(
            SecretsManager("Password", "password", file: "A.cs"),
            SecretsManager("Password2", "password2", file: "B.cs"),
            SecretsManager("DbPassword", "db-password", rule: "SEC0003", file: "B.cs"))));

        // Fix All (here over both rules at once) collapses the two identical passwords into one entry.
        test.BatchFixedState.Sources.Add(("/0/A.cs", """
            class A
            {
                void M() => Login("admin", Secrets.Password);

                static void Login(string user, string password) { }
            }
            """));
        test.BatchFixedState.Sources.Add(("/0/B.cs", """
            using System.Threading;
            using System.Threading.Tasks;

            class B
            {
                async Task M(CancellationToken cancellationToken)
                {
                    await Task.Yield();
                    Login("admin", await Secrets.GetPasswordAsync(cancellationToken));
                    Connect($"Server=db;User Id=app;Password={await Secrets.GetDbPasswordAsync(cancellationToken)};");
                }

                static void Login(string user, string password) { }

                static void Connect(string connectionString) { }
            }
            """));
        test.BatchFixedState.AdditionalFiles.Add((Verify.ManifestPath, With(
            SecretsManager("Password", "password", file: "A.cs"),
            SecretsManager("DbPassword", "db-password", rule: "SEC0003", file: "B.cs"))));
        test.NumberOfFixAllIterations = 1;

        // Fix All in one document cannot see the other document's identical value; project and solution scope can.
        test.CodeFixTestBehaviors |= CodeFixTestBehaviors.SkipFixAllInDocumentCheck;
        return test.RunAsync(CancellationToken.None);
    }
}
