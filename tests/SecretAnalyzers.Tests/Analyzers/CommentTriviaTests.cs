using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SecretAnalyzers.Analyzers;
using Xunit;

namespace SecretAnalyzers.Tests.Analyzers;

/// <summary>
/// <see cref="CommentTrivia.InOrder"/> finds comments from the text: it must give the trivia a walk of the whole tree
/// gives, in the same order, whatever holds a // or a # that is not a comment or a directive.
/// </summary>
public class CommentTriviaTests
{
    [Theory]
    [InlineData("class C { } // trailing\n// own line\n   // indented\n")]
    [InlineData("/// <summary>doc with http://example.com/x // and /* inside</summary>\nclass C { /* block // with slashes */ int x; /** multi doc */ }")]
    [InlineData("class C { string s = \"http://host//path /* not a comment */\"; string v = @\"\n# not a directive\n// nor a comment\"; char c = '/'; } // real")]
    [InlineData("#if false\nsecret = \"x\"; // inside disabled\n#elif DEBUG\nint a;\n#else\n  disabled // text\n#endif\nclass C { }")]
    [InlineData("#region R // comment in a directive\nclass C { }\n#endregion\r\n#if false\r\nnot compiled\r\n#endif\r\n")]
    [InlineData("class C { void M() { var s = $\"{x /* in a hole */}\" + $$\"\"\"\n  // raw\n  \"\"\"; } } /* unterminated")]
    [InlineData("  #if NEVER\n#if NESTED\nb\n#endif\nc // after nested\n#endif\n/**/ //")]
    [InlineData("class C { int x = 1 // no newline at the end")]
    public void Yields_what_a_walk_of_the_whole_tree_yields(string source)
    {
        SyntaxNode root = CSharpSyntaxTree.ParseText(source).GetRoot();
        var expected = root.DescendantTrivia(descendIntoTrivia: false).Where(t => t.Kind() is SyntaxKind.SingleLineCommentTrivia
            or SyntaxKind.MultiLineCommentTrivia or SyntaxKind.SingleLineDocumentationCommentTrivia
            or SyntaxKind.MultiLineDocumentationCommentTrivia or SyntaxKind.DisabledTextTrivia).ToList();

        var actual = CommentTrivia.InOrder(root, root.ToFullString()).ToList();

        Assert.NotEmpty(expected);
        Assert.Equal(expected.Select(t => (t.Kind(), t.FullSpan)), actual.Select(t => (t.Kind(), t.FullSpan)));
    }
}
