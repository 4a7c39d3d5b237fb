using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CsCheck;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SecretAnalyzers.Analyzers;
using SecretAnalyzers.CodeFixes.Tests.Verifiers;
using SecretAnalyzers.Testing;
using SecretAnalyzers.Generators;

namespace SecretAnalyzers.CodeFixes.Tests;

/// <summary>
/// Issue 10 item 9: generated C# (strings, consts, interpolations, raw and UTF-8 literals, collection expressions,
/// patterns, comments, disabled code, half-written code) through every analyzer, every fix and the generator. No
/// exception anywhere, and no planted secret in any message, property, generated source or manifest.
/// </summary>
public class PropertyBasedRobustnessTests
{
    private static readonly string[] Secrets =
    {
        "Tr0ub4dor3xQ!", "Zq8rT2mX9vLk4WpN77", FakeSecrets.GitLab(7), FakeSecrets.Stripe(8),
    };

    private static readonly Gen<string> Secret = Gen.OneOf(Secrets);

    private static readonly Gen<string> Name = Gen.OneOf(
        "password", "apiKey", "token", "key", "connectionString", "value", "clientSecret", "pin", "auth", "passwort", "label");

    private static readonly Gen<string> Literal = Secret.SelectMany(s => Gen.OneOf(
        "\"" + s + "\"",
        "@\"" + s + "\"",
        "\"\"\"" + s + "\"\"\"",
        "\"" + s + "\"u8",
        "$\"{x}" + s + "\"",
        "$\"\"\"{x}" + s + "\"\"\"",
        "\"Password=\" + \"" + s + "\"",
        "\"Server=db;User Id=sa;Password=" + s + ";\"",
        "\"--password " + s + "\"",
        "\"https://h/items?api_key=" + s + "&x=1\"",
        "\"postgres://app:" + s + "@db/app\"",
        "\"token: " + s + "\"",
        "x + \"" + s + "\""));

    private static readonly Gen<string> Statement = Gen.Select(Name, Literal, Secret, Gen.Int[0, 9], (name, literal, secret, shape) => shape switch
    {
        0 => "string " + name + " = " + literal + ";",
        1 => "string[] list = [" + literal + ", \"other\"];",
        2 => "if (x is " + literal + " or \"y\") { }",
        3 => "var r = x switch { " + literal + " => 1, _ => 0 };",
        4 => "Login(" + name + ": " + literal + ");",
        5 => "// " + name + ": " + secret,
        6 => "#if false\n        var q = " + literal + ";\n#endif",
        7 => "var " + name + "2 = (" + literal + ", 1);",
        8 => "switch (x) { case " + literal + ": break; }",
        _ => "var t = new System.Net.NetworkCredential(\"u\", " + literal + ");",
    });

    private static readonly Gen<string> Member = Gen.Select(Name, Literal, Secret, Gen.Int[0, 7], (name, literal, secret, shape) => shape switch
    {
        5 => "const string " + char.ToUpperInvariant(name[0]) + name.Substring(1) + "Name = nameof(Login);",
        6 => "readonly string " + name + "Set; C() { " + name + "Set = " + literal + "; }",
        7 => "static readonly byte[] " + name + "Bytes = System.Text.Encoding.UTF8.GetBytes(" + literal + ");",
        0 => "const string " + char.ToUpperInvariant(name[0]) + name.Substring(1) + "Const = " + literal + ";",
        1 => "public string " + char.ToUpperInvariant(name[0]) + name.Substring(1) + " { get; } = " + literal + ";",
        2 => "/// <summary>" + name + "=" + secret + "</summary>\n    void Doc() { }",
        3 => "/* " + secret + " */",
        _ => "static readonly string " + name + "Field = " + literal + ";",
    });

    private static readonly Gen<string> Source = Gen.Select(Statement.Array[1, 5], Member.Array[0, 3], Gen.Int[0, 3], Gen.Double[0, 1], (statements, members, cut, at) =>
    {
        string text = "using System;\nclass C\n{\n    void Login(string password = null, string apiKey = null, string token = null, string key = null, string connectionString = null, string value = null, string clientSecret = null, string pin = null, string auth = null, string passwort = null, string label = null) { }\n    "
            + string.Join("\n    ", members)
            + "\n    void M(string x)\n    {\n        " + string.Join("\n        ", statements) + "\n    }\n}\n";

        // One sample in four is half-written: cut anywhere.
        return cut == 0 ? text.Substring(0, (int)(text.Length * at)) : text;
    });

    private static int s_findings;
    private static int s_fixes;

