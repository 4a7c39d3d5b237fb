using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SecretAnalyzers.Detection;

namespace SecretAnalyzers.Analyzers;

/// <summary>
/// A field or auto-property whose only value is the string its declaration gives it: a const, a readonly field, a
/// private field, or a property without a public setter, initialized with a literal (or, for a const, a constant
/// expression). Such a member carries its value to every place that reads it.
/// </summary>
internal sealed class MemberSource
{
    private MemberSource(ISymbol member, ExpressionSyntax initializer, string value)
    {
        Member = member;
        Initializer = initializer;
        Value = value;
    }

    public ISymbol Member { get; }

    /// <summary>Where the value is written: the diagnostic's location.</summary>
    public ExpressionSyntax Initializer { get; }

    public string Value { get; }

    /// <summary>
    /// Decided from the declaration's syntax alone (no semantic model): the cheap check every member passes before
    /// its reads are followed.
    /// </summary>
    public static MemberSource? TryCreate(ISymbol member, CancellationToken cancellationToken)
    {
        bool singleValue = member switch
        {
            IFieldSymbol { Type.SpecialType: SpecialType.System_String, IsImplicitlyDeclared: false } field =>
                field.IsConst || field.IsReadOnly || field.DeclaredAccessibility == Accessibility.Private,
            IPropertySymbol { Type.SpecialType: SpecialType.System_String, IsIndexer: false } property =>
                property.SetMethod is null || property.SetMethod.DeclaredAccessibility == Accessibility.Private,
            _ => false,
        };

        if (!singleValue || member.DeclaringSyntaxReferences.Length != 1)
        {
            return null;
        }

        ExpressionSyntax? initializer = member.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) switch
        {
            VariableDeclaratorSyntax declarator => declarator.Initializer?.Value,
            PropertyDeclarationSyntax property => property.Initializer?.Value,
            _ => null,
        };

        string? value = initializer switch
        {
            null or IdentifierNameSyntax or MemberAccessExpressionSyntax => null, // const B = A: A's literal is the source
            LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } literal => literal.Token.ValueText,
            _ when member is IFieldSymbol { IsConst: true, ConstantValue: string constant } => constant,
            _ => null,
        };

        return value is null || value.Length < SecretScanner.MinValueLength ? null : new MemberSource(member, initializer!, value);
    }
}
