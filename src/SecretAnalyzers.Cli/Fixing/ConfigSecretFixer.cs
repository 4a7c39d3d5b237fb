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
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SecretAnalyzers.Cli.CommandLine;
using SecretAnalyzers.Cli.Reporting;
using SecretAnalyzers.Cli.Scanning;
using SecretAnalyzers.CodeFixes;
using SecretAnalyzers.Manifest;

namespace SecretAnalyzers.Cli.Fixing;

/// <summary>
/// Runs <see cref="MoveConfigSecretCodeFixProvider"/> over a project's SEC0005 findings, one at a time (each fix edits
/// the manifest, so the project is analysed again after each), with the action it offers first (the default store).
/// The project's folder configuration files and manifest join the in-memory project as additional documents when the
/// package's props did not add them; changed files are written back directly, so the .csproj is never edited.
/// Output names files, configuration keys and manifest entries, never a value.
/// </summary>
internal static class ConfigSecretFixer
{
    /// <summary>A fix that changes nothing or fails repeatedly would otherwise loop forever.</summary>
    private const int MaxFixesPerProject = 500;

    private static readonly MoveConfigSecretCodeFixProvider Provider = new();

    // The same .editorconfig reading as 'scan': a file where SEC0005 is 'none' or 'silent' is not touched.
    private static readonly EditorConfigOptions EditorConfig = new();

    public static async Task<int> RunAsync(string target, bool dryRun, CliContext context, CancellationToken cancellationToken)
    {
        var notices = new List<string>();
        var projects = ScanTargetResolver.Resolve(target, ScanSettings.Default, notices)
            .Where(unit => unit.ProjectFile is not null)
            .ToList();
        if (projects.Count == 0)
        {
            context.Error.WriteLine($"error: no C# project (.csproj) found at '{ConsoleText.Escape(target)}'.");
            return ExitCodes.Error;
        }

        using var msbuild = MSBuildProjects.TryCreate(out var problem);
        if (msbuild is null)
        {
            context.Error.WriteLine($"error: projects cannot be loaded: {ConsoleText.Escape(problem ?? "unknown")}.");
            return ExitCodes.Error;
        }

        var failed = false;
        var moved = 0;
        foreach (var unit in projects)
        {
            var result = await FixProjectAsync(msbuild, unit, dryRun, context, cancellationToken).ConfigureAwait(false);
            failed |= result < 0;
            moved += Math.Max(result, 0);
        }

        if (!failed)
        {
            context.Output.WriteLine(moved == 0
                ? "Nothing to fix."
                : $"{(dryRun ? "Would move" : "Moved")} {moved} secret(s) into the manifest. Put each value into its store (ids above), then add the secret provider's configuration source (docs/rules/SEC0005.md).");
        }

        return failed ? ExitCodes.Error : ExitCodes.Clean;
    }

    /// <returns>The number of secrets moved, or -1 after an error.</returns>
    private static async Task<int> FixProjectAsync(MSBuildProjects msbuild, ScanUnit unit, bool dryRun, CliContext context, CancellationToken cancellationToken)
    {
        var projectFile = unit.ProjectFile!;
        var shown = Display(projectFile);
        if (!RestoredProjects.IsRestored(projectFile))
        {
            context.Error.WriteLine($"error: '{shown}' is not restored: run 'dotnet restore' first.");
            return -1;
        }

        var (loaded, problem) = await msbuild.LoadAsync(projectFile, cancellationToken).ConfigureAwait(false);
        if (loaded is null)
        {
            context.Error.WriteLine($"error: '{shown}' did not load: {ConsoleText.Escape(problem ?? "unknown")}.");
            return -1;
        }

        var manifestPath = Path.Combine(unit.Directory, ManifestFormat.FileName);
        if (!File.Exists(manifestPath) && !loaded.AdditionalDocuments.Any(IsManifest))
        {
            context.Error.WriteLine($"error: '{shown}' has no {ManifestFormat.FileName}: run 'secretanalyzers init' first.");
            return -1;
        }

        var original = WithFolderFiles(loaded, unit, manifestPath);
        var solution = original.Solution;
        var skipped = new HashSet<string>(StringComparer.Ordinal);
        var moved = 0;
        for (var attempt = 0; attempt < MaxFixesPerProject; attempt++)
        {
            var project = solution.GetProject(original.Id)!;
            var next = (await FindingsAsync(project, cancellationToken).ConfigureAwait(false))
                .FirstOrDefault(f => !skipped.Contains(f.Key));
            if (next.Document is null)
            {
                break;
            }

            var changed = await ApplyFirstActionAsync(next.Document, next.Diagnostic, cancellationToken).ConfigureAwait(false);
            if (changed is null || changed == solution)
            {
                skipped.Add(next.Key);
                var line = next.Diagnostic.Location.GetLineSpan().StartLinePosition;
                context.Error.WriteLine($"notice: {Display(next.Document.FilePath!)}({line.Line + 1},{line.Character + 1}): SEC0005 has no automatic fix here (not a JSON string value, or the manifest cannot be edited).");
                continue;
            }

            context.Output.WriteLine(await DescribeAsync(next.Document, next.Diagnostic, project, changed.GetProject(original.Id)!, dryRun, cancellationToken).ConfigureAwait(false));
            solution = changed;
            moved++;
        }

        if (!dryRun)
        {
            await WriteChangedFilesAsync(original.Solution, solution, original.Id, cancellationToken).ConfigureAwait(false);
        }

        return moved;
    }

