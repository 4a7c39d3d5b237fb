using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SecretAnalyzers.Analyzers;

/// <summary>
/// Finds the field or property that a member initializer such as <c>B = A</c>, <c>B = this.A</c> or
/// <c>B = Defaults.A</c> reads, by name lookup instead of binding: type declarations are asked for their members, so
/// no semantic model is built for another tree. An ambiguous or unknown name gives null (the chain is not followed).
/// </summary>
internal static class InitializerName
{
    public static ISymbol? Resolve(ISymbol member, ExpressionSyntax name, Compilation compilation)
    {
        switch (name)
        {
            case IdentifierNameSyntax identifier:
                // The member's own type, its bases, then the types it is nested in: where a simple name in an initializer binds.
                for (INamedTypeSymbol? scope = member.ContainingType; scope is not null; scope = scope.ContainingType)
                {
                    for (INamedTypeSymbol? type = scope; type is not null; type = type.BaseType)
                    {
                        if (Single(type.GetMembers(identifier.Identifier.ValueText)) is { } found)
                        {
                            return found;
                        }
                    }
                }

                return null;

            case MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax, Name: IdentifierNameSyntax field }:
                return member.ContainingType is { } own ? Single(own.GetMembers(field.Identifier.ValueText)) : null;

            case MemberAccessExpressionSyntax { Name: IdentifierNameSyntax field } access when RightmostName(access.Expression) is { } typeName:
                ISymbol? match = null;
                foreach (ISymbol candidate in compilation.GetSymbolsWithName(field.Identifier.ValueText, SymbolFilter.Member))
                {
                    if (candidate is IFieldSymbol or IPropertySymbol && candidate.IsStatic && candidate.ContainingType?.Name == typeName)
                    {
                        if (match is not null)
                        {
                            return null;
                        }

                        match = candidate;
                    }
                }

                return match;

            default:
                return null;
        }
    }

    private static ISymbol? Single(System.Collections.Immutable.ImmutableArray<ISymbol> members) =>
        members.Length == 1 && members[0] is IFieldSymbol or IPropertySymbol ? members[0] : null;

    private static string? RightmostName(ExpressionSyntax expression) => expression switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        MemberAccessExpressionSyntax { Name: IdentifierNameSyntax name } => name.Identifier.ValueText,
        AliasQualifiedNameSyntax { Name: IdentifierNameSyntax name } => name.Identifier.ValueText,
        _ => null,
    };
}
