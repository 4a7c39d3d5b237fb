using System.Linq;
using System.Threading.Tasks;
using SecretAnalyzers.CodeFixes.Tests.Verifiers;
using SecretAnalyzers.Manifest;
using static SecretAnalyzers.CodeFixes.Tests.Verifiers.ExpectedManifest;

namespace SecretAnalyzers.CodeFixes.Tests;

/// <summary>
/// The SEC0005 fix: a secret in appsettings.json moves to the manifest with the configuration key it served
/// (<c>configKey</c>, never the value), the value is left empty in the file, and the generator's
/// <c>Secrets.ConfigurationKeys</c> maps the key back for the runtime's configuration source. (The testing library
/// applies fixes only to diagnostics in C# files, so the fix is driven here through a workspace, as an IDE does.)
/// </summary>
public class SEC0005MoveConfigValueTests
{
    private const string Source = """
        class C
        {
            // Compiles only if the generator emits the map the configuration source takes.
            System.Collections.Generic.IReadOnlyDictionary<string, SecretAnalyzers.Runtime.SecretReference> M() => Secrets.ConfigurationKeys;
        }
        """;

    [Fact]
    public Task SmtpPassword_MovesWithItsConfigKey_ValueLeftEmpty() => RunAsync(
        """
        {
          "Smtp": {
            "Host": "mail.example.org",
            "Password": "Tr0ub4dor&3x"
          }
        }
        """,
        """
        {
          "Smtp": {
            "Host": "mail.example.org",
            "Password": ""
          }
        }
        """,
        "Tr0ub4dor&3x",
        With(Entry("SmtpPassword", "secretsmanager", "smtp-password", "Smtp:Password")));

    [Fact]
    public Task ConnectionString_MovesWhole_ToParameterStoreWhenThatIsTheDefault() => RunAsync(
        """
        {
          "ConnectionStrings": {
            "Default": "Server=db;User Id=shop;Password=Sup3r-s3cret;"
          }
        }
        """,
        """
        {
          "ConnectionStrings": {
            "Default": ""
          }
        }
        """,
        "Sup3r-s3cret",
        With(Entry("ConnectionStringsDefault", "parameterstore", "/connection-strings-default", "ConnectionStrings:Default")),
        globalConfig: "secret_analyzers.default_store = parameterstore");

    [Fact]
    public Task ManifestIdPrefix_AppliesThroughTheGenerator() => RunAsync(
        """
        { "Jwt": { "SigningKey": "q8Zr2nV7xK4pL9sT1wY6bM3cF5hJ0gD2" } }
        """,
        """
        { "Jwt": { "SigningKey": "" } }
        """,
        "q8Zr2nV7xK4pL9sT1wY6bM3cF5hJ0gD2",
        Append(WithPrefix, Entry("JwtSigningKey", "secretsmanager", "jwt-signing-key", "Jwt:SigningKey")),
        manifest: WithPrefix);

    [Fact]
    public async Task WithoutManifest_InAWorkspaceThatCannotAddOne_NoFix()
    {
        var harness = new FixAllHarness(new[] { ("C.cs", "class C { }") }, manifest: null, canAddFiles: false, additionalFiles: new[] { ("appsettings.json", """{ "Smtp": { "Password": "Tr0ub4dor&3x" } }""") });
        var diagnostic = Assert.Single(await harness.GetConfigDiagnosticsAsync());
        Assert.False(await harness.FixConfigValueAsync(diagnostic));
    }

    private static string WithPrefix => CSharpCodeFixVerifier.EmptyManifest.Replace("\"secrets\": {}", "\"defaults\": { \"idPrefix\": \"shop/\" },\n  \"secrets\": {}");

    private static ManifestSecretEntryToAdd Entry(string name, string source, string id, string configKey) =>
        new(name, source, id, Description: "Moved out of appsettings.json by the SEC0005 code fix.", ConfigKey: configKey);

    private static async Task RunAsync(string json, string fixedJson, string secret, string fixedManifest, string? globalConfig = null, string? manifest = null)
    {
        var harness = new FixAllHarness(new[] { ("C.cs", Source) }, manifest ?? CSharpCodeFixVerifier.EmptyManifest, additionalFiles: new[] { ("appsettings.json", json) });
        if (globalConfig is not null)
        {
            harness.AddGlobalConfig(globalConfig);
        }

        var diagnostic = Assert.Single(await harness.GetConfigDiagnosticsAsync());
        Assert.True(await harness.FixConfigValueAsync(diagnostic), "no fix was offered");

        var files = harness.Project.AdditionalDocuments.ToDictionary(d => d.Name, d => d.GetTextAsync().Result.ToString());
        Assert.Equal(fixedJson, files["appsettings.json"]);
        Assert.Equal(fixedManifest, files["secrets.manifest.json"]);
        Assert.DoesNotContain(secret, files["secrets.manifest.json"], System.StringComparison.Ordinal);
        Assert.Empty(await harness.GetConfigDiagnosticsAsync());
        Assert.Empty(await harness.CompileWithGeneratorAsync());
    }
}
