using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;

namespace SecretAnalyzers.CodeFixes;

/// <summary>Builds the expressions that read a generated accessor.</summary>
internal static class AccessorSyntax
{
    /// <summary><c>Secrets.DbPassword</c>, or <c>await Secrets.GetDbPasswordAsync(cancellationToken)</c> where the context can await.</summary>
    public static string Text(string qualifier, string secretName, AccessContext context) =>
        context.CanAwait
            ? "await " + qualifier + ".Get" + secretName + "Async(" + context.CancellationToken + ")"
            : qualifier + "." + secretName;

    /// <summary>The accessor read replacing <paramref name="original"/>, parenthesized where an <c>await</c> would bind wrongly.</summary>
    public static ExpressionSyntax Replace(SyntaxNode original, string qualifier, string secretName, AccessContext context)
    {
        var expression = SyntaxFactory.ParseExpression(Text(qualifier, secretName, context));
        if (context.CanAwait && NeedsParentheses(original))
        {
            expression = SyntaxFactory.ParenthesizedExpression(expression);
        }

        return expression.WithTriviaFrom(original).WithAdditionalAnnotations(Formatter.Annotation);
    }

    /// <summary>
    /// <c>$"Server=db;Password={Secrets.DbPassword};"</c>: the text around the credential stays in code, only the
    /// credential is read from the store.
    /// </summary>
    public static ExpressionSyntax ReplaceCredential(SyntaxNode original, string prefix, string suffix, string qualifier, string secretName, AccessContext context)
    {
        var text = "$\"" + Escape(prefix) + "{" + Text(qualifier, secretName, context) + "}" + Escape(suffix) + "\"";
        return SyntaxFactory.ParseExpression(text).WithTriviaFrom(original).WithAdditionalAnnotations(Formatter.Annotation);
    }

    /// <summary>
    /// The interpolated string <paramref name="current"/> with its text piece at <paramref name="index"/> replaced by
    /// the text around the credential and an interpolation reading it.
    /// </summary>
    public static ExpressionSyntax ReplaceInterpolatedText(InterpolatedStringExpressionSyntax current, int index, string prefix, string suffix, string qualifier, string secretName, AccessContext context)
    {
        var builder = new System.Text.StringBuilder(current.StringStartToken.Text);
        for (var i = 0; i < current.Contents.Count; i++)
        {
            builder.Append(i == index
                ? Escape(prefix) + "{" + Text(qualifier, secretName, context) + "}" + Escape(suffix)
                : current.Contents[i].ToString());
        }

        builder.Append(current.StringEndToken.Text);
        return SyntaxFactory.ParseExpression(builder.ToString()).WithTriviaFrom(current).WithAdditionalAnnotations(Formatter.Annotation);
    }

    private static string Escape(string text)
    {
        // With quotes the formatter escapes quotes and backslashes too; the quotes themselves are dropped.
        var literal = SymbolDisplay.FormatLiteral(text, quote: true);
        return literal.Substring(1, literal.Length - 2).Replace("{", "{{").Replace("}", "}}");
    }

    private static bool NeedsParentheses(SyntaxNode original) => original.Parent switch
    {
        MemberAccessExpressionSyntax access => access.Expression == original,
        ConditionalAccessExpressionSyntax access => access.Expression == original,
        ElementAccessExpressionSyntax access => access.Expression == original,
        InvocationExpressionSyntax invocation => invocation.Expression == original,
        PostfixUnaryExpressionSyntax => true,
        BinaryExpressionSyntax binary => binary.IsKind(SyntaxKind.AsExpression) || binary.IsKind(SyntaxKind.IsExpression),
        _ => false,
    };
}
