using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SecretAnalyzers.Detection;

namespace SecretAnalyzers.Analyzers;

/// <summary>
/// SEC0004: a high-confidence secret in a comment, XML documentation comment or disabled region (<c>#if false</c>).
/// Only the text and its trivia are read, never the semantic model; consecutive <c>//</c> lines are read as one block so a PEM key
/// pasted line by line is found whole. The finding is the secret's own span inside the comment.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CommentSecretAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.SecretInComment);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(static start =>
        {
            // Comments are reported in test projects too (test_code = tokens, the default): a real key pasted into
            // a test's comment is as leaked as one in production code. Only test_code = ignore silences them. Pairs
            // believed on their name (password: …) are test data there unless test_code = report.
            AnalyzerConfigOptionsProvider options = start.Options.AnalyzerConfigOptionsProvider;
            var detectionOptions = new DetectionOptionsCache(options);
            if (!TestCodePolicy.IsTestProject(start.Compilation, options))
            {
                start.RegisterSyntaxTreeAction(tree => AnalyzeTree(tree, detectionOptions.For(tree.Tree), pairs: true));
                return;
            }

            if (TestCodePolicy.Read(start.Compilation, options) != TestCodeMode.Ignore)
            {
                start.RegisterSyntaxTreeAction(tree =>
                {
                    DetectionOptions treeOptions = detectionOptions.For(tree.Tree);
                    if (treeOptions.TestCode != TestCodeMode.Ignore)
                    {
                        AnalyzeTree(tree, treeOptions, pairs: treeOptions.TestCode == TestCodeMode.Report);
                    }
                });
            }
        });
    }

    private static void AnalyzeTree(SyntaxTreeAnalysisContext context, DetectionOptions options, bool pairs)
    {
        // One pass over the file's text first: most files hold nothing a comment secret needs (no catalogue keyword,
        // no credential pair, no userinfo), and their trivia is never walked.
        SourceText text = context.Tree.GetText(context.CancellationToken);
        string content = text.ToString();
        if (!HighConfidenceSecrets.MayHoldSecret(content, 0, content.Length, options, pairs))
        {
            return;
        }

        // The comments and disabled regions are found from the text, not by walking every node and token: a trivia
        // read here starts with // or /*, or follows a directive line, so only those places are looked up in the tree,
        // in document order (the same trivia, in the same order, as a walk of the whole tree would give).
        SyntaxNode root = context.Tree.GetRoot(context.CancellationToken);
        TextSpan block = default;
        int seenUpTo = 0;
        foreach (int position in TriviaCandidates(content))
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
            switch (trivia.Kind())
            {
                case SyntaxKind.SingleLineCommentTrivia:
                    if (block.Length > 0 && IsWhitespace(content, block.End, trivia.SpanStart))
                    {
                        block = TextSpan.FromBounds(block.Start, trivia.Span.End);
                    }
                    else
                    {
                        Scan(context, content, block, options, pairs);
                        block = trivia.Span;
                    }

                    break;

                case SyntaxKind.MultiLineCommentTrivia:
                case SyntaxKind.SingleLineDocumentationCommentTrivia:
                case SyntaxKind.MultiLineDocumentationCommentTrivia:
                case SyntaxKind.DisabledTextTrivia:
                    Scan(context, content, trivia.Span, options, pairs);
                    break;
            }
        }

        Scan(context, content, block, options, pairs);
    }

    /// <summary>
    /// Positions where a comment or disabled region may start, ascending: each <c>//</c> and <c>/*</c>, and the start of
    /// each line after a line that begins with <c>#</c> (disabled text follows its directive). Extra positions (a URL in
    /// a string, a <c>#</c> line inside a verbatim string) are harmless: the tree says what lies there.
    /// </summary>
    private static List<int> TriviaCandidates(string text)
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

    private static void Scan(SyntaxTreeAnalysisContext context, string text, TextSpan span, DetectionOptions options, bool pairs)
    {
        if (!HighConfidenceSecrets.MayHoldSecret(text, span.Start, span.End, options, pairs))
        {
            return;
        }

        // Every secret of the comment, not only the first: a block of // lines often holds several notes.
        int start = span.Start;
        while (span.End - start >= HighConfidenceSecrets.MinTextLength
            && HighConfidenceSecrets.Find(text.Substring(start, span.End - start), options, pairs) is { } finding)
        {
            Location location = Location.Create(context.Tree, new TextSpan(start + finding.Start, finding.Length));
            ImmutableDictionary<string, string?> properties = ImmutableDictionary<string, string?>.Empty
                .Add(DiagnosticPropertyKeys.SecretKind, finding.Kind.ToString());
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.SecretInComment, location, properties, finding.Description, finding.MaskedValue));
            start += finding.Start + Math.Max(finding.Length, 1);
        }
    }

    private static bool IsWhitespace(string text, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
