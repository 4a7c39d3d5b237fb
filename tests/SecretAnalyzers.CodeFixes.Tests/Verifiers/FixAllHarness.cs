using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SecretAnalyzers.Analyzers;
using SecretAnalyzers.Generators;
using SecretAnalyzers.Testing;

namespace SecretAnalyzers.CodeFixes.Tests.Verifiers;

/// <summary>
/// Runs the real analyzer and the exported fixer's Fix All (solution scope, the way <c>dotnet format</c> drives it)
/// over an in-memory project, then compiles the result with the generator — outside the testing library, so the
/// whole chain can be inspected.
/// </summary>
internal sealed class FixAllHarness
{
    private readonly Workspace _workspace;

    public FixAllHarness(IEnumerable<(string Name, string Text)> sources, string? manifest, string? rootNamespace = null, bool canAddFiles = true, IEnumerable<(string Name, string Text)>? additionalFiles = null)
    {
        _workspace = canAddFiles ? new AdhocWorkspace() : new NoNewFilesWorkspace();
        var projectId = ProjectId.CreateNewId();
        var solution = _workspace.CurrentSolution
            .AddProject(ProjectInfo.Create(projectId, VersionStamp.Default, "Sample", "Sample", LanguageNames.CSharp)
                .WithCompilationOptions(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable))
                .WithParseOptions(new CSharpParseOptions(LanguageVersion.Preview))
                .WithMetadataReferences(TestReferences.Framework.Add(TestReferences.Runtime)));
        foreach (var (name, text) in sources)
        {
            solution = solution.AddDocument(DocumentId.CreateNewId(projectId), name, SourceText.From(text), filePath: "/src/" + name);
        }

        if (manifest is not null)
        {
            solution = solution.AddAdditionalDocument(DocumentId.CreateNewId(projectId), "secrets.manifest.json", SourceText.From(manifest), filePath: "/src/secrets.manifest.json");
        }

        foreach (var (name, text) in additionalFiles ?? Array.Empty<(string, string)>())
        {
            solution = solution.AddAdditionalDocument(DocumentId.CreateNewId(projectId), name, SourceText.From(text), filePath: "/src/" + name);
        }

        if (rootNamespace is not null)
        {
            solution = solution.AddAnalyzerConfigDocument(
                DocumentId.CreateNewId(projectId), ".globalconfig", SourceText.From("is_global = true\nbuild_property.RootNamespace = " + rootNamespace + "\n"), filePath: "/src/.globalconfig");
        }

