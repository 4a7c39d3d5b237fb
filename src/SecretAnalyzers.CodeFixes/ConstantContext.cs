using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SecretAnalyzers.CodeFixes;

/// <summary>
/// Positions where C# requires a compile-time constant, so a call to a generated accessor cannot go there:
/// attribute arguments, parameter default values, case labels and patterns, enum members. Such a finding gets no fix.
/// </summary>
internal static class ConstantContext
{
    public static bool Requires(SyntaxNode node)
    {
        for (var current = node.Parent; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case AttributeArgumentSyntax:
                case AttributeSyntax:
                case CaseSwitchLabelSyntax:
                case GotoStatementSyntax { RawKind: (int)SyntaxKind.GotoCaseStatement }:
                case PatternSyntax:
                case EnumMemberDeclarationSyntax:
                    return true;
                case EqualsValueClauseSyntax { Parent: ParameterSyntax }:
                    return true;
                case ArgumentSyntax { Parent.Parent: InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" } } }:
                    return true;
                case StatementSyntax:
                case MemberDeclarationSyntax:
                    return false;
            }
        }

        return false;
    }

    /// <summary>The const declaration (field or local) whose initializer contains <paramref name="node"/>, if any.</summary>
    public static VariableDeclaratorSyntax? FindConstDeclarator(SyntaxNode node)
    {
        for (var current = node.Parent; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case VariableDeclaratorSyntax declarator:
                    return IsConst(declarator) ? declarator : null;
                case StatementSyntax:
                case MemberDeclarationSyntax:
                case AnonymousFunctionExpressionSyntax:
                    return null;
            }
        }

        return null;
    }

    public static bool IsConst(VariableDeclaratorSyntax declarator) => declarator.Parent?.Parent switch
    {
        FieldDeclarationSyntax field => field.Modifiers.Any(SyntaxKind.ConstKeyword),
        LocalDeclarationStatementSyntax local => local.IsConst,
        _ => false,
    };
}
