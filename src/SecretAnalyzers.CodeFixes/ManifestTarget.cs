using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SecretAnalyzers.Manifest;

namespace SecretAnalyzers.CodeFixes;

/// <summary>
/// The project's <c>secrets.manifest.json</c> as the fixes see it: its text, the class the generator emits from it and
/// where that class lives. A project without one gets a new manifest only where the workspace can add files
/// (not under <c>dotnet format</c>, whose MSBuild workspace cannot): otherwise there is no target and no fix.
/// </summary>
internal sealed class ManifestTarget
{
    private const string RootNamespaceProperty = "RootNamespace";

    private ManifestTarget(ProjectId projectId, DocumentId? documentId, string text, Encoding? encoding, string? filePath, string className, string? @namespace)
    {
        _encoding = encoding;
        ProjectId = projectId;
        DocumentId = documentId;
        Text = text;
        FilePath = filePath;
        ClassName = className;
        Namespace = @namespace;
    }

    private readonly Encoding? _encoding;

    public ProjectId ProjectId { get; }

    /// <summary>The existing manifest; null when the fix creates one.</summary>
    public DocumentId? DocumentId { get; }

    public string Text { get; }

    public string? FilePath { get; }

    /// <summary>The generated class, <c>Secrets</c> unless the manifest says otherwise.</summary>
    public string ClassName { get; }

    /// <summary>The generated class's namespace (the manifest's, else the project's root namespace); null for the global namespace.</summary>
    public string? Namespace { get; }

    public static async Task<ManifestTarget?> ResolveAsync(Project project, CancellationToken cancellationToken)
    {
        var rootNamespace = ReadRootNamespace(project);
        var existing = project.AdditionalDocuments
            .Where(document => IsManifest(document.FilePath ?? document.Name))
            .OrderBy(document => document.FilePath ?? document.Name, StringComparer.Ordinal)
            .FirstOrDefault();
        if (existing is not null)
        {
            var sourceText = await existing.GetTextAsync(cancellationToken).ConfigureAwait(false);
            var text = sourceText.ToString();
            var model = ManifestParser.Parse(text, existing.FilePath ?? existing.Name).Model;

            // A manifest the writer cannot edit (not JSON, 'secrets' not an object) is left for its diagnostics to explain.
            if (model is null || !ManifestWriter.TryAddSecret(text, new ManifestSecretEntryToAdd("SecretAnalyzersProbe", ManifestFormat.SecretsManager, "probe"), out _, out _))
            {
                return null;
            }

            return new ManifestTarget(project.Id, existing.Id, text, sourceText.Encoding, existing.FilePath, model.ClassName, model.Namespace ?? rootNamespace);
        }

        if (!project.Solution.Workspace.CanApplyChange(ApplyChangesKind.AddAdditionalDocument))
        {
            return null;
        }

        var directory = project.FilePath is null ? null : Path.GetDirectoryName(project.FilePath);
        var path = directory is null ? null : Path.Combine(directory, ManifestFormat.FileName);
        return new ManifestTarget(project.Id, null, ManifestWriter.CreateNew(ManifestNames.DefaultClassName, null), null, path, ManifestNames.DefaultClassName, rootNamespace);
    }

    public ISet<string> ReadSecretNames() => ManifestWriter.ReadSecretNames(Text);

    /// <summary>The manifest's <c>defaults.idPrefix</c> as written; empty when none.</summary>
    public string IdPrefix => ManifestWriter.ReadIdPrefix(Text);

    /// <summary>The solution with the manifest's text replaced (or the new manifest added).</summary>
    public Solution Apply(Solution solution, string newText)
    {
        if (DocumentId is not null)
        {
            return solution.WithAdditionalDocumentText(DocumentId, SourceText.From(newText, _encoding));
        }

        var id = DocumentId.CreateNewId(ProjectId, ManifestFormat.FileName);
        return solution.AddAdditionalDocument(id, ManifestFormat.FileName, SourceText.From(newText, new UTF8Encoding(false)), filePath: FilePath);
    }

    private static bool IsManifest(string path) =>
        string.Equals(Path.GetFileName(path), ManifestFormat.FileName, StringComparison.OrdinalIgnoreCase);

    /// <summary>The root namespace exactly as the generator reads it (a compiler-visible build property), repaired the same way.</summary>
    private static string? ReadRootNamespace(Project project) =>
        AnalyzerOptionReader.ReadBuildProperty(project.AnalyzerOptions.AnalyzerConfigOptionsProvider.GlobalOptions, RootNamespaceProperty) is { } value
            ? ManifestNames.SanitizeNamespace(value)
            : null;
}
