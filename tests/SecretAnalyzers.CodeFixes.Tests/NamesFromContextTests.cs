using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using SecretAnalyzers.Manifest;
using static SecretAnalyzers.CodeFixes.Tests.Verifiers.ExpectedManifest;
using Verify = SecretAnalyzers.CodeFixes.Tests.Verifiers.CSharpCodeFixVerifier;

namespace SecretAnalyzers.CodeFixes.Tests;

/// <summary>
/// Names and ids come from the code around a secret: a second, different secret that wants a taken name is qualified
/// by what holds it, the object it is handed to, its member or its type (<c>MailerPassword</c>), never numbered while
/// the context has a name left; ids take the manifest's <c>defaults.idPrefix</c> when no option sets one.
/// </summary>
public class NamesFromContextTests
{
    private static readonly DiagnosticResult[] One = { Verify.Diagnostic("SEC0001").WithLocation(0) };

    [Theory]
    [InlineData("Password", new string[0], new[] { "Other" }, "Password")]
    [InlineData("Password", new[] { "Mailer" }, new[] { "Password" }, "MailerPassword")]
    [InlineData("Password", new[] { "SmtpPassword", "Mailer" }, new[] { "Password" }, "SmtpPassword")]
    [InlineData("SmtpPassword", new[] { "Smtp", "Mailer" }, new[] { "SmtpPassword" }, "MailerSmtpPassword")]
    [InlineData("BearerToken", new[] { "GitHubClient", "Sync" }, new[] { "BearerToken", "GitHubClientBearerToken" }, "SyncBearerToken")]
    [InlineData("Password", new[] { "Mailer" }, new[] { "Password", "MailerPassword" }, "Password2")]
    public void PickFreeName_QualifiesByContext_NumbersOnlyWhenContextRunsOut(string desired, string[] context, string[] taken, string expected) =>
        Assert.Equal(expected, ContextNames.PickFreeName(desired, context, new HashSet<string>(taken)));

    [Fact]
    public Task TakenName_IsQualifiedByItsMember_NotNumbered() => Verify.VerifyAsync(
        """
        class Mailer
        {
            void Send()
            {
                var password = {|#0:"hunter2!"|};
                System.Console.WriteLine(password);
            }
        }
        """,
        One,
        """
        class Mailer
        {
            void Send()
            {
                var password = Secrets.SendPassword;
                System.Console.WriteLine(password);
            }
        }
        """,
        With(SecretsManager("Password", "password")),
        Append(With(SecretsManager("Password", "password")), SecretsManager("SendPassword", "send-password")));

