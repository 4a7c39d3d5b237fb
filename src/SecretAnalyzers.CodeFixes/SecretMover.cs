using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Text;
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

    private static async Task<Solution> MoveInProjectAsync(
        Solution solution,
        ProjectId projectId,
        List<(Document Document, Diagnostic Diagnostic)> items,
        Func<Document, SecretMoveRequest> requestFor,
        CancellationToken cancellationToken)
    {
        var project = solution.GetProject(projectId);
        var manifest = project is null ? null : await ManifestTarget.ResolveAsync(project, cancellationToken).ConfigureAwait(false);
        if (manifest is null)
        {
            return solution;
        }

        var taken = manifest.ReadSecretNames();
        var manifestIdPrefix = manifest.IdPrefix;
        var namesByValue = new Dictionary<string, string>(StringComparer.Ordinal);
        var entries = new List<ManifestSecretEntryToAdd>();
        var claimed = new Dictionary<DocumentId, List<TextSpan>>();
        var edits = new List<(SecretEdit Edit, string Name)>();

        var ordered = items
            .GroupBy(item => (item.Document.Id, item.Diagnostic.Location.SourceSpan, item.Diagnostic.Id))
            .Select(group => group.First())
            .OrderBy(item => item.Document.FilePath ?? item.Document.Name, StringComparer.Ordinal)
            .ThenBy(item => item.Diagnostic.Location.SourceSpan.Start)
            .ThenBy(item => item.Diagnostic.Id, StringComparer.Ordinal);
        foreach (var (document, diagnostic) in ordered)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var request = requestFor(document);
            var plan = await SecretMovePlanner.PlanAsync(document, diagnostic, request, cancellationToken).ConfigureAwait(false);
            if (plan is null || plan.ProjectId != projectId || Overlaps(plan, claimed))
            {
                continue;
            }

            if (!namesByValue.TryGetValue(plan.Value, out var name))
            {
                name = ContextNames.PickFreeName(plan.DesiredName, plan.ContextNames, taken);
                taken.Add(name);
                namesByValue.Add(plan.Value, name);
                var options = SecretFixOptions.Read(document, diagnostic.Location.SourceTree);
                var description = "Moved out of " + plan.FileName + " by the " + plan.RuleId + " code fix.";
                var source = request.Store == SecretStoreKind.ParameterStore ? ManifestFormat.ParameterStore : ManifestFormat.SecretsManager;
                entries.Add(new ManifestSecretEntryToAdd(name, source, options.CreateId(name, request.Store, manifestIdPrefix), Description: description));
            }

            foreach (var edit in plan.Edits)
            {
                if (!claimed.TryGetValue(edit.DocumentId, out var spans))
                {
                    claimed[edit.DocumentId] = spans = new List<TextSpan>();
                }

                spans.Add(EditedSpan(edit));
                edits.Add((edit, name));
            }
        }

        if (entries.Count == 0 && edits.Count == 0)
        {
            return solution;
        }

        var manifestText = manifest.Text;
        foreach (var entry in entries)
        {
            if (!ManifestWriter.TryAddSecret(manifestText, entry, out manifestText, out _))
            {
                // Never leave code reading an accessor the manifest does not declare.
                return solution;
            }
        }

        // Looked up once per project, and only if some file needs the namespace.
        Task<bool>? globalUsing = null;
        Task<bool> HasGlobalUsing() => globalUsing ??= manifest.Namespace is null
            ? Task.FromResult(false)
            : DocumentEditing.HasGlobalUsingAsync(project!, manifest.Namespace, cancellationToken);

        var newSolution = solution;
        foreach (var group in edits.GroupBy(e => e.Edit.DocumentId))
        {
            var document = solution.GetDocument(group.Key);
            if (document is null)
            {
                return solution;
            }

            var root = await DocumentEditing.ApplyAsync(document, group.ToList(), manifest, HasGlobalUsing, cancellationToken).ConfigureAwait(false);
            newSolution = newSolution.WithDocumentSyntaxRoot(group.Key, root);
        }

        return manifest.Apply(newSolution, manifestText);
    }

    /// <summary>The span an edit rewrites: an interpolated text piece rewrites its whole interpolated string.</summary>
    private static TextSpan EditedSpan(SecretEdit edit) =>
        edit.Kind == SecretEditKind.ReplaceInterpolatedText ? edit.Node.Parent!.FullSpan : edit.Node.FullSpan;

    private static bool Overlaps(SecretMovePlan plan, Dictionary<DocumentId, List<TextSpan>> claimed)
    {
        foreach (var edit in plan.Edits)
        {
            if (claimed.TryGetValue(edit.DocumentId, out var spans) && spans.Any(span => span.OverlapsWith(EditedSpan(edit)) || span.Contains(EditedSpan(edit))))
            {
                return true;
            }
        }

        return false;
    }
}
