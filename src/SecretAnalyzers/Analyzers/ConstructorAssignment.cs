using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SecretAnalyzers.Analyzers;

/// <summary>
/// <c>private readonly string _value; public C() { _value = "…"; }</c>: a single-value member without an initializer
/// whose only write in its constructors is one literal. Only the constructors' syntax is scanned (cheap); writes
/// elsewhere in the type are still found by <see cref="MemberWrites"/>, which skips this one.
/// </summary>
internal static class ConstructorAssignment
{
    /// <summary>The literal assigned to <paramref name="member"/> by its type's constructors, when there is exactly one write there.</summary>
    public static AssignmentExpressionSyntax? Find(ISymbol member, CancellationToken cancellationToken)
    {
        if (member.ContainingType is not { } type)
        {
            return null;
        }

        AssignmentExpressionSyntax? found = null;
        string name = member.Name;
        foreach (IMethodSymbol constructor in member.IsStatic ? type.StaticConstructors : type.InstanceConstructors)
        {
            foreach (SyntaxReference reference in constructor.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax(cancellationToken) is not ConstructorDeclarationSyntax declaration)
                {
                    continue;
                }

                foreach (SyntaxNode node in declaration.DescendantNodes())
                {
                    if (node is AssignmentExpressionSyntax assignment && Names(assignment.Left, name))
                    {
                        if (found is not null || !assignment.IsKind(SyntaxKind.SimpleAssignmentExpression)
                            || !assignment.Right.IsKind(SyntaxKind.StringLiteralExpression)
                            || assignment.FirstAncestorOrSelf<AnonymousFunctionExpressionSyntax>() is not null
                            || assignment.FirstAncestorOrSelf<LocalFunctionStatementSyntax>() is not null)
                        {
                            return null; // two writes, a compound one, a non-literal value, or one run later by a delegate
                        }

                        found = assignment;
                    }
                }
            }
        }

        return found;
    }

    /// <summary><c>name</c> or <c>this.name</c>.</summary>
    public static bool Names(ExpressionSyntax target, string name) => target switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText == name,
        MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax, Name: IdentifierNameSyntax identifier } => identifier.Identifier.ValueText == name,
        _ => false,
    };
}
