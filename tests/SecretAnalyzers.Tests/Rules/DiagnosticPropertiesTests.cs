using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using SecretAnalyzers.Tests.Detection;

namespace SecretAnalyzers.Tests.Rules;

/// <summary>What the code fixes read from <c>Diagnostic.Properties</c> (contracts.md).</summary>
public class DiagnosticPropertiesTests
{
    [Theory]
    [InlineData("const string DB_PASSWORD = \"hunter2!\";", "Password", "DbPassword", "DB_PASSWORD")]
    [InlineData("private static readonly string _smtpPassword = \"hunter2!\";", "Password", "SmtpPassword", "_smtpPassword")]
    [InlineData("public string ApiKey { get; set; } = \"k3y-v4lue\";", "ApiKey", "ApiKey", "ApiKey")]
    [InlineData("void M() => Login(\"admin\", \"hunter2!\");", "Password", "Password", null)]
    [InlineData("object M() => new System.Net.NetworkCredential(\"admin\", \"hunter2!\");", "Password", "NetworkPassword", null)]
    [InlineData("void M() { var d = new System.Collections.Generic.Dictionary<string, string> { [\"Smtp:Password\"] = \"hunter2!\" }; }", "Password", "SmtpPassword", null)]
    public async Task Sec0001Properties(string member, string kind, string suggested, string? holding)
    {
        Diagnostic diagnostic = Assert.Single(await NoSecretInOutputTests.AnalyzeAsync(RuleTestSources.InClass(member)));

        Assert.Equal(RuleIdentifiers.HardcodedCredential, diagnostic.Id);
        Assert.Equal(kind, diagnostic.Properties[DiagnosticPropertyKeys.SecretKind]);
        Assert.Equal(suggested, diagnostic.Properties[DiagnosticPropertyKeys.SuggestedName]);
        Assert.Equal(holding, diagnostic.Properties.TryGetValue(DiagnosticPropertyKeys.HoldingSymbol, out string? value) ? value : null);
        Assert.False(diagnostic.Properties.ContainsKey(DiagnosticPropertyKeys.CredentialStart));
    }

    [Fact]
    public async Task TokenPropertiesUseTheTokenTypeUnlessTheSymbolNamesIt()
    {
        string token = FakeTokens.GitHubClassic(seed: 8);
        ImmutableArray<Diagnostic> diagnostics = await NoSecretInOutputTests.AnalyzeAsync(RuleTestSources.InClass(
            "const string DeployToken = \"" + token + "\";\nvoid M() => System.Console.WriteLine(\"" + token + "\");"));

        Assert.Equal(2, diagnostics.Length);
        Assert.All(diagnostics, d => Assert.Equal("Token", d.Properties[DiagnosticPropertyKeys.SecretKind]));
        Assert.Contains(diagnostics, d => d.Properties[DiagnosticPropertyKeys.SuggestedName] == "DeployToken" && d.Properties[DiagnosticPropertyKeys.HoldingSymbol] == "DeployToken");
        Assert.Contains(diagnostics, d => d.Properties[DiagnosticPropertyKeys.SuggestedName] == "GitHubToken" && !d.Properties.ContainsKey(DiagnosticPropertyKeys.HoldingSymbol));
    }

    [Fact]
    public async Task NeutralConstFlowIsReportedAtItsLiteralWithTheReadAsAdditionalLocation()
    {
        ImmutableArray<Diagnostic> diagnostics = await NoSecretInOutputTests.AnalyzeAsync(RuleTestSources.InClass(
            "const string Fallback = \"hunter2!\";\nvoid M() => Login(\"admin\", Fallback);"));

        Diagnostic diagnostic = Assert.Single(diagnostics);
        Assert.Equal("Fallback", diagnostic.Properties[DiagnosticPropertyKeys.HoldingSymbol]);
        Assert.Equal("\"hunter2!\"", diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan));
        Location read = Assert.Single(diagnostic.AdditionalLocations);
        Assert.Equal("Fallback", read.SourceTree!.GetText().ToString(read.SourceSpan));
    }

    [Fact]
    public async Task ConstReadFromAnotherTypeIsReportedAtTheReadWithItsLiteralAsAdditionalLocation()
    {
        ImmutableArray<Diagnostic> diagnostics = await NoSecretInOutputTests.AnalyzeAsync(RuleTestSources.InClass(
            "static class K { public const string Fallback = \"hunter2!\"; }\nvoid M() => Login(\"admin\", K.Fallback);"));

        Diagnostic diagnostic = Assert.Single(diagnostics);
        Assert.Equal("Fallback", diagnostic.Properties[DiagnosticPropertyKeys.HoldingSymbol]);
        Assert.Equal("K.Fallback", diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan));
        Location literal = Assert.Single(diagnostic.AdditionalLocations);
        Assert.Equal("\"hunter2!\"", literal.SourceTree!.GetText().ToString(literal.SourceSpan));
    }

    [Fact]
    public async Task ConnectionStringSpanPointsAtThePasswordInTheValue()
    {
        const string value = "Host=db;Username=app;Password='p;w0rd';Database=orders";
        Diagnostic diagnostic = Assert.Single(await NoSecretInOutputTests.AnalyzeAsync(RuleTestSources.InMethod(
            "var cs = \"" + value + "\";")));

        int start = int.Parse(diagnostic.Properties[DiagnosticPropertyKeys.CredentialStart]!);
        int length = int.Parse(diagnostic.Properties[DiagnosticPropertyKeys.CredentialLength]!);
        Assert.Equal("p;w0rd", value.Substring(start, length));
        Assert.Equal("ConnectionString", diagnostic.Properties[DiagnosticPropertyKeys.SecretKind]);
        Assert.Equal("DbPassword", diagnostic.Properties[DiagnosticPropertyKeys.SuggestedName]);
    }

    [Fact]
    public async Task EveryDiagnosticHasKindAndSuggestedName()
    {
        string source = RuleTestSources.InMethod(string.Join("\n", new[]
        {
            "string password1 = \"hunter2!\";",
            "var x1 = \"" + FakeTokens.Stripe() + "\";",
            "var x2 = \"postgres://app:pgPa55@db/orders\";",
            "var apiKey = \"" + FakeTokens.RandomBase64(40, 31) + "\";",
            "d.Add(\"Authorization\", \"Bearer " + FakeTokens.RandomBase64(40, 32) + "\");",
        }));

        ImmutableArray<Diagnostic> diagnostics = await NoSecretInOutputTests.AnalyzeAsync(source);

        Assert.Equal(5, diagnostics.Length);
        Assert.All(diagnostics, d =>
        {
            Assert.False(string.IsNullOrEmpty(d.Properties[DiagnosticPropertyKeys.SecretKind]));
            Assert.False(string.IsNullOrEmpty(d.Properties[DiagnosticPropertyKeys.SuggestedName]));
        });
        Assert.Equal(new[] { "SEC0001", "SEC0002", "SEC0002", "SEC0002", "SEC0003" }, diagnostics.Select(d => d.Id).OrderBy(id => id));
    }
}
