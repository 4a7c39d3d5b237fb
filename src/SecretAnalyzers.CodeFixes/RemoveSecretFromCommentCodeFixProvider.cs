using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace SecretAnalyzers.CodeFixes;

/// <summary>
/// Fixes SEC0004 by replacing the secret inside the comment with a note to rotate it. There is nothing to move to a
/// store: a secret in a comment is not used by the program, and what matters is that it is revoked.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveSecretFromCommentCodeFixProvider)), Shared]
public sealed class RemoveSecretFromCommentCodeFixProvider : CodeFixProvider
{
    /// <summary>What the secret is replaced with; it tells the next reader that the secret must be rotated.</summary>
    public const string Replacement = "[secret removed: rotate it]";

    private const string EquivalenceKey = "SecretAnalyzers.RemoveSecretFromComment";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.SecretInComment);

    /// <summary>Text edits at distinct spans of one document: the batch fixer merges them safely.</summary>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Location.IsInSource)
            {
                continue;
            }

            Document document = context.Document;
            TextSpan span = diagnostic.Location.SourceSpan;
            context.RegisterCodeFix(
                CodeAction.Create(
                    "Remove secret from comment (rotate it)",
                    token => RemoveAsync(document, span, token),
                    EquivalenceKey),
                diagnostic);
        }

        return Task.CompletedTask;
    }

    private static async Task<Document> RemoveAsync(Document document, TextSpan span, CancellationToken cancellationToken)
    {
        SourceText text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        return document.WithText(text.WithChanges(new TextChange(span, Replacement)));
    }
}
