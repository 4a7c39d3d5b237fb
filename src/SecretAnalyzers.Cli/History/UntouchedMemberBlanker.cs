using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace SecretAnalyzers.Cli.History;

/// <summary>
/// Shrinks a historical C# blob to what its commit touched: the body of every member (method, property, field, …) that
/// holds no added line is replaced by spaces, keeping type shells, comments between members and every line break, so
/// positions stay exact. Binding many versions of whole files in one compilation costs far more than the scan of the
/// diff; binding only the touched members keeps the history scan near the cost of <c>git log -p</c>.
/// </summary>
internal static class UntouchedMemberBlanker
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Preview, DocumentationMode.None);

    public static SourceText Blank(SourceText text, IReadOnlyList<TextSpan> touched)
    {
        var root = CSharpSyntaxTree.ParseText(text, ParseOptions).GetRoot();
        var blanks = new List<TextSpan>();
        Collect(root, touched, blanks);
        if (blanks.Count == 0)
        {
            return text;
        }

        var chars = new char[text.Length];
        text.CopyTo(0, chars, 0, text.Length);
        foreach (var span in blanks)
        {
            for (var i = span.Start; i < span.End; i++)
            {
                if (chars[i] is not ('\r' or '\n'))
                {
                    chars[i] = ' ';
                }
            }
        }

        return SourceText.From(new string(chars));
    }

    private static void Collect(SyntaxNode node, IReadOnlyList<TextSpan> touched, List<TextSpan> blanks)
    {
        foreach (var child in node.ChildNodes())
        {
            if (child is BaseNamespaceDeclarationSyntax or BaseTypeDeclarationSyntax)
            {
                Collect(child, touched, blanks); // the shell stays; its members are decided one by one
            }
            else if (child is MemberDeclarationSyntax member && !touched.Any(t => t.IntersectsWith(member.Span)))
            {
                blanks.Add(member.Span); // trivia (comments) around it stays for the comment rule
            }
        }
    }
}
