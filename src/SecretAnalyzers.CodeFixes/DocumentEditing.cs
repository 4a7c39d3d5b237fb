using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;

namespace SecretAnalyzers.CodeFixes;

/// <summary>Applies one document's edits through a <see cref="DocumentEditor"/> and imports the generated class's namespace.</summary>
internal static class DocumentEditing
{
    public static async Task<SyntaxNode> ApplyAsync(
        Document document,
        IReadOnlyList<(SecretEdit Edit, string Name)> edits,
        ManifestTarget manifest,
        Func<Task<bool>> hasGlobalUsing,
        CancellationToken cancellationToken)
    {
        var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        var model = editor.SemanticModel;
        var qualifiedName = manifest.Namespace is null ? manifest.ClassName : manifest.Namespace + "." + manifest.ClassName;
        var needsImport = false;

        // Members removed whole: those before a removed member do not count when deciding whether it starts its type.
        var removedMembers = new HashSet<SyntaxNode>(edits
            .Where(e => e.Edit.Kind == SecretEditKind.RemoveDeclarator)
            .Select(e => e.Edit.Node.Parent is VariableDeclarationSyntax { Variables.Count: 1 } declaration ? declaration.Parent : null)
            .OfType<SyntaxNode>());

        // Replacements first (inner nodes), then the declarations that contain them, then removals.
        foreach (var (edit, name) in edits.OrderBy(e => Order(e.Edit.Kind)))
        {
            var qualifier = manifest.ClassName;
            if (edit.Kind is SecretEditKind.ReplaceWithAccessor or SecretEditKind.ReplaceCredential or SecretEditKind.ReplaceInterpolatedText or SecretEditKind.AddNamedArgument)
            {
                if (IsNameTaken(model, edit.Node.SpanStart, manifest.ClassName, qualifiedName))
                {
                    qualifier = "global::" + qualifiedName;
                }
                else if (manifest.Namespace is not null && !IsInNamespace(edit.Node, manifest.Namespace))
                {
                    needsImport = true;
                }
            }

            switch (edit.Kind)
            {
                case SecretEditKind.ReplaceWithAccessor:
                    editor.ReplaceNode(edit.Node, AccessorSyntax.Replace(edit.Node, qualifier, name, edit.Context));
                    break;
                case SecretEditKind.ReplaceCredential:
                    editor.ReplaceNode(edit.Node, AccessorSyntax.ReplaceCredential(edit.Node, edit.Prefix!, edit.Suffix!, qualifier, name, edit.Context));
                    break;
                case SecretEditKind.ReplaceInterpolatedText:
                {
                    var text = (InterpolatedStringTextSyntax)edit.Node;
                    var owner = (InterpolatedStringExpressionSyntax)text.Parent!;
                    var index = owner.Contents.IndexOf(text);
                    var prefix = edit.Prefix!;
                    var suffix = edit.Suffix!;
                    var context = edit.Context;
                    var accessorQualifier = qualifier;
                    editor.ReplaceNode(owner, (current, _) => AccessorSyntax.ReplaceInterpolatedText(
                        (InterpolatedStringExpressionSyntax)current, index, prefix, suffix, accessorQualifier, name, context));
                    break;
                }

                case SecretEditKind.AddNamedArgument:
                {
                    var argument = SyntaxFactory.Argument(
                        SyntaxFactory.NameColon(SyntaxFactory.IdentifierName(edit.ParameterName!)),
                        default,
                        edit.Prefix is null
                            ? AccessorSyntax.Replace(edit.Node, qualifier, name, edit.Context).WithoutTrivia()
                            : AccessorSyntax.ReplaceCredential(edit.Node, edit.Prefix, edit.Suffix!, qualifier, name, edit.Context).WithoutTrivia());
                    editor.ReplaceNode(edit.Node, (current, _) => AddArgument(current, argument));
                    break;
                }

                case SecretEditKind.RemoveParameterDefault:
                    editor.ReplaceNode(edit.Node, static (current, _) =>
                    {
                        var parameter = (ParameterSyntax)current;
                        return parameter.WithDefault(null).WithIdentifier(parameter.Identifier.WithTrailingTrivia(parameter.Default!.GetTrailingTrivia()));
                    });
                    break;
                case SecretEditKind.DropConst:
                    editor.ReplaceNode(edit.Node, static (current, _) => DropConst(current));
                    break;
                case SecretEditKind.RemoveDeclarator:
                    RemoveDeclarator(editor, (VariableDeclaratorSyntax)edit.Node, removedMembers);
                    break;
            }
        }

        var root = editor.GetChangedRoot();
        if (needsImport && root is CompilationUnitSyntax unit && !IsImported(unit, manifest.Namespace!) && !await hasGlobalUsing().ConfigureAwait(false))
        {
            root = Imports.Add(unit, manifest.Namespace!);
        }

        return root;
    }

