using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using SecretAnalyzers.Analyzers;
using SecretAnalyzers.Generators;
using SecretAnalyzers.Testing;

namespace SecretAnalyzers.CodeFixes.Tests.Verifiers;

/// <summary>
/// The one verifier for the code-fix tests: <c>{|#0:"…"|}</c> markup and <c>Diagnostic(id).WithLocation(0)</c>, the
/// real analyzer, and the source generator running on the fixed project so that every expected output must compile
/// against the accessors generated from the fixed manifest.
/// </summary>
internal static class CSharpCodeFixVerifier
{
    public const string ManifestPath = "secrets.manifest.json";

    public static DiagnosticResult Diagnostic(string id) => new(id, DiagnosticSeverity.Warning);

    /// <summary>A manifest as <c>secretanalyzers init</c> writes it (class Secrets, no namespace, no secrets).</summary>
    public static string EmptyManifest => SecretAnalyzers.Manifest.ManifestWriter.CreateNew("Secrets", null);

    /// <summary>Runs the fix at <paramref name="codeActionIndex"/> on the source and compares code and manifest.</summary>
    public static Task VerifyAsync(
        string source,
        DiagnosticResult[] expected,
        string fixedSource,
        string? manifest,
        string fixedManifest,
        int codeActionIndex = 0,
        string? editorConfig = null,
        Action<Test>? configure = null)
    {
        var test = new Test
        {
            TestCode = source,
            FixedCode = fixedSource,
            CodeActionIndex = codeActionIndex,
        };
        test.ExpectedDiagnostics.AddRange(expected);
        if (manifest is not null)
        {
            test.TestState.AdditionalFiles.Add((ManifestPath, manifest));
        }

        test.FixedState.AdditionalFiles.Add((ManifestPath, fixedManifest));
        if (editorConfig is not null)
        {
            test.EditorConfig = editorConfig;
        }

        configure?.Invoke(test);
        return test.RunAsync(CancellationToken.None);
    }

    /// <summary>Asserts that no fix is offered for the diagnostics (the code stays as it is).</summary>
    public static Task VerifyNoFixAsync(string source, DiagnosticResult[] expected, Action<Test>? configure = null)
    {
        var test = new Test
        {
            TestCode = source,
            FixedCode = source,
        };
        test.ExpectedDiagnostics.AddRange(expected);
        test.TestState.AdditionalFiles.Add((ManifestPath, EmptyManifest));
        configure?.Invoke(test);
        return test.RunAsync(CancellationToken.None);
    }

    internal sealed class Test : CSharpCodeFixTest<HardcodedSecretAnalyzer, MoveSecretToStoreCodeFixProvider, DefaultVerifier>
    {
        public Test()
        {
            ReferenceAssemblies = TestReferences.None;
            TestState.AdditionalReferences.AddRange(TestReferences.Framework);
            TestState.AdditionalReferences.Add(TestReferences.Runtime);
            TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck;
            TestState.OutputKind = OutputKind.DynamicallyLinkedLibrary;
        }

        /// <summary>.editorconfig lines for <c>[*.cs]</c> (e.g. <c>secret_analyzers.id_prefix = myapp/prod/</c>).</summary>
        public string? EditorConfig
        {
            set => TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\n" + value + "\n"));
        }

        /// <summary>Build properties the generator and the fix read, as a global config (e.g. RootNamespace).</summary>
        public Dictionary<string, string> BuildProperties { get; } = new(StringComparer.Ordinal);

        public LanguageVersion LanguageVersion { get; set; } = LanguageVersion.Preview;

        protected override IEnumerable<Type> GetSourceGenerators() => new[] { typeof(SecretsGenerator) };

        protected override ParseOptions CreateParseOptions() =>
            ((CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(LanguageVersion);

        protected override Task RunImplAsync(CancellationToken cancellationToken)
        {
            if (BuildProperties.Count > 0)
            {
                var text = "is_global = true\n";
                foreach (var pair in BuildProperties)
                {
                    text += "build_property." + pair.Key + " = " + pair.Value + "\n";
                }

                TestState.AnalyzerConfigFiles.Add(("/.globalconfig", text));
                FixedState.AnalyzerConfigFiles.Add(("/.globalconfig", text));
            }

            return base.RunImplAsync(cancellationToken);
        }
    }
}