    [Fact]
    public Task TakenName_IsQualifiedByTheReceiver()
    {
        var test = new Verify.Test
        {
            TestCode = """
                class SmtpClient { public string Password { get; set; } }
                class Mailer
                {
                    void Configure(SmtpClient backupSmtp)
                    {
                        backupSmtp.Password = {|#0:"hunter2!"|};
                    }
                }
                """,
            FixedCode = """
                class SmtpClient { public string Password { get; set; } }
                class Mailer
                {
                    void Configure(SmtpClient backupSmtp)
                    {
                        backupSmtp.Password = Secrets.BackupSmtpPassword;
                    }
                }
                """,
        };
        test.ExpectedDiagnostics.AddRange(One);
        test.TestState.AdditionalFiles.Add((Verify.ManifestPath, With(SecretsManager("Password", "password"))));
        test.FixedState.AdditionalFiles.Add((Verify.ManifestPath, Append(With(SecretsManager("Password", "password")), SecretsManager("BackupSmtpPassword", "backup-smtp-password"))));
        return test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public Task ConfigurationKey_GivesTheName() => Verify.VerifyAsync(
        """
        using System.Collections.Generic;
        class C
        {
            void M(Dictionary<string, string> settings)
            {
                settings["Smtp:Password"] = {|#0:"hunter2!"|};
            }
        }
        """,
        One,
        """
        using System.Collections.Generic;
        class C
        {
            void M(Dictionary<string, string> settings)
            {
                settings["Smtp:Password"] = Secrets.SmtpPassword;
            }
        }
        """,
        Verify.EmptyManifest,
        With(SecretsManager("SmtpPassword", "smtp-password")));

    [Fact]
    public Task ManifestIdPrefix_SecretsManagerIdStaysRelative_TheGeneratorAddsThePrefix() => Verify.VerifyAsync(
        """
        class C
        {
            string M() => Login({|#0:"hunter2!"|});
            static string Login(string password) => password;
        }
        """,
        One,
        """
        class C
        {
            string M() => Login(Secrets.Password);
            static string Login(string password) => password;
        }
        """,
        ManifestWithPrefix("shop/"),
        Append(ManifestWithPrefix("shop/"), SecretsManager("Password", "password")));

    [Fact]
    public Task ManifestIdPrefix_IsWrittenIntoAbsoluteParameterStorePaths() => Verify.VerifyAsync(
        """
        class C
        {
            string M() => Login({|#0:"hunter2!"|});
            static string Login(string password) => password;
        }
        """,
        One,
        """
        class C
        {
            string M() => Login(Secrets.Password);
            static string Login(string password) => password;
        }
        """,
        ManifestWithPrefix("shop/"),
        Append(ManifestWithPrefix("shop/"), ParameterStore("Password", "/shop/password")),
        editorConfig: "secret_analyzers.default_store = parameterstore");

    [Fact]
    public Task OptionIdPrefix_WinsOverTheManifests() => Verify.VerifyAsync(
        """
        class C
        {
            string M() => Login({|#0:"hunter2!"|});
            static string Login(string password) => password;
        }
        """,
        One,
        """
        class C
        {
            string M() => Login(Secrets.Password);
            static string Login(string password) => password;
        }
        """,
        Verify.EmptyManifest,
        With(SecretsManager("Password", "myapp/password")),
        editorConfig: "secret_analyzers.id_prefix = myapp/");

    [Theory]
    [InlineData("SecretsManager", "", "", "db-password")]
    [InlineData("SecretsManager", "", "shop/", "db-password")]
    [InlineData("ParameterStore", "", "shop/", "/shop/db-password")]
    [InlineData("ParameterStore", "", "/shop/", "db-password")]
    [InlineData("ParameterStore", "", "", "/db-password")]
    [InlineData("SecretsManager", "myapp/", "shop/", "myapp/db-password")]
    public void CreateId_ReadsTheOptionThenTheManifest(string store, string optionPrefix, string manifestPrefix, string expected)
    {
        var options = SecretFixOptionsFor(optionPrefix);
        Assert.Equal(expected, options.CreateId("DbPassword", store == "ParameterStore" ? SecretStoreKind.ParameterStore : SecretStoreKind.SecretsManager, manifestPrefix));
    }

    internal static SecretFixOptions SecretFixOptionsFor(string prefix)
    {
        var workspace = new Microsoft.CodeAnalysis.AdhocWorkspace();
        var project = workspace.AddProject("P", Microsoft.CodeAnalysis.LanguageNames.CSharp);
        var document = project.AddDocument("A.cs", "class A { }", filePath: "/src/A.cs");
        if (prefix.Length > 0)
        {
            document = document.Project
                .AddAnalyzerConfigDocument(".globalconfig", Microsoft.CodeAnalysis.Text.SourceText.From("is_global = true\nsecret_analyzers.id_prefix = " + prefix + "\n"), filePath: "/src/.globalconfig")
                .Project.GetDocument(document.Id)!;
        }

        return SecretFixOptions.Read(document, null);
    }

    private static string ManifestWithPrefix(string prefix) =>
        Verify.EmptyManifest.Replace("\"secrets\": {}", "\"defaults\": { \"idPrefix\": \"" + prefix + "\" },\n  \"secrets\": {}");
}
