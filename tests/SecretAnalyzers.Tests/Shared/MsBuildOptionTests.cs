using System.Threading;
using System.Threading.Tasks;
using SecretAnalyzers.Tests.Detection;
using SecretAnalyzers.Tests.Rules;
using Verify = SecretAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<SecretAnalyzers.Analyzers.HardcodedSecretAnalyzer>;

namespace SecretAnalyzers.Tests.Shared;

/// <summary>
/// Options set only as MSBuild properties (<c>&lt;SecretAnalyzersIgnoredValues&gt;</c> in the .csproj reaches the
/// analyzers as <c>build_property.SecretAnalyzersIgnoredValues</c> in the generated global config) work for SEC0001–3,
/// and an .editorconfig key still wins over them.
/// </summary>
public class MsBuildOptionTests
{
    [Fact]
    public Task AdditionalCredentialWordsFromMsBuild_MakeSec0001Report() =>
        Run(
            RuleTestSources.InMethod("""string userPin = {|#0:"8642"|}; string other = "8642";"""),
            "build_property.SecretAnalyzersAdditionalCredentialWords = pin",
            Verify.Diagnostic(RuleIdentifiers.HardcodedCredential).WithLocation(0));

    [Fact]
    public Task IgnoredValuesFromMsBuild_SilenceSec0001() =>
        Run(
            RuleTestSources.InMethod("""string password1 = "local-dev-pw"; string password2 = {|#0:"prod-pw-1"|};"""),
            "build_property.SecretAnalyzersIgnoredValues = local-dev-pw",
            Verify.Diagnostic(RuleIdentifiers.HardcodedCredential).WithLocation(0));

    [Fact]
    public Task IgnoredValuesFromMsBuild_SilenceSec0002()
    {
        string ignored = FakeTokens.RandomBase64(40, 7);
        string reported = FakeTokens.RandomBase64(40, 8);
        return Run(
            RuleTestSources.InMethod("var apiKey = \"" + ignored + "\"; var apiToken = {|#0:\"" + reported + "\"|};"),
            "build_property.SecretAnalyzersIgnoredValues = " + ignored,
            Verify.Diagnostic(RuleIdentifiers.HardcodedToken).WithLocation(0));
    }

    [Fact]
    public Task IgnoredPatternsFromMsBuild_SilenceSec0003() =>
        Run(
            RuleTestSources.InMethod("""
                var local = "Server=db;User Id=sa;Password=LocalOnly-Pa55word";
                var prod = {|#0:"Server=db;User Id=sa;Password=S3cr3t!Pa55word"|};
                """),
            "build_property.SecretAnalyzersIgnoredPatterns = LocalOnly",
            Verify.Diagnostic(RuleIdentifiers.ConnectionStringWithCredentials).WithLocation(0));

    [Fact]
    public Task EmptyMsBuildProperty_IsUnset() =>
        Run(
            RuleTestSources.InMethod("""string dbPassword = {|#0:"prod-pw-1"|};"""),
            "build_property.SecretAnalyzersIgnoredValues = ",
            Verify.Diagnostic(RuleIdentifiers.HardcodedCredential).WithLocation(0));

    [Fact]
    public Task EditorConfigKeyWinsOverMsBuildProperty()
    {
        var test = new Verify.Test(
            RuleTestSources.InMethod("""string password1 = "editorconfig-pw"; string password2 = {|#0:"msbuild-pw-1"|};"""),
            Verify.Diagnostic(RuleIdentifiers.HardcodedCredential).WithLocation(0));
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\nsecret_analyzers.ignored_values = editorconfig-pw\n"));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.SecretAnalyzersIgnoredValues = msbuild-pw-1\n"));
        return test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public Task TestCodeFromMsBuild_SkipsTestProjects()
    {
        var test = new Verify.Test(RuleTestSources.InMethod("""string dbPassword = "prod-pw-1";""")) { AssemblyName = "MyApp.Tests" };
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.SecretAnalyzersTestCode = ignore\n"));
        return test.RunAsync(CancellationToken.None);
    }

    private static Task Run(string source, string globalConfigLine, params Microsoft.CodeAnalysis.Testing.DiagnosticResult[] expected)
    {
        var test = new Verify.Test(source, expected);
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n" + globalConfigLine + "\n"));
        return test.RunAsync(CancellationToken.None);
    }
}
