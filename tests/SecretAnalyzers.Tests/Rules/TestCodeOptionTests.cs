using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Verify = SecretAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<SecretAnalyzers.Analyzers.HardcodedSecretAnalyzer>;

namespace SecretAnalyzers.Tests.Rules;

/// <summary><c>secret_analyzers.test_code = report | tokens | ignore</c> (default tokens) and how test projects are recognised.</summary>
public class TestCodeOptionTests
{
    private const string Source = """
        class LoginTests
        {
            const string Password = {|#0:"hunter2!"|};
        }
        """;

    [Fact]
    public Task TestProjectsReportOnlyTokensByDefault()
    {
        var test = new Verify.Test(Source.Replace("{|#0:", string.Empty).Replace("|}", string.Empty)) { AssemblyName = "MyApp.Tests" };
        return test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public Task TestProjectsStillReportProviderTokensByDefault()
    {
        string token = SecretAnalyzers.Tests.Detection.FakeTokens.GitHubClassic();
        var test = new Verify.Test("class C { const string Token = {|#0:\"" + token + "\"|}; }", Verify.Diagnostic(RuleIdentifiers.HardcodedToken).WithLocation(0))
        {
            AssemblyName = "MyApp.Tests",
        };
        return test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public Task TestProjectsStillReportPrivateKeysByDefault()
    {
        string pem = SecretAnalyzers.Tests.Detection.FakeTokens.PemPrivateKey().Replace("\n", "\\n", System.StringComparison.Ordinal);
        var test = new Verify.Test("class C { const string Key = {|#0:\"" + pem + "\"|}; }", Verify.Diagnostic(RuleIdentifiers.HardcodedToken).WithLocation(0))
        {
            AssemblyName = "MyApp.Tests",
        };
        return test.RunAsync(CancellationToken.None);
    }

    [Theory]
    [InlineData("report")]
    [InlineData("Report ")]
    public Task TestProjectsReportEverythingWhenAsked(string mode)
    {
        var test = new Verify.Test(Source, Verify.Diagnostic(RuleIdentifiers.HardcodedCredential).WithLocation(0)) { AssemblyName = "MyApp.Tests" };
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\nsecret_analyzers.test_code = " + mode + "\n"));
        return test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task IsTestProjectBuildPropertyMarksATestProject()
    {
        const string Code = "class C { const string Password = \"hunter2!\"; }";
        var marked = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new FixedOptions("build_property.IsTestProject", "true"));
        var unmarked = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new FixedOptions("build_property.IsTestProject", "false"));

        Assert.Empty(await NoSecretInOutputTests.AnalyzeAsync(Code, "Integration", options: marked));
        Assert.Single(await NoSecretInOutputTests.AnalyzeAsync(Code, "Integration", options: unmarked));
    }

    [Fact]
    public async Task MsBuildSpellingOfTheOptionIsRead()
    {
        const string Code = "class C { const string Password = \"hunter2!\"; }";
        var options = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new FixedOptions("build_property.SecretAnalyzersTestCode", "report"));

        Assert.Single(await NoSecretInOutputTests.AnalyzeAsync(Code, "MyApp.Tests", options: options));
    }

    [Theory]
    [InlineData("MyApp.Tests")]
    [InlineData("MyApp.Test")]
    [InlineData("MyApp.UnitTests")]
    [InlineData("MyApp.Tests.Android")]
    [InlineData("MyApp.Specs.Setup")]
    public Task TestProjectsByNameAreSkippedWhenIgnored(string assemblyName)
    {
        var test = new Verify.Test(Source.Replace("{|#0:", string.Empty).Replace("|}", string.Empty)) { AssemblyName = assemblyName };
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\nsecret_analyzers.test_code = ignore\n"));
        return test.RunAsync(CancellationToken.None);
    }

    [Theory]
    [InlineData("MyApp")]
    [InlineData("MyApp.Testsuite")]
    [InlineData("Contoso.Latest.Api")]
    [InlineData("Tests.Api")]
    public Task NonTestProjectsIgnoreTheOption(string assemblyName)
    {
        var test = new Verify.Test(Source, Verify.Diagnostic(RuleIdentifiers.HardcodedCredential).WithLocation(0)) { AssemblyName = assemblyName };
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\nsecret_analyzers.test_code = ignore\n"));
        return test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task TestProjectsByFrameworkReferenceAreSkippedWhenIgnored()
    {
        var xunit = MetadataReference.CreateFromFile(typeof(FactAttribute).Assembly.Location);
        var options = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new FixedOptions("secret_analyzers.test_code", "ignore"));

        ImmutableArray<Diagnostic> ignored = await NoSecretInOutputTests.AnalyzeAsync(
            "class C { const string Password = \"hunter2!\"; }", "IntegrationSuite", new[] { xunit }, options);
        ImmutableArray<Diagnostic> reported = await NoSecretInOutputTests.AnalyzeAsync(
            "class C { const string Password = \"hunter2!\"; }", "IntegrationSuite", new[] { xunit },
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new FixedOptions("secret_analyzers.test_code", "report")));

        Assert.Empty(ignored);
        Assert.Single(reported);
    }

    private sealed class FixedOptions : AnalyzerConfigOptionsProvider
    {
        private readonly Options _options;

        public FixedOptions(string key, string value) => _options = new Options(key, value);

        public override AnalyzerConfigOptions GlobalOptions => _options;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _options;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _options;

        private sealed class Options : AnalyzerConfigOptions
        {
            private readonly string _key;
            private readonly string _value;

            public Options(string key, string value)
            {
                _key = key;
                _value = value;
            }

            public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value)
            {
                value = key == _key ? _value : null;
                return value is not null;
            }
        }
    }
}
