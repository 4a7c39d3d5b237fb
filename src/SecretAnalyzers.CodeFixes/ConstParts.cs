using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.FindSymbols;

namespace SecretAnalyzers.CodeFixes;

/// <summary>
/// A secret spread over consts (<c>"Password=" + Part</c>, <c>Prefix + Body</c>): when the composed value moves to a
/// store, the consts that only held parts of it go too. A const that holds part of the secret and is read anywhere
/// else (or from other assemblies) would keep the secret in the source: then the finding gets no fix.
/// </summary>
internal static class ConstParts
{
    /// <summary>
    /// Removal edits for the const parts of <paramref name="composed"/>; empty for a plain literal; null when a
    /// part holding any of [<paramref name="secretStart"/>, +<paramref name="secretLength"/>) must stay.
    /// </summary>
    public static async Task<List<SecretEdit>?> PlanRemovalAsync(
        Document document,
        SemanticModel model,
        ExpressionSyntax composed,
        string value,
        int secretStart,
        int secretLength,
        CancellationToken cancellationToken)
    {
        var edits = new List<SecretEdit>();
        if (composed is LiteralExpressionSyntax)
        {
            return edits;
        }

        var leaves = new List<(SyntaxNode Node, string? Text)>();
        Collect(composed, leaves);
        var removed = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        var offset = 0;
        foreach (var (node, fixedText) in leaves)
        {
            var text = fixedText ?? model.GetConstantValue(node, cancellationToken).Value as string;
            if (text is null)
            {
                return null; // a part whose place in the value is unknown: the fix could not tell what it leaves behind
            }

            var start = offset;
            offset += text.Length;
            if (fixedText is not null || node is LiteralExpressionSyntax)
            {
                continue;
            }

            var overlaps = text.Length > 0 && start < secretStart + secretLength && start + text.Length > secretStart;
            var symbol = model.GetSymbolInfo(node, cancellationToken).Symbol;
            if (symbol is not (IFieldSymbol { IsConst: true } or ILocalSymbol { IsConst: true }))
            {
                if (overlaps)
                {
                    return null;
                }

                continue;
            }

            if (!removed.Add(symbol))
            {
                continue;
            }

            var declarator = await OnlyHereAsync(document, composed, symbol, cancellationToken).ConfigureAwait(false);
            if (declarator is null || (overlaps && declarator.Initializer?.Value is not LiteralExpressionSyntax))
            {
                if (overlaps)
                {
                    return null; // the secret (or a piece of it) would stay in a const that something else reads
                }

                continue;
            }

            var holderDocument = document.Project.GetDocument(declarator.SyntaxTree);
            if (holderDocument is null)
            {
                if (overlaps)
                {
                    return null;
                }

                continue;
            }

            edits.Add(new SecretEdit(holderDocument.Id, declarator, SecretEditKind.RemoveDeclarator, AccessContext.Synchronous));
        }

        return offset == value.Length ? edits : null;
    }

    /// <summary>The const's declarator when every read of it lies inside <paramref name="composed"/>; null otherwise.</summary>
    private static async Task<VariableDeclaratorSyntax?> OnlyHereAsync(Document document, ExpressionSyntax composed, ISymbol symbol, CancellationToken cancellationToken)
    {
        if (SecretMovePlanner.IsExternallyVisible(symbol)
            || symbol.DeclaringSyntaxReferences.Length != 1
            || await symbol.DeclaringSyntaxReferences[0].GetSyntaxAsync(cancellationToken).ConfigureAwait(false) is not VariableDeclaratorSyntax declarator
            || document.Project.GetDocument(declarator.SyntaxTree) is null)
        {
            return null;
        }

        var references = await SymbolFinder.FindReferencesAsync(symbol, document.Project.Solution, cancellationToken).ConfigureAwait(false);
        foreach (var location in references.SelectMany(r => r.Locations))
        {
            if (location.Location.SourceTree != composed.SyntaxTree || !composed.Span.Contains(location.Location.SourceSpan))
            {
                return null;
            }
        }

        return declarator;
    }

    /// <summary>The pieces of a constant string expression in order: text pieces carry their text, others are asked for their value.</summary>
    private static void Collect(SyntaxNode node, List<(SyntaxNode Node, string? Text)> leaves)
    {
        switch (node)
        {
            case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression } concatenation:
                Collect(concatenation.Left, leaves);
                Collect(concatenation.Right, leaves);
                break;
            case ParenthesizedExpressionSyntax parenthesized:
                Collect(parenthesized.Expression, leaves);
                break;
            case InterpolatedStringExpressionSyntax interpolated:
                foreach (var content in interpolated.Contents)
                {
                    if (content is InterpolatedStringTextSyntax text)
                    {
                        leaves.Add((text, text.TextToken.ValueText));
                    }
                    else if (content is InterpolationSyntax { AlignmentClause: null, FormatClause: null } hole)
                    {
                        Collect(hole.Expression, leaves);
                    }
                    else
                    {
                        leaves.Add((content, null));
                    }
                }

                break;
            default:
                leaves.Add((node, null));
                break;
        }
    }
}