    /// <summary>
    /// The project with its folder's configuration files and manifest as additional documents, as the package's props
    /// add them in a build; a project without the package would otherwise show the fix nothing.
    /// </summary>
    private static Project WithFolderFiles(Project project, ScanUnit unit, string manifestPath)
    {
        var present = new HashSet<string>(
            project.AdditionalDocuments.Select(d => d.FilePath).OfType<string>().Select(Path.GetFullPath),
            StringComparer.Ordinal);
        var solution = project.Solution;
        foreach (var path in unit.ConfigFiles.Append(manifestPath).Where(File.Exists).Distinct(StringComparer.Ordinal))
        {
            if (present.Add(Path.GetFullPath(path)))
            {
                var text = SourceText.From(File.ReadAllText(path), new UTF8Encoding(false));
                solution = solution.AddAdditionalDocument(DocumentId.CreateNewId(project.Id, path), Path.GetFileName(path), text, filePath: path);
            }
        }

        return solution.GetProject(project.Id)!;
    }

    /// <summary>SEC0005 findings in the project's additional documents, in file and position order.</summary>
    private static async Task<IReadOnlyList<(TextDocument? Document, Diagnostic Diagnostic, string Key)>> FindingsAsync(Project project, CancellationToken cancellationToken)
    {
        var compilation = await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
        if (compilation is null)
        {
            return Array.Empty<(TextDocument?, Diagnostic, string)>();
        }

        var documents = new Dictionary<string, TextDocument>(StringComparer.Ordinal);
        var texts = ImmutableArray.CreateBuilder<AdditionalText>();
        foreach (var document in project.AdditionalDocuments.Where(d => d.FilePath is not null))
        {
            documents[document.FilePath!] = document;
            texts.Add(new FileAdditionalText(document.FilePath!, await document.GetTextAsync(cancellationToken).ConfigureAwait(false)));
        }

        var errors = new ConcurrentBag<string>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(texts.ToImmutable(), project.AnalyzerOptions.AnalyzerConfigOptionsProvider),
            onAnalyzerException: (exception, analyzer, _) => errors.Add(analyzer.GetType().Name),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false,
            reportSuppressedDiagnostics: false);
        var analyzers = AnalyzerCatalog.Analyzers
            .Where(a => a.SupportedDiagnostics.Any(d => d.Id == RuleIdentifiers.SecretInConfigurationFile))
            .ToImmutableArray();
        var diagnostics = await compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync(cancellationToken).ConfigureAwait(false);
        return diagnostics
            .Where(d => d.Id == RuleIdentifiers.SecretInConfigurationFile && !d.IsSuppressed && d.Severity != DiagnosticSeverity.Hidden)
            .Select(d => (Diagnostic: d, Path: d.Location.GetLineSpan().Path))
            .Where(x => x.Path is not null && documents.ContainsKey(x.Path)
                && EditorConfig.GetSeverity(x.Path, x.Diagnostic.Id) is not (ReportDiagnostic.Suppress or ReportDiagnostic.Hidden))
            .OrderBy(x => x.Path, StringComparer.Ordinal)
            .ThenBy(x => x.Diagnostic.Location.SourceSpan.Start)
            .Select(x => ((TextDocument?)documents[x.Path], x.Diagnostic, x.Path + "\0" + Property(x.Diagnostic, DiagnosticPropertyKeys.ConfigKey) + "\0" + x.Diagnostic.Location.SourceSpan.Start))
            .ToList();
    }

    /// <summary>The solution after the first action the provider offers (its default store), or null when it offers none.</summary>
    private static async Task<Solution?> ApplyFirstActionAsync(TextDocument document, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var actions = new List<CodeAction>();
        var fixContext = new CodeFixContext(
            document,
            diagnostic.Location.SourceSpan,
            ImmutableArray.Create(diagnostic),
            (action, _) => actions.Add(action),
            cancellationToken);
        await Provider.RegisterCodeFixesAsync(fixContext).ConfigureAwait(false);
        if (actions.Count == 0)
        {
            return null;
        }

        var operations = await actions[0].GetOperationsAsync(cancellationToken).ConfigureAwait(false);
        return operations.OfType<ApplyChangesOperation>().FirstOrDefault()?.ChangedSolution;
    }

    /// <summary>File, configuration key, and the manifest entry that now serves it: never the value.</summary>
    private static async Task<string> DescribeAsync(TextDocument document, Diagnostic diagnostic, Project before, Project after, bool dryRun, CancellationToken cancellationToken)
    {
        var key = Property(diagnostic, DiagnosticPropertyKeys.ConfigKey);
        var line = diagnostic.Location.GetLineSpan().StartLinePosition;
        var oldNames = before.AdditionalDocuments.FirstOrDefault(IsManifest) is { } old
            ? ManifestWriter.ReadSecretNames((await old.GetTextAsync(cancellationToken).ConfigureAwait(false)).ToString())
            : new HashSet<string>(StringComparer.Ordinal);
        ManifestSecret? entry = null;
        if (after.AdditionalDocuments.FirstOrDefault(IsManifest) is { } manifest)
        {
            var text = await manifest.GetTextAsync(cancellationToken).ConfigureAwait(false);
            entry = ManifestParser.Parse(text.ToString(), manifest.FilePath ?? manifest.Name).Model?.Secrets
                .FirstOrDefault(s => s.ConfigKey == key && !oldNames.Contains(s.Name));
        }

        var where = $"{Display(document.FilePath!)}({line.Line + 1},{line.Character + 1})";
        var into = entry is null
            ? ManifestFormat.FileName
            : $"{ManifestFormat.FileName} secret '{entry.Name}' ({entry.Source}, id '{entry.Id}')";
        return $"{(dryRun ? "would move" : "moved")}: {where}: '{ConsoleText.Escape(key)}' -> {into}";
    }

    private static async Task WriteChangedFilesAsync(Solution before, Solution after, ProjectId projectId, CancellationToken cancellationToken)
    {
        foreach (var document in after.GetProject(projectId)!.AdditionalDocuments)
        {
            var old = before.GetAdditionalDocument(document.Id);
            var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
            if (document.FilePath is null
                || old is not null && (await old.GetTextAsync(cancellationToken).ConfigureAwait(false)).ContentEquals(text))
            {
                continue;
            }

            File.WriteAllText(document.FilePath, text.ToString(), text.Encoding ?? new UTF8Encoding(false));
        }
    }

    private static bool IsManifest(TextDocument document) =>
        string.Equals(Path.GetFileName(document.FilePath ?? document.Name), ManifestFormat.FileName, StringComparison.OrdinalIgnoreCase);

    private static string Property(Diagnostic diagnostic, string name) =>
        diagnostic.Properties.TryGetValue(name, out var value) && value is not null ? value : string.Empty;

    private static string Display(string path) =>
        ConsoleText.Escape(Path.GetRelativePath(Directory.GetCurrentDirectory(), path).Replace('\\', '/'));
}
