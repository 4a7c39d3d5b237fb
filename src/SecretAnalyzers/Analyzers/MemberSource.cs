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
    private MemberSource(ISymbol member, ExpressionSyntax initializer, string value, Location? origin = null, AssignmentExpressionSyntax? constructorWrite = null)
    {
        Member = member;
        Initializer = initializer;
        Value = value;
        Origin = origin;
        ConstructorWrite = constructorWrite;
    }

    /// <summary>
    /// For a member without an initializer: the one constructor assignment that gives it its value
    /// (<see cref="ConstructorAssignment"/>). It is the source, not a write that disqualifies the member.
    /// </summary>
    public AssignmentExpressionSyntax? ConstructorWrite { get; }

    public ISymbol Member { get; }

    /// <summary>Where the value is written: the diagnostic's location.</summary>
    public ExpressionSyntax Initializer { get; }

    public string Value { get; }

    /// <summary>
    /// For <c>B = Other.A</c>: the literal of A in another type, named as an additional location while the finding
    /// stays at B's initializer, as a const of another type is reported where it is read.
    /// </summary>
    public Location? Origin { get; }

    /// <summary>
    /// Decided from the declaration's syntax alone (no semantic model): the cheap check every member passes before
    /// its reads are followed.
    /// </summary>
    public static MemberSource? TryCreate(ISymbol member, CancellationToken cancellationToken)
    {
        ExpressionSyntax? initializer = SingleValueInitializer(member, cancellationToken, out bool declaredWithout);
        if (declaredWithout && member is not IFieldSymbol { IsConst: true } && ConstructorAssignment.Find(member, cancellationToken) is { } write)
        {
            string assigned = ((LiteralExpressionSyntax)write.Right).Token.ValueText;
            return assigned.Length < SecretScanner.MinValueLength ? null : new MemberSource(member, write.Right, assigned, null, write);
        }

        string? value = initializer switch
        {
            null or IdentifierNameSyntax or MemberAccessExpressionSyntax => null, // B = A: see Through
            LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } literal => literal.Token.ValueText,
            InvocationExpressionSyntax bytes when EncodedLiteral(bytes) is { } literal => literal.Token.ValueText,
            InvocationExpressionSyntax => null, // const string X = nameof(Y): a symbol's name, never a secret
            _ when member is IFieldSymbol { IsConst: true, ConstantValue: string constant } => constant,
            _ => null,
        };

        if (initializer is InvocationExpressionSyntax encoded && EncodedLiteral(encoded) is { } encodedLiteral)
        {
            initializer = encodedLiteral; // reported at the literal, where the fix moves the value
        }

        return value is null || value.Length < SecretScanner.MinValueLength ? null : new MemberSource(member, initializer!, value); // a value implies an initializer
    }

    /// <summary>
    /// <c>static readonly string B = A;</c>: the name B's only value is read from (<c>A</c>, <c>this.A</c>,
    /// <c>Defaults.A</c>); null when B is not a single-value member initialized that way.
    /// </summary>
    public static ExpressionSyntax? NameInitializer(ISymbol member, CancellationToken cancellationToken) =>
        SingleValueInitializer(member, cancellationToken, out _) switch
        {
            IdentifierNameSyntax name => name,
            MemberAccessExpressionSyntax { Name: IdentifierNameSyntax } access => access,
            _ => null,
        };

    /// <summary>
    /// B's source when its initializer reads A, whose source is <paramref name="root"/>: in the same type the finding
    /// is at A's literal (where the fix moves the value); across types it is at B's initializer, naming A's literal.
    /// </summary>
    public static MemberSource Through(ISymbol member, ExpressionSyntax nameInitializer, MemberSource root) =>
        SymbolEqualityComparer.Default.Equals(member.ContainingType, root.Member.ContainingType)
            ? new MemberSource(member, root.Initializer, root.Value, root.Origin)
            : new MemberSource(member, nameInitializer, root.Value, root.Origin ?? root.Initializer.GetLocation());

    /// <summary>
    /// <c>static readonly byte[] Expected = Encoding.UTF8.GetBytes("…")</c>: the literal a readonly byte array holds,
    /// followed into <c>FixedTimeEquals</c>/<c>SequenceEqual</c> with a credential's bytes. Decided from syntax: a
    /// <c>GetBytes</c> call on an <c>Encoding</c> member with one string literal.
    /// </summary>
    private static LiteralExpressionSyntax? EncodedLiteral(InvocationExpressionSyntax invocation) =>
        invocation is
        {
            Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "GetBytes", Expression: MemberAccessExpressionSyntax { Expression: var encoding } },
            ArgumentList.Arguments: [{ Expression: LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } literal }],
        }
        && encoding.ToString() is "Encoding" or "System.Text.Encoding"
            ? literal
            : null;

    /// <summary>The declaration's initializer; <paramref name="declaredWithout"/> tells a single-value member declared without one.</summary>
    private static ExpressionSyntax? SingleValueInitializer(ISymbol member, CancellationToken cancellationToken, out bool declaredWithout)
    {
        declaredWithout = false;
        bool singleValue = member switch
        {
            IFieldSymbol { Type.SpecialType: SpecialType.System_String, IsImplicitlyDeclared: false } field =>
                field.IsConst || field.IsReadOnly || field.DeclaredAccessibility == Accessibility.Private,
            IPropertySymbol { Type.SpecialType: SpecialType.System_String, IsIndexer: false } property =>
                property.SetMethod is null || property.SetMethod.DeclaredAccessibility == Accessibility.Private,
            IFieldSymbol { IsReadOnly: true, Type: IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Byte } } => true, // see EncodedLiteral
            _ => false,
        };

        if (!singleValue || member.DeclaringSyntaxReferences.Length != 1)
        {
            return null;
        }

        ExpressionSyntax? initializer = member.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) switch
        {
            VariableDeclaratorSyntax declarator => declarator.Initializer?.Value,
            PropertyDeclarationSyntax { AccessorList: not null } property => property.Initializer?.Value, // not an expression body
            _ => null,
        };

        declaredWithout = initializer is null && member.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken)
            is VariableDeclaratorSyntax or PropertyDeclarationSyntax { AccessorList: not null, Initializer: null };
        return initializer;
    }
}
