using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace SecretAnalyzers.Analyzers;

/// <summary>
/// The identifier names spelled like a given name inside a piece of syntax, found from its text: a walk of every
/// node of a method or type costs far more than reading its characters, and the name occurs in few places. Yields
/// exactly what <c>DescendantNodes().OfType&lt;IdentifierNameSyntax&gt;()</c> filtered on the name would, in the same
/// (document) order.
/// </summary>
internal static class IdentifierNames
{
    /// <summary>
    /// Every <see cref="IdentifierNameSyntax"/> in <paramref name="scope"/> (not in its trivia) that starts at or after
    /// <paramref name="from"/> and whose identifier's value is <paramref name="name"/>.
    /// </summary>
    public static IEnumerable<IdentifierNameSyntax> Spelled(SyntaxNode scope, int from, string name)
    {
        int start = from < scope.Span.Start ? scope.Span.Start : from;
        int end = scope.Span.End;
        if (name.Length < MinTextSearchLength)
        {
            return Walk(scope, start, name); // a one- or two-letter name occurs inside most tokens: walking is cheaper
        }

        SourceText text = scope.SyntaxTree.GetText();
        List<IdentifierNameSyntax>? found = null;
        int readUpTo = start; // occurrences before this lie in a token already read
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            if (c == '\\' && i + 1 < end && text[i + 1] is 'u' or 'U')
            {
                return Walk(scope, start, name); // an identifier may spell its name with escapes (p\u0061ss)
            }

            if (c != name[0] || i < readUpTo || i > end - name.Length || !Matches(text, i, name))
            {
                continue;
            }

            SyntaxToken token = scope.FindToken(i);
            if (!token.Span.Contains(i))
            {
                continue; // in a comment or other trivia
            }

            readUpTo = token.Span.End;
            if (token.IsKind(SyntaxKind.IdentifierToken) && token.ValueText == name
                && token.Parent is IdentifierNameSyntax identifier && identifier.SpanStart >= start)
            {
                (found ??= new List<IdentifierNameSyntax>()).Add(identifier);
            }
        }

        return found ?? (IEnumerable<IdentifierNameSyntax>)System.Array.Empty<IdentifierNameSyntax>();
    }

    private const int MinTextSearchLength = 3;

    private static bool Matches(SourceText text, int at, string name)
    {
        for (int k = 1; k < name.Length; k++)
        {
            if (text[at + k] != name[k])
            {
                return false;
            }
        }

        return true;
    }

    private static IEnumerable<IdentifierNameSyntax> Walk(SyntaxNode scope, int start, string name)
    {
        foreach (SyntaxNode node in scope.DescendantNodes())
        {
            if (node is IdentifierNameSyntax identifier && identifier.SpanStart >= start && identifier.Identifier.ValueText == name)
            {
                yield return identifier;
            }
        }
    }
}
