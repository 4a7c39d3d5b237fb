using System;
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

        SyntaxNode root = context.Tree.GetRoot(context.CancellationToken);
        TextSpan block = default;
        foreach (SyntaxTrivia trivia in CommentTrivia.InOrder(root, content))
        {
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
