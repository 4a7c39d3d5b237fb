using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SecretAnalyzers.Analyzers;

/// <summary>
/// Whether a single-value member (<see cref="MemberSource"/>) is written anywhere after its declaration. Such a
/// member (readonly, private, or without a public setter) can only be written inside its own type, so a syntax scan
/// of the type's declarations answers without the semantic model; a same-named local or parameter written there
/// counts too, which only ever makes the answer more careful.
/// </summary>
internal static class MemberWrites
{
    /// <summary>True when the member is written in its type, other than by <paramref name="source"/> (its constructor value).</summary>
    public static bool IsWrittenInItsType(ISymbol member, CancellationToken cancellationToken, AssignmentExpressionSyntax? source = null)
    {
        if (member is IFieldSymbol { IsConst: true })
        {
            return false;
        }

        INamedTypeSymbol? type = member.ContainingType;
        if (type is null)
        {
            return true;
        }

        string name = member.Name;
        foreach (SyntaxReference reference in type.DeclaringSyntaxReferences)
        {
            SyntaxNode declaration = reference.GetSyntax(cancellationToken);
            foreach (IdentifierNameSyntax identifier in IdentifierNames.Spelled(declaration, declaration.SpanStart, name))
            {
                if (IsWriteTarget(identifier) && (source is null || !source.Left.Span.Contains(identifier.Span)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsWriteTarget(IdentifierNameSyntax identifier)
    {
        ExpressionSyntax target = identifier.Parent is MemberAccessExpressionSyntax access && access.Name == identifier ? access : identifier;
        while (target.Parent is ParenthesizedExpressionSyntax parenthesized)
        {
            target = parenthesized;
        }

        return target.Parent switch
        {
            AssignmentExpressionSyntax assignment => assignment.Left == target,
            ArgumentSyntax argument => !argument.RefKindKeyword.IsKind(SyntaxKind.None) || argument.Parent is TupleExpressionSyntax,
            PrefixUnaryExpressionSyntax or PostfixUnaryExpressionSyntax => true,
            _ => false,
        };
    }
}
