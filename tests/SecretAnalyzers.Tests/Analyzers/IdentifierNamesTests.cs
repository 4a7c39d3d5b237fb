using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SecretAnalyzers.Analyzers;
using Xunit;

namespace SecretAnalyzers.Tests.Analyzers;

/// <summary>
/// <see cref="IdentifierNames.Spelled"/> finds names from the text: it must give exactly what a walk of every node
/// gives, for every name of a file and from any position, whatever surrounds the name.
/// </summary>
public class IdentifierNamesTests
{
    private const string Source = """
        using System;
        /// <summary>Uses <see cref="secret"/> in a doc comment and secret in prose.</summary>
        class Holder
        {
            private string secret = "secret and @secret in a string";
            private string secretive, @class;
            void Use(string token)
            {
                var fallback = "p@ss";   // fallback in a comment
                /* secret */ secret = fallback + secret.Trim() + $"{fallback}{secret}";
                var other = @secret + nameof(secret) + this.secret + token;
                Func<string> f = () => fallback;
                secretive = @class = token ?? fallback;
                var secretsecret = secret+secret;
            #if false
                secret = fallback;
            #endif
            }
            string x, xy;
            void Short() { x = xy; xy = x + x; }
        }
        """;

    [Fact]
    public void Finds_what_a_walk_of_every_node_finds_for_every_name_and_start()
    {
        SyntaxNode root = CSharpSyntaxTree.ParseText(Source).GetRoot();
        var names = root.DescendantTokens().Where(t => t.IsKind(SyntaxKind.IdentifierToken)).Select(t => t.ValueText).Distinct().ToList();
        Assert.Contains("secret", names);

        foreach (SyntaxNode scope in root.DescendantNodes().OfType<TypeDeclarationSyntax>().Cast<SyntaxNode>().Concat(root.DescendantNodes().OfType<BlockSyntax>()))
        {
            foreach (string name in names)
            {
                for (int from = scope.SpanStart; from <= scope.Span.End; from += 7)
                {
                    var expected = Walk(scope, from, name);
                    var actual = IdentifierNames.Spelled(scope, from, name).ToList();
                    Assert.Equal(expected, actual);
                }
            }
        }
    }

    [Fact]
    public void Finds_a_name_spelled_with_an_escape_or_verbatim()
    {
        SyntaxNode root = CSharpSyntaxTree.ParseText("class C { string pass; void M() { p\\u0061ss = \"\"; @pass = null; var passes = pass; } }").GetRoot();
        BlockSyntax body = root.DescendantNodes().OfType<BlockSyntax>().Single();

        var found = IdentifierNames.Spelled(body, body.SpanStart, "pass").ToList();

        Assert.Equal(3, found.Count);
        Assert.Equal(Walk(body, body.SpanStart, "pass"), found);
    }

    [Fact]
    public void Finds_nothing_for_a_name_only_in_comments_strings_and_longer_names()
    {
        SyntaxNode root = CSharpSyntaxTree.ParseText("class C { void M() { // token\n var s = \"token\"; var tokens = s; } }").GetRoot();
        BlockSyntax body = root.DescendantNodes().OfType<BlockSyntax>().Single();

        Assert.Empty(IdentifierNames.Spelled(body, body.SpanStart, "token"));
    }

    private static System.Collections.Generic.List<IdentifierNameSyntax> Walk(SyntaxNode scope, int from, string name) =>
        scope.DescendantNodes().OfType<IdentifierNameSyntax>().Where(i => i.SpanStart >= from && i.Identifier.ValueText == name).ToList();
}