        Solution = solution;
        ProjectId = projectId;
    }

    public Solution Solution { get; private set; }

    public ProjectId ProjectId { get; }

    public Project Project => Solution.GetProject(ProjectId)!;

    public async Task<ImmutableArray<Diagnostic>> GetSecretDiagnosticsAsync()
    {
        var compilation = (await Project.GetCompilationAsync())!;
        var withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new HardcodedSecretAnalyzer()), Project.AnalyzerOptions);
        return await withAnalyzers.GetAnalyzerDiagnosticsAsync();
    }

    /// <summary>Adds a global analyzer config (e.g. <c>secret_analyzers.default_store = parameterstore</c>).</summary>
    public void AddGlobalConfig(string lines) =>
        Solution = Solution.AddAnalyzerConfigDocument(DocumentId.CreateNewId(ProjectId), ".globalconfig2", SourceText.From("is_global = true\n" + lines + "\n"), filePath: "/src/.globalconfig2");

    /// <summary>The SEC0005 findings in the project's configuration files.</summary>
    public async Task<ImmutableArray<Diagnostic>> GetConfigDiagnosticsAsync()
    {
        var compilation = (await Project.GetCompilationAsync())!;
        var withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new SecretAnalyzers.ConfigFiles.ConfigFileSecretAnalyzer()), Project.AnalyzerOptions);
        return await withAnalyzers.GetAnalyzerDiagnosticsAsync();
    }

    /// <summary>Applies the first action the SEC0005 fix offers for <paramref name="diagnostic"/>; false when none.</summary>
    public async Task<bool> FixConfigValueAsync(Diagnostic diagnostic)
    {
        var file = Project.AdditionalDocuments.Single(d => d.FilePath == diagnostic.Location.GetLineSpan().Path);
        CodeAction? action = null;
        await new MoveConfigSecretCodeFixProvider().RegisterCodeFixesAsync(new CodeFixContext(file, diagnostic, (a, _) => action ??= a, CancellationToken.None));
        if (action is null)
        {
            return false;
        }

        var operations = await action.GetOperationsAsync(CancellationToken.None);
        Solution = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
        return true;
    }

    /// <summary>Fix All in solution with the first action offered for the first finding, as <c>dotnet format</c> does.</summary>
    public async Task<bool> FixAllAsync(Func<IEnumerable<Diagnostic>, Diagnostic>? pickFirst = null, IEnumerable<string>? fixIds = null)
    {
        var diagnostics = await GetSecretDiagnosticsAsync();
        if (diagnostics.IsEmpty)
        {
            return false;
        }

        var fixer = new MoveSecretToStoreCodeFixProvider();
        var ordered = diagnostics.OrderBy(d => d.Location.SourceTree!.FilePath, StringComparer.Ordinal).ThenBy(d => d.Location.SourceSpan.Start);
        var first = pickFirst is null ? ordered.First() : pickFirst(ordered);
        var document = Solution.GetDocument(first.Location.SourceTree)!;
        CodeAction? action = null;
        await fixer.RegisterCodeFixesAsync(new CodeFixContext(document, first, (a, _) => action ??= a, CancellationToken.None));

        var context = new FixAllContext(
            document,
            fixer,
            FixAllScope.Solution,
            action?.EquivalenceKey!,
            fixIds ?? fixer.FixableDiagnosticIds,
            new Provider(diagnostics),
            CancellationToken.None);
        var fixAll = await fixer.GetFixAllProvider().GetFixAsync(context);
        if (fixAll is null)
        {
            return false;
        }

        var operations = await fixAll.GetOperationsAsync(CancellationToken.None);
        Solution = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
        return true;
    }

    /// <summary>Compiles the project with the generator running; returns the errors of the compilation and the generator.</summary>
    public async Task<ImmutableArray<Diagnostic>> CompileWithGeneratorAsync()
    {
        var compilation = (await Project.GetCompilationAsync())!;
        var additionalTexts = Project.AdditionalDocuments.Select(d => (AdditionalText)new InMemoryAdditionalText(d.FilePath ?? d.Name, d.GetTextAsync().Result.ToString())).ToImmutableArray();
        var driver = CSharpGeneratorDriver.Create(
            new[] { new SecretsGenerator().AsSourceGenerator() },
            additionalTexts,
            (CSharpParseOptions)Project.ParseOptions!,
            Project.AnalyzerOptions.AnalyzerConfigOptionsProvider);
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        return generatorDiagnostics.Concat(output.GetDiagnostics())
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .ToImmutableArray();
    }

    public async Task<IReadOnlyList<(string Name, string Text)>> GetChangedTextsAsync(Solution original)
    {
        var changed = new List<(string, string)>();
        var changes = Solution.GetChanges(original);
        foreach (var project in changes.GetProjectChanges())
        {
            foreach (var id in project.GetChangedDocuments().Concat(project.GetAddedDocuments()))
            {
                changed.Add((Solution.GetDocument(id)!.Name, (await Solution.GetDocument(id)!.GetTextAsync()).ToString()));
            }

            foreach (var id in project.GetChangedAdditionalDocuments().Concat(project.GetAddedAdditionalDocuments()))
            {
                changed.Add((Solution.GetAdditionalDocument(id)!.Name, (await Solution.GetAdditionalDocument(id)!.GetTextAsync()).ToString()));
            }
        }

        return changed;
    }

    /// <summary>Like MSBuildWorkspace (which <c>dotnet format</c> uses): can change additional files, cannot add them.</summary>
    private sealed class NoNewFilesWorkspace : Workspace
    {
        public NoNewFilesWorkspace()
            : base(Microsoft.CodeAnalysis.Host.Mef.MefHostServices.DefaultHost, "NoNewFiles")
        {
        }

        public override bool CanApplyChange(ApplyChangesKind feature) => feature != ApplyChangesKind.AddAdditionalDocument;
    }

    private sealed class Provider : FixAllContext.DiagnosticProvider
    {
        private readonly ImmutableArray<Diagnostic> _diagnostics;

        public Provider(ImmutableArray<Diagnostic> diagnostics) => _diagnostics = diagnostics;

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult(_diagnostics.Where(d => project.GetDocument(d.Location.SourceTree) is not null));

        public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
        {
            var tree = await document.GetSyntaxTreeAsync(cancellationToken);
            return _diagnostics.Where(d => d.Location.SourceTree == tree);
        }

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult(Enumerable.Empty<Diagnostic>());
    }

    internal sealed class InMemoryAdditionalText : AdditionalText
    {
        private readonly SourceText _text;

        public InMemoryAdditionalText(string path, string text)
        {
            Path = path;
            _text = SourceText.From(text);
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }
}