    [Fact]
    public void GeneratedCode_NeverCrashes_AndNeverLeaksAValue()
    {
        Source.Sample(source => CheckAsync(source).GetAwaiter().GetResult(), iter: 40, threads: 1, seed: "0N0XIzNsQ0O2");

        // The samples must exercise the rules and the fixes, or the properties above hold vacuously.
        Assert.True(s_findings > 20, "findings: " + s_findings);
        Assert.True(s_fixes > 5, "fixes applied: " + s_fixes);
    }

    private static async Task CheckAsync(string source)
    {
        using var workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId();
        var solution = workspace.CurrentSolution
            .AddProject(ProjectInfo.Create(projectId, VersionStamp.Default, "App", "App", LanguageNames.CSharp,
                compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary),
                parseOptions: new CSharpParseOptions(LanguageVersion.Preview),
                metadataReferences: TestReferences.Framework.Add(TestReferences.Runtime)))
            .AddDocument(DocumentId.CreateNewId(projectId), "Test0.cs", SourceText.From(source))
            .AddAdditionalDocument(DocumentId.CreateNewId(projectId), CSharpCodeFixVerifier.ManifestPath, SourceText.From(CSharpCodeFixVerifier.EmptyManifest));
        var project = solution.GetProject(projectId)!;
        var compilation = (await project.GetCompilationAsync())!;

        var exceptions = new ConcurrentQueue<Exception>();
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new HardcodedSecretAnalyzer(), new CommentSecretAnalyzer(), new HardcodedKeyBytesAnalyzer());
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), (ex, _, _) => exceptions.Enqueue(ex), concurrentAnalysis: false, logAnalyzerExecutionTime: false);
        var diagnostics = await compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync();
        Assert.Empty(exceptions);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        Interlocked.Add(ref s_findings, diagnostics.Length);
        foreach (var diagnostic in diagnostics)
        {
            AssertNoSecret(diagnostic.GetMessage(CultureInfo.InvariantCulture));
            foreach (var property in diagnostic.Properties)
            {
                AssertNoSecret(property.Key + "=" + property.Value);
            }
        }

        RunGenerator(compilation);

        var document = project.Documents.Single();
        var fixers = new CodeFixProvider[] { new MoveSecretToStoreCodeFixProvider(), new RemoveSecretFromCommentCodeFixProvider() };
        foreach (var diagnostic in diagnostics.Take(3))
        {
            foreach (var fixer in fixers.Where(f => f.FixableDiagnosticIds.Contains(diagnostic.Id)))
            {
                var actions = new List<CodeAction>();
                await fixer.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
                foreach (var action in actions.Take(2))
                {
                    foreach (var operation in (await action.GetOperationsAsync(CancellationToken.None)).OfType<ApplyChangesOperation>())
                    {
                        Interlocked.Increment(ref s_fixes);
                        var fixedProject = operation.ChangedSolution.GetProject(projectId)!;
                        foreach (var additional in fixedProject.AdditionalDocuments)
                        {
                            AssertNoSecret((await additional.GetTextAsync()).ToString());
                        }

                        RunGenerator((await fixedProject.GetCompilationAsync())!, fixedProject);
                    }
                }
            }
        }
    }

    private static void RunGenerator(Compilation compilation, Project? project = null)
    {
        var manifest = project?.AdditionalDocuments.FirstOrDefault(d => d.Name == CSharpCodeFixVerifier.ManifestPath)?.GetTextAsync().GetAwaiter().GetResult().ToString()
            ?? CSharpCodeFixVerifier.EmptyManifest;
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new SecretsGenerator().AsSourceGenerator() },
            new AdditionalText[] { new FixAllHarness.InMemoryAdditionalText(CSharpCodeFixVerifier.ManifestPath, manifest) },
            (CSharpParseOptions)compilation.SyntaxTrees.First().Options);
        var result = driver.RunGenerators(compilation).GetRunResult();
        foreach (var generator in result.Results)
        {
            Assert.Null(generator.Exception);
            foreach (var generated in generator.GeneratedSources)
            {
                AssertNoSecret(generated.SourceText.ToString());
            }

            foreach (var diagnostic in generator.Diagnostics)
            {
                AssertNoSecret(diagnostic.GetMessage(CultureInfo.InvariantCulture));
            }
        }
    }

    private static void AssertNoSecret(string text)
    {
        foreach (var secret in Secrets)
        {
            Assert.False(text.Contains(secret, StringComparison.Ordinal), "output holds a planted secret");
            if (secret.Length >= 20)
            {
                Assert.False(text.Contains(secret.Substring(secret.Length / 2, secret.Length / 4), StringComparison.Ordinal), "output holds a quarter of a planted secret");
            }
        }
    }
}
