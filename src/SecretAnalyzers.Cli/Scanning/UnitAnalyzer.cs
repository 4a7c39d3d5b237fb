using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace SecretAnalyzers.Cli.Scanning;

/// <summary>
/// Analyses one <see cref="ScanUnit"/>: parses its .cs files into a <see cref="CSharpCompilation"/> over the runtime's
/// platform assemblies, hands its configuration files over as AdditionalFiles, and runs the SecretAnalyzers analyzers
/// through <see cref="CompilationWithAnalyzers"/> (so #pragma suppressions behave as in a build), then applies the
/// .editorconfig severities.
/// </summary>
internal sealed class UnitAnalyzer
{
    /// <summary>Files larger than this are minified bundles or data dumps, not configuration or code.</summary>
    private const long MaxFileBytes = 8 * 1024 * 1024;

    // Most SDK projects rely on implicit usings; without them BCL types would not bind and some flows would be missed.
    private const string ImplicitUsings =
        "global using global::System;\nglobal using global::System.Collections.Generic;\nglobal using global::System.IO;\n" +
        "global using global::System.Linq;\nglobal using global::System.Net.Http;\nglobal using global::System.Threading;\n" +
        "global using global::System.Threading.Tasks;\n";

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Preview, DocumentationMode.None);

    private readonly EditorConfigOptions _editorConfig;

    public UnitAnalyzer(EditorConfigOptions editorConfig)
    {
        _editorConfig = editorConfig;
    }

    public Task<IReadOnlyList<ScanFinding>> AnalyzeAsync(ScanUnit unit, List<string> warnings, CancellationToken cancellationToken)
    {
        var sources = new List<(string Path, SourceText Text)>();
        foreach (var path in unit.SourceFiles)
        {
            if (TryRead(path, warnings) is { } text)
            {
                sources.Add((path, text));
            }
        }

        var configs = new List<(string Path, SourceText Text)>();
        foreach (var path in unit.ConfigFiles)
        {
            if (TryRead(path, warnings) is { } text)
            {
                configs.Add((path, text));
            }
        }

        return AnalyzeTextsAsync(unit.Name, sources, configs, warnings, cancellationToken);
    }

    /// <summary>
    /// Analyses texts that need not be on disk (history scans hand over blobs of past commits): C# sources parsed into
    /// one compilation over the platform assemblies, configuration files as AdditionalFiles. Paths must be distinct.
    /// </summary>
    public async Task<IReadOnlyList<ScanFinding>> AnalyzeTextsAsync(
        string name,
        IReadOnlyList<(string Path, SourceText Text)> sources,
        IReadOnlyList<(string Path, SourceText Text)> configs,
        List<string> warnings,
        CancellationToken cancellationToken)
    {
        var texts = new Dictionary<string, SourceText>(StringComparer.Ordinal);
        var trees = new List<SyntaxTree>(sources.Count + 1);
        foreach (var (path, text) in sources)
        {
            texts[path] = text;
            trees.Add(CSharpSyntaxTree.ParseText(text, ParseOptions, path, cancellationToken));
        }

        var additionalTexts = ImmutableArray.CreateBuilder<AdditionalText>(configs.Count);
        foreach (var (path, text) in configs)
        {
            texts[path] = text;
            additionalTexts.Add(new FileAdditionalText(path, text));
        }

        if (trees.Count > 0)
        {
            trees.Add(CSharpSyntaxTree.ParseText(ImplicitUsings, ParseOptions, string.Empty, Encoding.UTF8, cancellationToken));
        }

        var compilation = CSharpCompilation.Create(
            AssemblyName(name),
            trees,
            ReferenceAssemblies.All,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                allowUnsafe: true));
        return await RunAnalyzersAsync(compilation, additionalTexts.MoveToImmutable(), _editorConfig.CreateProvider(), texts, name, warnings, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Analyses a project loaded by MSBuild: its compilation (references, DefineConstants, generators) and options
    /// (.editorconfig, global configs, <c>build_property.*</c>) exactly as the build has them, plus the configuration
    /// files of its folder, which the build sees only when the package is referenced.
    /// </summary>
    /// <returns>The findings, and every file analysed.</returns>
    public async Task<(IReadOnlyList<ScanFinding> Findings, IReadOnlyList<string> Files)> AnalyzeProjectAsync(
        Project project, ScanUnit unit, List<string> warnings, CancellationToken cancellationToken)
    {
        var compilation = await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
        if (compilation is null)
        {
            return (Array.Empty<ScanFinding>(), Array.Empty<string>());
        }

        var texts = new Dictionary<string, SourceText>(StringComparer.Ordinal);
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (File.Exists(tree.FilePath))
            {
                texts[tree.FilePath] = await tree.GetTextAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        var additionalTexts = ImmutableArray.CreateBuilder<AdditionalText>();
        var additionalPaths = project.AdditionalDocuments.Select(d => d.FilePath).OfType<string>()
            .Concat(unit.ConfigFiles)
            .Distinct(StringComparer.Ordinal);
        foreach (var path in additionalPaths)
        {
            var text = TryRead(path, warnings);
            if (text is not null)
            {
                texts[path] = text;
                additionalTexts.Add(new FileAdditionalText(path, text));
            }
        }

        var findings = await RunAnalyzersAsync(
            compilation, additionalTexts.ToImmutable(), project.AnalyzerOptions.AnalyzerConfigOptionsProvider, texts, project.Name, warnings, cancellationToken)
            .ConfigureAwait(false);
        return (findings, texts.Keys.ToList());
    }

    private async Task<IReadOnlyList<ScanFinding>> RunAnalyzersAsync(
        Compilation compilation,
        ImmutableArray<AdditionalText> additionalTexts,
        AnalyzerConfigOptionsProvider optionsProvider,
        IReadOnlyDictionary<string, SourceText> texts,
        string unitName,
        List<string> warnings,
        CancellationToken cancellationToken)
    {
        var analyzerErrors = new ConcurrentBag<string>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(additionalTexts, optionsProvider),
            onAnalyzerException: (exception, analyzer, _) =>
                analyzerErrors.Add($"{analyzer.GetType().Name} failed in {unitName}: {exception.GetType().Name}"),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false,
            reportSuppressedDiagnostics: false);
        var diagnostics = await compilation.WithAnalyzers(AnalyzerCatalog.Analyzers, options)
            .GetAnalyzerDiagnosticsAsync(cancellationToken)
            .ConfigureAwait(false);
        warnings.AddRange(analyzerErrors.Distinct(StringComparer.Ordinal));

        var findings = new List<ScanFinding>();
        foreach (var diagnostic in diagnostics)
        {
            var finding = ToFinding(diagnostic, texts);
            if (finding is not null)
            {
                findings.Add(finding);
            }
        }

        return findings;
    }

    private ScanFinding? ToFinding(Diagnostic diagnostic, IReadOnlyDictionary<string, SourceText> texts)
    {
        if (diagnostic.IsSuppressed || !diagnostic.Location.IsInSource && diagnostic.Location.Kind != LocationKind.ExternalFile)
        {
            return null;
        }

        var span = diagnostic.Location.GetLineSpan();
        if (string.IsNullOrEmpty(span.Path))
        {
            return null;
        }

        var severity = diagnostic.Severity;
        switch (_editorConfig.GetSeverity(span.Path, diagnostic.Id))
        {
            case ReportDiagnostic.Suppress:
            case ReportDiagnostic.Hidden:
                return null;
            case ReportDiagnostic.Error:
                severity = DiagnosticSeverity.Error;
                break;
            case ReportDiagnostic.Warn:
                severity = DiagnosticSeverity.Warning;
                break;
            case ReportDiagnostic.Info:
                severity = DiagnosticSeverity.Info;
                break;
        }

        if (severity == DiagnosticSeverity.Hidden)
        {
            return null;
        }

        return new ScanFinding(
            diagnostic.Descriptor,
            severity,
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture),
            span.Path,
            span,
            Evidence(diagnostic, texts));
    }

    /// <summary>The text at the primary and additional locations: what identifies this secret for the baseline.</summary>
    private static string Evidence(Diagnostic diagnostic, IReadOnlyDictionary<string, SourceText> texts)
    {
        var builder = new StringBuilder();
        foreach (var location in new[] { diagnostic.Location }.Concat(diagnostic.AdditionalLocations))
        {
            var path = location.GetLineSpan().Path;
            if (path is not null && texts.TryGetValue(path, out var text) && location.SourceSpan.End <= text.Length)
            {
                builder.Append(text.ToString(location.SourceSpan)).Append('\0');
            }
        }

        return builder.ToString();
    }

    private static SourceText? TryRead(string path, List<string> warnings)
    {
        try
        {
            var info = new FileInfo(path);
            if (info.Length > MaxFileBytes)
            {
                warnings.Add($"Skipped '{path}': larger than {MaxFileBytes / (1024 * 1024)} MB.");
                return null;
            }

            using var stream = File.OpenRead(path);
            return SourceText.From(stream, Encoding.UTF8, SourceHashAlgorithm.Sha256, throwIfBinaryDetected: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            warnings.Add($"Skipped '{path}': {ex.Message}");
            return null;
        }
    }

    private static string AssemblyName(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            builder.Append(char.IsLetterOrDigit(c) || c is '.' or '_' ? c : '_');
        }

        return builder.Length == 0 ? "Scanned" : builder.ToString();
    }
}
