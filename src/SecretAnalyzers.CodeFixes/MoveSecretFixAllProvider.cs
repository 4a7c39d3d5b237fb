using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace SecretAnalyzers.CodeFixes;

/// <summary>
/// Fix All in document, project or solution as one move: every document is edited once, every project's manifest
/// once. The default batch fixer would merge many manifest edits of the same file and conflict.
/// </summary>
internal sealed class MoveSecretFixAllProvider : FixAllProvider
{
    public static readonly MoveSecretFixAllProvider Instance = new();

    private MoveSecretFixAllProvider()
    {
    }

    public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() =>
        new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution };

    public override async Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
    {
        // dotnet format takes the key from whichever finding comes first; a finding that has no fix gives a null key.
        // Fix All then still applies each finding's first action (the default store's) rather than nothing.
        var request = SecretMoveRequest.FromEquivalenceKey(fixAllContext.CodeActionEquivalenceKey);

        var diagnostics = new List<Diagnostic>();
        switch (fixAllContext.Scope)
        {
            case FixAllScope.Document when fixAllContext.Document is not null:
                diagnostics.AddRange(await fixAllContext.GetDocumentDiagnosticsAsync(fixAllContext.Document).ConfigureAwait(false));
                break;
            case FixAllScope.Project:
                diagnostics.AddRange(await fixAllContext.GetAllDiagnosticsAsync(fixAllContext.Project).ConfigureAwait(false));
                break;
            case FixAllScope.Solution:
                foreach (var project in fixAllContext.Solution.Projects)
                {
                    diagnostics.AddRange(await fixAllContext.GetAllDiagnosticsAsync(project).ConfigureAwait(false));
                }

                break;
            default:
                return null;
        }

        var fixable = diagnostics.Where(d => fixAllContext.DiagnosticIds.Contains(d.Id)).ToImmutableArray();
        if (fixable.IsEmpty)
        {
            return null;
        }

        var solution = fixAllContext.Solution;
        if (request is not null)
        {
            return CodeAction.Create(
                request.Title,
                cancellationToken => SecretMover.MoveAsync(solution, fixable, request, cancellationToken),
                request.EquivalenceKey);
        }

        if (!await AnyManifestAsync(solution, fixable, fixAllContext.CancellationToken).ConfigureAwait(false))
        {
            return null; // no project can take an entry (no manifest, and the workspace cannot add one): nothing to do
        }

        return CodeAction.Create(
            DefaultStoreTitle,
            cancellationToken => MoveToDefaultStoresAsync(solution, fixable, cancellationToken),
            DefaultStoreEquivalenceKey);
    }

    /// <summary>The key of the Fix All that moves each project's findings to its own <c>default_store</c>.</summary>
    internal const string DefaultStoreEquivalenceKey = "SecretAnalyzers.MoveToDefaultStore";

    private const string DefaultStoreTitle = "Move to the default store";

    private static async Task<bool> AnyManifestAsync(Solution solution, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        foreach (var project in diagnostics.Select(d => solution.GetDocument(d.Location.SourceTree)?.Project).Where(p => p is not null).Distinct())
        {
            if (await ManifestTarget.ResolveAsync(project!, cancellationToken).ConfigureAwait(false) is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Each finding goes where its first action would send it: its document's <c>default_store</c>.</summary>
    private static Task<Solution> MoveToDefaultStoresAsync(Solution solution, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken) =>
        SecretMover.MoveAsync(
            solution,
            diagnostics,
            document => SecretFixOptions.Read(document, document.TryGetSyntaxTree(out var tree) ? tree : null).DefaultStore == SecretStoreKind.ParameterStore
                ? SecretMoveRequest.ToParameterStore
                : SecretMoveRequest.ToSecretsManager,
            cancellationToken);
}
