using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SecretAnalyzers.Analyzers;

/// <summary>
/// Reads the bytes of a constant byte array written in source: <c>new byte[] { 0x2b, … }</c>, <c>new byte[16] { … }</c>,
/// <c>byte[] k = { … }</c> and the collection expression <c>[0x2b, …]</c>, each element a numeric (or char) literal,
/// optionally cast. From the syntax alone, so a field's initializer is read without a semantic model.
/// </summary>
internal static class KeyBytesSyntax
{
    /// <summary>The bytes, or null when the expression is not such an array (a spread, a variable, a value over 255).</summary>
    public static List<byte>? Read(ExpressionSyntax expression)
    {
        SeparatedSyntaxList<ExpressionSyntax> elements;
        switch (expression)
        {
            case ArrayCreationExpressionSyntax { Initializer: { } initializer } creation
                when creation.Type.ElementType is PredefinedTypeSyntax { Keyword.RawKind: (int)SyntaxKind.ByteKeyword }:
                elements = initializer.Expressions;
                break;
            case InitializerExpressionSyntax { RawKind: (int)SyntaxKind.ArrayInitializerExpression } initializer:
                elements = initializer.Expressions;
                break;
            case CollectionExpressionSyntax collection:
                var bytes = new List<byte>(collection.Elements.Count);
                foreach (CollectionElementSyntax element in collection.Elements)
                {
                    if (element is not ExpressionElementSyntax { Expression: { } value } || ByteValue(value) is not { } b)
                    {
                        return null;
                    }

                    bytes.Add(b);
                }

                return bytes;
            default:
                return null;
        }

        var result = new List<byte>(elements.Count);
        foreach (ExpressionSyntax element in elements)
        {
            if (ByteValue(element) is not { } b)
            {
                return null;
            }

            result.Add(b);
        }

        return result;
    }

    private static byte? ByteValue(ExpressionSyntax element)
    {
        while (element is CastExpressionSyntax or ParenthesizedExpressionSyntax)
        {
            element = element is CastExpressionSyntax cast ? cast.Expression : ((ParenthesizedExpressionSyntax)element).Expression;
        }

        if (element is not LiteralExpressionSyntax literal)
        {
            return null;
        }

        ulong? number = literal.Token.Value switch
        {
            int i when i >= 0 => (ulong)i,
            uint u => u,
            long l when l >= 0 => (ulong)l,
            ulong u => u,
            char c => c,
            _ => null,
        };

        return number <= byte.MaxValue ? (byte)number.Value : null;
    }
}
