using System.Text;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;
using SecretAnalyzers.Manifest;
using static SecretAnalyzers.CodeFixes.Tests.Verifiers.ExpectedManifest;
using Verify = SecretAnalyzers.CodeFixes.Tests.Verifiers.CSharpCodeFixVerifier;

namespace SecretAnalyzers.CodeFixes.Tests;

/// <summary>The manifest side of a fix (creating it, naming, class and namespace) and the using it needs.</summary>
public class ManifestAndImportTests
{
    private static readonly DiagnosticResult[] One = { Verify.Diagnostic("SEC0001").WithLocation(0) };

    private const string Source = """
        using System;

        namespace MyApp.Data
        {
            class Repository
            {
                void Connect()
                {
                    var dbPassword = {|#0:"hunter2!"|};
                    Console.WriteLine(dbPassword);
                }
            }
        }
        """;

    [Fact]
    public Task ProjectWithoutManifest_GetsOne_WhenTheWorkspaceCanAddFiles()
    {
        var created = Append(ManifestWriter.CreateNew("Secrets", null), SecretsManager("DbPassword", "db-password"));
        return Verify.VerifyAsync(
            Source,
            One,
            Source.Replace("{|#0:\"hunter2!\"|}", "Secrets.DbPassword"),
            manifest: null,
            fixedManifest: created,
            configure: test =>
            {
                test.FixedState.AdditionalFiles.Clear();
                test.FixedState.AdditionalFiles.Add((Verify.ManifestPath, SourceText.From(created, new UTF8Encoding(false))));
            });
    }

    [Fact]
    public Task RootNamespace_IsImported()
    {
        const string fixedSource = """
            using System;
            using MyApp;

            namespace Other
            {
                class Repository
                {
                    void Connect()
                    {
                        var dbPassword = Secrets.DbPassword;
                        Console.WriteLine(dbPassword);
                    }
                }
            }
            """;
        return Verify.VerifyAsync(
            Source.Replace("MyApp.Data", "Other"),
            One,
            fixedSource,
            Verify.EmptyManifest,
            With(SecretsManager("DbPassword", "db-password")),
            configure: test => test.BuildProperties["RootNamespace"] = "MyApp");
    }

    [Fact]
    public Task CodeInsideTheGeneratedNamespace_NeedsNoUsing() => Verify.VerifyAsync(
        Source,
        One,
        Source.Replace("{|#0:\"hunter2!\"|}", "Secrets.DbPassword"),
        Verify.EmptyManifest,
        With(SecretsManager("DbPassword", "db-password")),
        configure: test => test.BuildProperties["RootNamespace"] = "MyApp");

    [Fact]
    public Task ManifestClassAndNamespace_AreUsed()
    {
        var manifest = ManifestWriter.CreateNew("AppSecrets", "Acme.Configuration");
        const string fixedSource = """
            using System;
            using Acme.Configuration;

            namespace MyApp.Data
            {
                class Repository
                {
                    void Connect()
                    {
                        var dbPassword = AppSecrets.DbPassword;
                        Console.WriteLine(dbPassword);
                    }
                }
            }
            """;
        return Verify.VerifyAsync(Source, One, fixedSource, manifest, Append(manifest, SecretsManager("DbPassword", "db-password")));
    }

    [Fact]
    public Task FileWithoutUsings_KeepsItsHeaderOnTop()
    {
        var manifest = ManifestWriter.CreateNew("Secrets", "Acme");
        return Verify.VerifyAsync(
            """
            // Copyright header.
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
            // Copyright header.
            using Acme;

            class C
            {
                void M()
                {
                    var password = Secrets.Password;
                    System.Console.WriteLine(password);
                }
            }
            """,
            manifest,
            Append(manifest, SecretsManager("Password", "password")));
    }

    [Fact]
    public Task ExistingGlobalUsing_IsNotRepeated()
    {
        var manifest = ManifestWriter.CreateNew("Secrets", "Acme");
        return Verify.VerifyAsync(
            string.Empty,
            One,
            string.Empty,
            manifest,
            Append(manifest, SecretsManager("Password", "password", file: "B.cs")),
            configure: test =>
            {
                test.TestState.Sources.Clear();
                test.TestState.Sources.Add(("/0/A.cs", "global using Acme;\n"));
                test.TestState.Sources.Add(("/0/B.cs", """
                    class C
                    {
                        void M()
                        {
                            var password = {|#0:"hunter2!"|};
                            System.Console.WriteLine(password);
                        }
                    }
                    """));
                test.FixedState.Sources.Clear();
                test.FixedState.Sources.Add(("/0/A.cs", "global using Acme;\n"));
                test.FixedState.Sources.Add(("/0/B.cs", """
                    class C
                    {
                        void M()
                        {
                            var password = Secrets.Password;
                            System.Console.WriteLine(password);
                        }
                    }
                    """));
            });
    }

    [Fact]
    public Task ManifestThatIsNotJson_GetsNoFix() => Verify.VerifyNoFixAsync(
        Source,
        One,
        test =>
        {
            test.TestState.AdditionalFiles.Clear();
            test.TestState.AdditionalFiles.Add((Verify.ManifestPath, "{ \"secrets\": [ oops"));
            test.CompilerDiagnostics = CompilerDiagnostics.None;
            test.TestState.ExpectedDiagnostics.Add(DiagnosticResult.CompilerError("SEC0100").WithSpan(Verify.ManifestPath, 1, 16, 1, 17).WithArguments("unexpected character 'o', expected a value"));
        });

    [Fact]
    public Task TopLevelStatements_Await()
    {
        return Verify.VerifyAsync(
            """
            var password = {|#0:"hunter2!"|};
            System.Console.WriteLine(password);
            """,
            One,
            """
            var password = await Secrets.GetPasswordAsync();
            System.Console.WriteLine(password);
            """,
            Verify.EmptyManifest,
            With(SecretsManager("Password", "password")),
            configure: test => test.TestState.OutputKind = OutputKind.ConsoleApplication);
    }
}
