using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using SecretAnalyzers.Detection;

namespace SecretAnalyzers.Analyzers;

/// <summary>
/// Basic authentication built in code: the value encoded by <c>Convert.ToBase64String(Encoding.X.GetBytes(…))</c> is a
/// <c>user:password</c> pair when the encoded text lands in <c>new AuthenticationHeaderValue("Basic", …)</c>, after a
/// <c>"Basic "</c> prefix (<c>"Basic " + …</c>, <c>$"Basic {…}"</c>, and so any <c>Authorization</c> header built
/// that way). The pair is judged by <see cref="BasicCredentials"/> (its password part), through
/// <see cref="KnownCredentialApi.Analyze"/>.
/// </summary>
internal static class BasicAuthorizationSink
{
    /// <summary>Not a real API: the shape of a value that a Basic authorization value encodes.</summary>
    public static readonly KnownCredentialApi Api = new(
        "Basic authorization", "user:password", null, SecretKind.Password, BasicCredentials.Description, BasicCredentials.SuggestedName,
        KnownCredentialShape.UserColonPassword);

    public const string Target = "a Basic authorization header";

    /// <summary>The Basic sink when <paramref name="toBase64"/> is <c>Convert.ToBase64String</c> whose text becomes a Basic value.</summary>
    public static SecretSink Resolve(IInvocationOperation toBase64)
    {
        if (toBase64.TargetMethod is not { Name: "ToBase64String", ContainingType: { Name: "Convert", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } })
        {
            return SecretSink.None;
        }

        return IsBasicValue(toBase64.Syntax) || IsBasicValue(HeldIn(toBase64.Syntax)) ? SecretSink.Known(Api, Target) : SecretSink.None;
    }

    /// <summary>
    /// <c>var encoded = Convert.ToBase64String(…); … new AuthenticationHeaderValue("Basic", encoded)</c>: the first read
    /// of the local (by name, in its block) that is a Basic value, or null.
    /// </summary>
    private static SyntaxNode? HeldIn(SyntaxNode value)
    {
        if (value.Parent is not EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator }
            || declarator.FirstAncestorOrSelf<BlockSyntax>() is not { } block)
        {
            return null;
        }

        foreach (IdentifierNameSyntax identifier in IdentifierNames.Spelled(block, declarator.Span.End + 1, declarator.Identifier.ValueText))
        {
            if (IsBasicValue(identifier))
            {
                return identifier;
            }
        }

        return null;
    }

    private static bool IsBasicValue(SyntaxNode? node)
    {
        if (node is null)
        {
            return false;
        }

        while (node.Parent is ParenthesizedExpressionSyntax)
        {
            node = node.Parent;
        }

        return node.Parent switch
        {
            ArgumentSyntax { Parent: ArgumentListSyntax { Arguments: [var scheme, var parameter], Parent: var creation } } argument
                when argument == parameter && IsBasic(scheme.Expression) =>
                creation is ImplicitObjectCreationExpressionSyntax
                || creation is ObjectCreationExpressionSyntax { Type: var type } && UnboundSink.SimpleName(type) == "AuthenticationHeaderValue",
            BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression } concatenation when concatenation.Right == node =>
                EndsWithBasicScheme(concatenation.Left),
            InterpolationSyntax { Parent: InterpolatedStringExpressionSyntax interpolated } interpolation =>
                PrecededByBasicScheme(interpolated, interpolation),
            _ => false,
        };
    }

    private static bool IsBasic(ExpressionSyntax scheme) =>
        scheme is LiteralExpressionSyntax { Token.ValueText: var text } && text.Equals("Basic", StringComparison.OrdinalIgnoreCase);

    /// <summary><c>"Basic " + …</c>, <c>"Authorization: Basic " + …</c>.</summary>
    private static bool EndsWithBasicScheme(ExpressionSyntax left)
    {
        while (left is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression } inner)
        {
            left = inner.Right;
        }

        return left is LiteralExpressionSyntax { Token.ValueText: var text } && EndsWithScheme(text);
    }

    private static bool PrecededByBasicScheme(InterpolatedStringExpressionSyntax interpolated, InterpolationSyntax interpolation)
    {
        int index = interpolated.Contents.IndexOf(interpolation);
        return index > 0 && interpolated.Contents[index - 1] is InterpolatedStringTextSyntax text && EndsWithScheme(text.TextToken.ValueText);
    }

    private static bool EndsWithScheme(string text)
    {
        string trimmed = text.TrimEnd(' ');
        return trimmed.Length < text.Length && trimmed.EndsWith("Basic", StringComparison.OrdinalIgnoreCase)
            && (trimmed.Length == 5 || !char.IsLetterOrDigit(trimmed[trimmed.Length - 6]));
    }
}
