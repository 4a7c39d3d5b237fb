using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using SecretAnalyzers.Manifest;

namespace SecretAnalyzers.CodeFixes;

/// <summary>
/// Moves findings to a store: one pass per document over the sorted, de-duplicated diagnostics, then one manifest
/// edit per project. A single fix is the same pass with one diagnostic, so single fixes and Fix All behave alike.
/// Identical secrets share one manifest entry (compared in memory only); new names never collide.
/// </summary>
internal static class SecretMover
{
    public static Task<Solution> MoveAsync(Solution solution, IEnumerable<Diagnostic> diagnostics, SecretMoveRequest request, CancellationToken cancellationToken) =>
        MoveAsync(solution, diagnostics, _ => request, cancellationToken);

    /// <summary>Moves each finding with the request chosen for its document (e.g. the document's <c>default_store</c>).</summary>
    public static async Task<Solution> MoveAsync(Solution solution, IEnumerable<Diagnostic> diagnostics, Func<Document, SecretMoveRequest> requestFor, CancellationToken cancellationToken)
    {
        var byProject = new Dictionary<ProjectId, List<(Document Document, Diagnostic Diagnostic)>>();
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Location.SourceTree is not { } tree || solution.GetDocument(tree) is not { } document)
            {
                continue;
            }

            if (!byProject.TryGetValue(document.Project.Id, out var list))
            {
                byProject[document.Project.Id] = list = new List<(Document, Diagnostic)>();
            }

            list.Add((document, diagnostic));
        }

        foreach (var pair in byProject.OrderBy(p => solution.GetProject(p.Key)?.Name, StringComparer.Ordinal))
        {
            solution = await MoveInProjectAsync(solution, pair.Key, pair.Value, requestFor, cancellationToken).ConfigureAwait(false);
        }

        return solution;
    }

    /// <summary>One project's pass: plan each finding, name its entry, write the manifest, then rewrite the code.</summary>
    private static async Task<Solution> MoveInProjectAsync(
        Solution solution,
        ProjectId projectId,
        List<(Document Document, Diagnostic Diagnostic)> items,
        Func<Document, SecretMoveRequest> requestFor,
        CancellationToken cancellationToken)
    {
        var project = solution.GetProject(projectId);
        var manifest = project is null ? null : await ManifestTarget.ResolveAsync(project, cancellationToken).ConfigureAwait(false);
        if (project is null || manifest is null)
        {
            return solution;
        }

        var namer = new SecretEntryNamer(manifest);
        var claims = new EditClaims();
        var edits = new List<(SecretEdit Edit, string Name)>();
        foreach (var (document, diagnostic) in InFixOrder(items))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var request = requestFor(document);
            var plan = await SecretMovePlanner.PlanAsync(document, diagnostic, request, cancellationToken).ConfigureAwait(false);
            if (plan is null || plan.ProjectId != projectId || !claims.TryClaim(plan))
            {
                continue;
            }

            var name = namer.NameFor(plan, document, diagnostic, request);
            edits.AddRange(plan.Edits.Select(edit => (edit, name)));
        }

        if (namer.Entries.Count == 0 && edits.Count == 0)
        {
            return solution;
        }

        // Never leave code reading an accessor the manifest does not declare: no manifest text, no code edit.
        if (!TryAddEntries(manifest.Text, namer.Entries, out var manifestText)
            || await RewriteDocumentsAsync(solution, project, manifest, edits, cancellationToken).ConfigureAwait(false) is not { } rewritten)
        {
            return solution;
        }

        return manifest.Apply(rewritten, manifestText);
    }

    /// <summary>Duplicates removed (a finding reported twice), then by file, position and rule, so every run names alike.</summary>
    private static IEnumerable<(Document Document, Diagnostic Diagnostic)> InFixOrder(List<(Document Document, Diagnostic Diagnostic)> items) =>
        items
            .GroupBy(item => (item.Document.Id, item.Diagnostic.Location.SourceSpan, item.Diagnostic.Id))
            .Select(group => group.First())
            .OrderBy(item => item.Document.FilePath ?? item.Document.Name, StringComparer.Ordinal)
            .ThenBy(item => item.Diagnostic.Location.SourceSpan.Start)
            .ThenBy(item => item.Diagnostic.Id, StringComparer.Ordinal);

    private static bool TryAddEntries(string manifestText, IReadOnlyList<ManifestSecretEntryToAdd> entries, out string newText)
    {
        newText = manifestText;
        foreach (var entry in entries)
        {
            if (!ManifestWriter.TryAddSecret(newText, entry, out newText, out _))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The solution with every planned edit applied, one document at a time; null if a document is gone.</summary>
    private static async Task<Solution?> RewriteDocumentsAsync(
        Solution solution,
        Project project,
        ManifestTarget manifest,
        List<(SecretEdit Edit, string Name)> edits,
        CancellationToken cancellationToken)
    {
        // Looked up once per project, and only if some file needs the namespace.
        Task<bool>? globalUsing = null;
        Task<bool> HasGlobalUsing() => globalUsing ??= manifest.Namespace is null
            ? Task.FromResult(false)
            : DocumentEditing.HasGlobalUsingAsync(project, manifest.Namespace, cancellationToken);

        var newSolution = solution;
        foreach (var group in edits.GroupBy(e => e.Edit.DocumentId))
        {
            var document = solution.GetDocument(group.Key);
            if (document is null)
            {
                return null;
            }

            var root = await DocumentEditing.ApplyAsync(document, group.ToList(), manifest, HasGlobalUsing, cancellationToken).ConfigureAwait(false);
            newSolution = newSolution.WithDocumentSyntaxRoot(group.Key, root);
        }

        return newSolution;
    }
}
