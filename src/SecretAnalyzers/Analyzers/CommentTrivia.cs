using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace SecretAnalyzers.Analyzers;

/// <summary>
/// The comments, documentation comments and disabled regions of a file in document order: the trivia that
/// <c>DescendantTrivia(descendIntoTrivia: false)</c> yields of those kinds, found from the text instead of by walking
/// every node and token. Each such trivia starts with <c>//</c> or <c>/*</c>, or on the line after a directive, so
/// only those places are looked up in the tree.
/// </summary>
internal static class CommentTrivia
{
    /// <summary>The comment and disabled-text trivia of <paramref name="root"/>, whose full text is <paramref name="text"/>.</summary>
    public static IEnumerable<SyntaxTrivia> InOrder(SyntaxNode root, string text)
    {
        int seenUpTo = 0;
        foreach (int position in Candidates(text))
        {
            if (position < seenUpTo)
            {
                continue; // inside a trivia or token already read (the next line of a /// block, a "//" in a string)
            }

            SyntaxToken token = root.FindToken(position);
            if (token.Span.Contains(position))
            {
                seenUpTo = token.Span.End;
                continue;
            }

            SyntaxTrivia trivia = TriviaAt(token, position);
            seenUpTo = Math.Max(trivia.FullSpan.End, position + 1);
            if (trivia.Kind() is SyntaxKind.SingleLineCommentTrivia or SyntaxKind.MultiLineCommentTrivia
                or SyntaxKind.SingleLineDocumentationCommentTrivia or SyntaxKind.MultiLineDocumentationCommentTrivia
                or SyntaxKind.DisabledTextTrivia)
            {
                yield return trivia;
            }
        }
    }

    /// <summary>
    /// Positions where a comment or disabled region may start, ascending: each <c>//</c> and <c>/*</c>, and the start of
    /// each line after a line that begins with <c>#</c> (disabled text follows its directive). Extra positions (a URL in
    /// a string, a <c>#</c> line inside a verbatim string) cost a lookup and are dropped: the tree says what lies there.
    /// </summary>
    private static List<int> Candidates(string text)
    {
        var positions = new List<int>();
        bool lineStart = true, directiveLine = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is '\r' or '\n' or '\u0085' or '\u2028' or '\u2029')
            {
                if (directiveLine && !(c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') && i + 1 < text.Length)
                {
                    positions.Add(i + 1);
                    directiveLine = false;
                }

                lineStart = true;
                continue;
            }

            if (c == '/' && i + 1 < text.Length && text[i + 1] is '/' or '*')
            {
                positions.Add(i);
            }
            else if (c == '#' && lineStart)
            {
                directiveLine = true;
            }

            if (!char.IsWhiteSpace(c))
            {
                lineStart = false;
            }
        }

        return positions;
    }

    /// <summary>The leading or trailing trivia of <paramref name="token"/> that holds <paramref name="position"/> (default when none does).</summary>
    private static SyntaxTrivia TriviaAt(SyntaxToken token, int position)
    {
        SyntaxTriviaList list = position < token.SpanStart ? token.LeadingTrivia : token.TrailingTrivia;
        foreach (SyntaxTrivia trivia in list)
        {
            if (trivia.FullSpan.Contains(position))
            {
                return trivia;
            }
        }

        return default;
    }
}
