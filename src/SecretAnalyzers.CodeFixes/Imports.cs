using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;

namespace SecretAnalyzers.CodeFixes;

/// <summary>Adds <c>using Namespace;</c> among a file's top-level usings, System namespaces first, otherwise in order.</summary>
internal static class Imports
{
    public static bool IsPlainImportOf(UsingDirectiveSyntax directive, string @namespace) =>
        directive.Alias is null
        && !directive.StaticKeyword.IsKind(SyntaxKind.StaticKeyword)
        && directive.Name?.ToString() == @namespace;

    public static CompilationUnitSyntax Add(CompilationUnitSyntax unit, string @namespace)
    {
        // The file's own line ending, so a LF file stays LF.
        var lineEnding = unit.DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
        var newLine = lineEnding.IsKind(SyntaxKind.EndOfLineTrivia) ? lineEnding : SyntaxFactory.ElasticCarriageReturnLineFeed;
        var directive = SyntaxFactory.UsingDirective(SyntaxFactory.ParseName(@namespace))
            .WithTrailingTrivia(newLine)
            .WithAdditionalAnnotations(Formatter.Annotation);
        var usings = unit.Usings;
        if (usings.Count == 0)
        {
            // Keep a file header comment on top: it moves from the first member to the new using.
            var first = unit.GetFirstToken();
            var header = first.LeadingTrivia;
            var withoutHeader = unit.ReplaceToken(first, first.WithLeadingTrivia(newLine));
            return withoutHeader.WithUsings(SyntaxFactory.SingletonList(directive.WithLeadingTrivia(header)));
        }

        var index = usings.Count;
        for (var i = 0; i < usings.Count; i++)
        {
            if (usings[i].GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword))
            {
                continue;
            }

            if (usings[i].Alias is not null || usings[i].StaticKeyword.IsKind(SyntaxKind.StaticKeyword) || Compare(@namespace, usings[i].Name?.ToString() ?? string.Empty) < 0)
            {
                index = i;
                break;
            }
        }

        if (index == 0)
        {
            // The new first using takes over the file header.
            var header = usings[0].GetLeadingTrivia();
            usings = usings.Replace(usings[0], usings[0].WithoutLeadingTrivia());
            directive = directive.WithLeadingTrivia(header);
        }

        return unit.WithUsings(usings.Insert(index, directive));
    }

    private static int Compare(string left, string right)
    {
        var leftSystem = IsSystem(left);
        var rightSystem = IsSystem(right);
        if (leftSystem != rightSystem)
        {
            return leftSystem ? -1 : 1;
        }

        return string.Compare(left, right, StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsSystem(string name) => name == "System" || name.StartsWith("System.", StringComparison.Ordinal);
}
