using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
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
        var request = SecretMoveRequest.FromEquivalenceKey(fixAllContext.CodeActionEquivalenceKey);
        if (request is null)
        {
            return null;
        }

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
        return CodeAction.Create(
            request.Title,
            cancellationToken => SecretMover.MoveAsync(solution, fixable, request, cancellationToken),
            request.EquivalenceKey);
    }
}