    /// <summary>The call with <paramref name="argument"/> appended (an argument list is created for <c>new T { … }</c>).</summary>
    private static SyntaxNode AddArgument(SyntaxNode call, ArgumentSyntax argument)
    {
        var list = DefaultParameterPlanner.ArgumentListOf(call);
        if (list is null && call is ObjectCreationExpressionSyntax creation)
        {
            var type = creation.Type;
            return creation
                .WithType(type.WithoutTrailingTrivia())
                .WithArgumentList(SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(argument)).WithTrailingTrivia(type.GetTrailingTrivia()));
        }

        var separator = SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.Space);
        var arguments = list!.Arguments.Count == 0
            ? SyntaxFactory.SingletonSeparatedList(argument)
            : list.Arguments.GetWithSeparators().Add(separator).Add(argument) is var items ? SyntaxFactory.SeparatedList<ArgumentSyntax>(items) : default;
        return call.ReplaceNode(list, list.WithArguments(arguments));
    }

    private static int Order(SecretEditKind kind) => kind switch
    {
        SecretEditKind.ReplaceWithAccessor or SecretEditKind.ReplaceCredential or SecretEditKind.ReplaceInterpolatedText => 0,
        SecretEditKind.AddNamedArgument or SecretEditKind.RemoveParameterDefault => 0,
        SecretEditKind.DropConst => 1,
        _ => 2,
    };

    /// <summary>Whether the class's simple name would bind to something else at this position (a member or type of the same name).</summary>
    /// <summary>The member that will start the type once <paramref name="member"/> and the removed members before it are gone.</summary>
    private static MemberDeclarationSyntax? StartsType(TypeDeclarationSyntax type, MemberDeclarationSyntax member, HashSet<SyntaxNode> removedMembers)
    {
        var index = type.Members.IndexOf(member);
        for (var i = 0; i < index; i++)
        {
            if (!removedMembers.Contains(type.Members[i]))
            {
                return null;
            }
        }

        for (var i = index + 1; i < type.Members.Count; i++)
        {
            if (!removedMembers.Contains(type.Members[i]))
            {
                return type.Members[i];
            }
        }

        return null;
    }

    private static bool IsNameTaken(SemanticModel model, int position, string className, string qualifiedName)
    {
        foreach (var symbol in model.LookupSymbols(position, name: className))
        {
            if (symbol is not INamedTypeSymbol type || type.ToDisplayString() != qualifiedName)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsInNamespace(SyntaxNode node, string @namespace)
    {
        foreach (var declaration in node.Ancestors().OfType<BaseNamespaceDeclarationSyntax>())
        {
            var name = declaration.Name.ToString();
            var full = string.Join(".", declaration.AncestorsAndSelf().OfType<BaseNamespaceDeclarationSyntax>().Reverse().Select(d => d.Name.ToString()));
            if (full == @namespace || full.StartsWith(@namespace + ".", StringComparison.Ordinal) || name == @namespace)
            {
                return true;
            }

            break;
        }

        return false;
    }

    /// <summary>A using for the namespace in this file, at top level or in a namespace declaration.</summary>
    private static bool IsImported(CompilationUnitSyntax unit, string @namespace) =>
        unit.DescendantNodes(node => node is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax)
            .OfType<UsingDirectiveSyntax>()
            .Any(directive => Imports.IsPlainImportOf(directive, @namespace));

    /// <summary>Whether any document of the project (ImplicitUsings' GlobalUsings.g.cs included) has <c>global using Namespace;</c>.</summary>
    public static async Task<bool> HasGlobalUsingAsync(Project project, string @namespace, CancellationToken cancellationToken)
    {
        foreach (var document in project.Documents)
        {
            if (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false) is CompilationUnitSyntax unit
                && unit.Usings.Any(directive => directive.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword) && Imports.IsPlainImportOf(directive, @namespace)))
            {
                return true;
            }
        }

        return false;
    }

    private static SyntaxNode DropConst(SyntaxNode declaration)
    {
        switch (declaration)
        {
            case FieldDeclarationSyntax field:
            {
                // const → static readonly, keeping the accessibility and any trivia on the const keyword.
                var modifiers = new List<SyntaxToken>();
                foreach (var modifier in field.Modifiers)
                {
                    if (modifier.IsKind(SyntaxKind.ConstKeyword))
                    {
                        modifiers.Add(SyntaxFactory.Token(modifier.LeadingTrivia, SyntaxKind.StaticKeyword, SyntaxFactory.TriviaList(SyntaxFactory.Space)));
                        modifiers.Add(SyntaxFactory.Token(SyntaxFactory.TriviaList(), SyntaxKind.ReadOnlyKeyword, modifier.TrailingTrivia));
                    }
                    else
                    {
                        modifiers.Add(modifier);
                    }
                }

                return field.WithModifiers(SyntaxFactory.TokenList(modifiers));
            }

            case LocalDeclarationStatementSyntax local:
            {
                var constKeyword = local.Modifiers.First(m => m.IsKind(SyntaxKind.ConstKeyword));
                var rest = local.WithModifiers(local.Modifiers.Remove(constKeyword));
                return rest.WithLeadingTrivia(constKeyword.LeadingTrivia);
            }

            default:
                return declaration;
        }
    }

    private static SyntaxTriviaList TrimLeadingBlankLines(SyntaxTriviaList trivia)
    {
        var index = 0;
        while (index < trivia.Count)
        {
            if (trivia[index].IsKind(SyntaxKind.EndOfLineTrivia))
            {
                index++;
            }
            else if (trivia[index].IsKind(SyntaxKind.WhitespaceTrivia) && index + 1 < trivia.Count && trivia[index + 1].IsKind(SyntaxKind.EndOfLineTrivia))
            {
                index += 2;
            }
            else
            {
                break;
            }
        }

        return SyntaxFactory.TriviaList(trivia.Skip(index));
    }

    private static void RemoveDeclarator(DocumentEditor editor, VariableDeclaratorSyntax declarator, HashSet<SyntaxNode> removedMembers)
    {
        if (declarator.Parent is VariableDeclarationSyntax { Variables.Count: 1 } declaration && declaration.Parent is FieldDeclarationSyntax or LocalDeclarationStatementSyntax)
        {
            var member = declaration.Parent;
            if (member.Parent is TypeDeclarationSyntax type && StartsType(type, (MemberDeclarationSyntax)member, removedMembers) is { } next)
            {
                // The first member goes: the next one should not start the type with a blank line.
                editor.ReplaceNode(next, static (current, _) => current.WithLeadingTrivia(TrimLeadingBlankLines(current.GetLeadingTrivia())));
            }

            editor.RemoveNode(member, SyntaxRemoveOptions.KeepUnbalancedDirectives);
        }
        else
        {
            editor.RemoveNode(declarator);
        }
    }
}
