using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using SecretAnalyzers.Testing;

namespace SecretAnalyzers.Tests.Verifiers;

/// <summary>
/// The one verifier for analyzer tests: <c>{|#0:"…"|}</c> markup with <c>Diagnostic(id).WithLocation(0)</c>, framework
/// references from the local runtime, optional .editorconfig text, assembly name and extra references.
/// </summary>
internal static class CSharpAnalyzerVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public static DiagnosticResult Diagnostic(string id) => new(id, DiagnosticSeverity.Warning);

    public static Task VerifyAsync(string source, params DiagnosticResult[] expected) =>
        new Test(source, expected).RunAsync(CancellationToken.None);

    public static Task VerifyWithEditorConfigAsync(string source, string editorConfig, params DiagnosticResult[] expected)
    {
        var test = new Test(source, expected);
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\n" + editorConfig + "\n"));
        return test.RunAsync(CancellationToken.None);
    }

    /// <summary>A test with every knob exposed (assembly name, references, compiler diagnostics, language version).</summary>
    internal sealed class Test : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
    {
        public Test()
        {
            ReferenceAssemblies = TestReferences.None;
            TestState.AdditionalReferences.AddRange(TestReferences.Framework);
        }

        public Test(string source, params DiagnosticResult[] expected)
            : this()
        {
            TestCode = source;
            ExpectedDiagnostics.AddRange(expected);
        }

        public string? AssemblyName { get; set; }

        public LanguageVersion LanguageVersion { get; set; } = LanguageVersion.Preview;

        protected override ParseOptions CreateParseOptions() =>
            ((CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(LanguageVersion);

        protected override Project ApplyCompilationOptions(Project project)
        {
            Project result = base.ApplyCompilationOptions(project);
            return AssemblyName is null ? result : result.WithAssemblyName(AssemblyName);
        }
    }
}
