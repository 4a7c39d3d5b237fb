using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using SecretAnalyzers.ConfigFiles;
using Verifier = SecretAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<SecretAnalyzers.ConfigFiles.ConfigFileSecretAnalyzer>;

namespace SecretAnalyzers.Tests.ConfigFiles;

public class ConfigFileSecretAnalyzerTests
{
    private static Task VerifyAsync(string path, string content, params DiagnosticResult[] expected) =>
        VerifyAsync(new[] { (path, content) }, null, expected);

    private static Task VerifyAsync((string Path, string Content)[] files, string? globalConfig, params DiagnosticResult[] expected)
    {
        var test = new Verifier.Test { TestCode = "class Empty { }" };
        foreach (var file in files)
        {
            test.TestState.AdditionalFiles.Add((file.Path, file.Content));
        }

        if (globalConfig is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n" + globalConfig + "\n"));
        }

        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task JsonConnectionStringPasswordIsLocatedExactly()
    {
        var test = new Verifier.Test { TestCode = "class Empty { }" };
        test.TestState.AdditionalFiles.Add(("/app/appsettings.json", """
            {
              "ConnectionStrings": {
                "Default": "Server=db;Database=shop;User Id=shop;Password={|#0:Tr0ub4dor-Horse-3|};"
              },
              "Smtp": { "Host": "smtp.internal", "Password": "{|#1:Smtp-Pass-Word-77|}" }
            }
            """));
        test.ExpectedDiagnostics.Add(Verifier.Diagnostic(RuleIdentifiers.SecretInConfigurationFile).WithLocation(0));
        test.ExpectedDiagnostics.Add(Verifier.Diagnostic(RuleIdentifiers.SecretInConfigurationFile).WithLocation(1));
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task WebConfigConnectionStringsAndAppSettings()
    {
        var test = new Verifier.Test { TestCode = "class Empty { }" };
        test.TestState.AdditionalFiles.Add(("/app/web.config", """
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <connectionStrings>
                <add name="Shop" connectionString="Server=db;User Id=shop;Password={|#0:Web-Config-Pass-9|};" providerName="System.Data.SqlClient" />
              </connectionStrings>
              <appSettings>
                <add key="StripeKey" value="{|#1:sk_live_51ConfigTestKeyNotReal0123456789|}" />
                <add key="Environment" value="Production" />
              </appSettings>
            </configuration>
            """));
        test.ExpectedDiagnostics.Add(Verifier.Diagnostic(RuleIdentifiers.SecretInConfigurationFile).WithLocation(0));
        test.ExpectedDiagnostics.Add(Verifier.Diagnostic(RuleIdentifiers.SecretInConfigurationFile).WithLocation(1));
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task DotEnvAssignments()
    {
        var test = new Verifier.Test { TestCode = "class Empty { }" };
        test.TestState.AdditionalFiles.Add(("/app/.env", """
            # local settings
            APP_ENV=development
            export DB_PASSWORD="{|#0:Env-Db-Pass-321|}"
            REDIS_PASSWORD={|#1:Redis-Pass-654|} # comment
            """));
        test.ExpectedDiagnostics.Add(Verifier.Diagnostic(RuleIdentifiers.SecretInConfigurationFile).WithLocation(0));
        test.ExpectedDiagnostics.Add(Verifier.Diagnostic(RuleIdentifiers.SecretInConfigurationFile).WithLocation(1));
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task CredentialPairInsideAValueIsFoundByTheGenericDetector()
    {
        var test = new Verifier.Test { TestCode = "class Empty { }" };
        test.TestState.AdditionalFiles.Add(("/app/appsettings.json", """
            {
              "Upstream": "https://api.example.org/v1/items?api_key={|#0:Zq8rT2mX9vLk4WpNbV7cX3sD|}&limit=10",
              "Fallback": "https://api.example.org/v1/items?api_key=${API_KEY}&limit=10",
              "Tool": "deploy --password <your-password>"
            }
            """));
        test.ExpectedDiagnostics.Add(Verifier.Diagnostic(RuleIdentifiers.SecretInConfigurationFile).WithLocation(0));
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task MessageNamesTheKeyAndMasksTheValue()
    {
        var test = new Verifier.Test { TestCode = "class Empty { }" };
        test.TestState.AdditionalFiles.Add(("/app/appsettings.json", """{ "Smtp": { "Password": "{|#0:Smtp-Pass-Word-77|}" } }"""));
        test.ExpectedDiagnostics.Add(Verifier.Diagnostic(RuleIdentifiers.SecretInConfigurationFile)
            .WithLocation(0)
            .WithArguments("password", SecretAnalyzers.Detection.SecretMasker.Mask("Smtp-Pass-Word-77"), "Smtp:Password"));
        await test.RunAsync(CancellationToken.None);
    }

    [Theory]
    [InlineData("""{ "Smtp": { "Password": "" } }""")]
    [InlineData("""{ "Smtp": { "Password": "${SMTP_PASSWORD}" } }""")]
    [InlineData("""{ "Smtp": { "Password": "<your-password>" } }""")]
    [InlineData("""{ "ConnectionStrings": { "Default": "Server=db;Integrated Security=true;" } }""")]
    [InlineData("""{ "Aws": { "AccessKeyId": "AKIAIOSFODNN7EXAMPLE" } }""")]
    [InlineData("""{ "Logging": { "LogLevel": { "Default": "Information" } }, "AllowedHosts": "*" }""")]
    [InlineData("""{ "Smtp": { "Password": """)]
    [InlineData("""<configuration><appSettings><add key="Password" value=""")]
    public async Task PlaceholdersExamplesAndMalformedFilesAreNotReported(string content)
    {
        var path = content.StartsWith('<') ? "/app/app.config" : "/app/appsettings.json";
        await VerifyAsync(path, content);
    }

    [Theory]
    [InlineData("/app/secrets.manifest.json")]
    [InlineData("/app/package.json")]
    [InlineData("/app/notes.txt")]
    public async Task OtherAdditionalFilesAreNotScanned(string path) =>
        await VerifyAsync(path, """{ "Smtp": { "Password": "Smtp-Pass-Word-77" } }""");

    [Fact]
    public async Task ItemMetadataOptsAFileInOrOut()
    {
        var test = new Verifier.Test { TestCode = "class Empty { }" };
        test.TestState.AdditionalFiles.Add(("/app/deploy/prod.json", """{ "Smtp": { "Password": "{|#0:Smtp-Pass-Word-77|}" } }"""));
        test.TestState.AdditionalFiles.Add(("/app/appsettings.Development.json", """{ "Smtp": { "Password": "Smtp-Pass-Word-77" } }"""));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", """
            is_global = true

            [/app/deploy/prod.json]
            build_metadata.AdditionalFiles.SecretAnalyzersConfigFile = json

            [/app/appsettings.Development.json]
            build_metadata.AdditionalFiles.SecretAnalyzersConfigFile = false
            """));
        test.ExpectedDiagnostics.Add(Verifier.Diagnostic(RuleIdentifiers.SecretInConfigurationFile).WithLocation(0));
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task EditorConfigOptionsApplyToConfigFiles()
    {
        var test = new Verifier.Test { TestCode = "class Empty { }" };
        test.TestState.AdditionalFiles.Add(("/app/appsettings.json", """{ "Smtp": { "Password": "Local-Dev-Pass-1" }, "Db": { "Password": "{|#0:Real-Db-Pass-99|}" } }"""));
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.json]\nsecret_analyzers.ignored_values = Local-Dev-Pass-1\n"));
        test.ExpectedDiagnostics.Add(Verifier.Diagnostic(RuleIdentifiers.SecretInConfigurationFile).WithLocation(0));
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task ConfigFileSeverityOptionSetsThePerFileSeverity()
    {
        var test = new Verifier.Test { TestCode = "class Empty { }" };
        test.TestState.AdditionalFiles.Add(("/app/appsettings.json", """{ "Db": { "Password": "{|#0:Real-Db-Pass-99|}" } }"""));
        test.TestState.AdditionalFiles.Add(("/app/appsettings.Development.json", """{ "Db": { "Password": "{|#1:Dev-Db-Pass-77|}" } }"""));
        test.TestState.AdditionalFiles.Add(("/app/appsettings.Test.json", """{ "Db": { "Password": "Test-Db-Pass-55" } }"""));
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", """
            root = true

            [appsettings.json]
            secret_analyzers.config_file_severity = error

            [appsettings.Development.json]
            secret_analyzers.config_file_severity = suggestion

            [appsettings.Test.json]
            secret_analyzers.config_file_severity = none
            """));
        test.ExpectedDiagnostics.Add(Verifier.Diagnostic(RuleIdentifiers.SecretInConfigurationFile).WithLocation(0).WithSeverity(Microsoft.CodeAnalysis.DiagnosticSeverity.Error));
        test.ExpectedDiagnostics.Add(Verifier.Diagnostic(RuleIdentifiers.SecretInConfigurationFile).WithLocation(1).WithSeverity(Microsoft.CodeAnalysis.DiagnosticSeverity.Info));
        await test.RunAsync(CancellationToken.None);
    }

    [Theory]
    [InlineData("report", true)]
    [InlineData("ignore", false)]
    public async Task TestCodeOptionAppliesToTestProjectsConfigFiles(string testCode, bool reported)
    {
        var test = new Verifier.Test { TestCode = "class Empty { }", AssemblyName = "Orders.Tests" };
        test.TestState.AdditionalFiles.Add(("/tests/appsettings.json", reported
            ? """{ "Db": { "Password": "{|#0:Fixture-Db-Pass-1|}" } }"""
            : """{ "Db": { "Password": "Fixture-Db-Pass-1" } }"""));
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", $"root = true\n\n[*]\nsecret_analyzers.test_code = {testCode}\n"));
        if (reported)
        {
            test.ExpectedDiagnostics.Add(Verifier.Diagnostic(RuleIdentifiers.SecretInConfigurationFile).WithLocation(0));
        }

        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task BuildPropertiesAreTheFallbackForOptions()
    {
        await VerifyAsync(
            new[] { ("/app/appsettings.json", """{ "Smtp": { "Password": "Local-Dev-Pass-1" } }""") },
            "build_property.SecretAnalyzersIgnoredValues = Local-Dev-Pass-1");
    }

    [Fact]
    public async Task EscapedJsonValueIsLocatedAsAWhole()
    {
        var test = new Verifier.Test { TestCode = "class Empty { }" };
        test.TestState.AdditionalFiles.Add(("/app/appsettings.json", """{ "Db": { "Password": "{|#0:Esc\"aped-Pass-42|}" } }"""));
        test.ExpectedDiagnostics.Add(Verifier.Diagnostic(RuleIdentifiers.SecretInConfigurationFile).WithLocation(0));
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public void OptionKeysMapToBuildProperties()
    {
        Assert.Equal("build_property.SecretAnalyzersIdPrefix", AnalyzerOptionReader.ToBuildProperty("secret_analyzers.id_prefix"));
        Assert.Equal("build_property.SecretAnalyzersAdditionalCredentialWords", AnalyzerOptionReader.ToBuildProperty("secret_analyzers.additional_credential_words"));
        Assert.Null(AnalyzerOptionReader.ToBuildProperty("dotnet_diagnostic.SEC0005.severity"));
    }
}
