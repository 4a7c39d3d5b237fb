using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Verify = SecretAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<SecretAnalyzers.Analyzers.HardcodedSecretAnalyzer>;

namespace SecretAnalyzers.Tests.Rules;

/// <summary><c>secret_analyzers.test_code = report | ignore</c> and how test projects are recognised.</summary>
public class TestCodeOptionTests
{
    private const string Source = """
        class LoginTests
        {
            const string Password = {|#0:"hunter2!"|};
        }
        """;

    [Fact]
    public Task TestProjectsAreReportedByDefault()
    {
        var test = new Verify.Test(Source, Verify.Diagnostic(RuleIdentifiers.HardcodedCredential).WithLocation(0)) { AssemblyName = "MyApp.Tests" };
        return test.RunAsync(CancellationToken.None);
    }

    [Theory]
    [InlineData("MyApp.Tests")]
    [InlineData("MyApp.Test")]
    [InlineData("MyApp.UnitTests")]
    public Task TestProjectsByNameAreSkippedWhenIgnored(string assemblyName)
    {
        var test = new Verify.Test(Source.Replace("{|#0:", string.Empty).Replace("|}", string.Empty)) { AssemblyName = assemblyName };
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\nsecret_analyzers.test_code = ignore\n"));
        return test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public Task NonTestProjectsIgnoreTheOption()
    {
        var test = new Verify.Test(Source, Verify.Diagnostic(RuleIdentifiers.HardcodedCredential).WithLocation(0)) { AssemblyName = "MyApp" };
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
            "class C { const string Password = \"hunter2!\"; }", "IntegrationSuite", new[] { xunit });

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
