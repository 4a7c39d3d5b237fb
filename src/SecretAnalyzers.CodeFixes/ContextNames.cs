using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SecretAnalyzers.Manifest;

namespace SecretAnalyzers.CodeFixes;

/// <summary>
/// The names around a secret, nearest first: what holds it, the object it is handed to (<c>githubClient</c> in
/// <c>githubClient.DefaultRequestHeaders.Authorization = …</c>), the member and the type it is written in. They tell
/// two different secrets that want the same name apart (<c>GitHubClientBearerToken</c> rather than <c>BearerToken2</c>).
/// </summary>
internal static class ContextNames
{
    public static IReadOnlyList<string> Of(SyntaxNode node, SemanticModel model, string? holderName, CancellationToken cancellationToken)
    {
        var names = new List<string>();
        Add(names, holderName);
        for (var current = node.Parent; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access }:
                    Add(names, ReceiverName(access.Expression, model, cancellationToken));
                    continue;
                case AssignmentExpressionSyntax assignment:
                    Add(names, ReceiverName(assignment.Left, model, cancellationToken));
                    continue;
                case VariableDeclaratorSyntax declarator:
                    Add(names, declarator.Identifier.ValueText);
                    continue;
                case BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax or PropertyDeclarationSyntax or IndexerDeclarationSyntax:
                    Add(names, MemberName(model.GetDeclaredSymbol(current, cancellationToken)));
                    continue;
                case BaseTypeDeclarationSyntax type:
                    Add(names, type.Identifier.ValueText == "Program" ? null : type.Identifier.ValueText);
                    return names;
            }
        }

        return names;
    }

    /// <summary>
    /// The first name of <paramref name="desired"/>'s candidates that is free: the name itself, then each context name
    /// in front of it (<c>Smtp</c> + <c>Password</c>; a context name that already ends with it is taken whole), and a
    /// numeric suffix only when the context runs out.
    /// </summary>
    public static string PickFreeName(string desired, IReadOnlyList<string> context, ISet<string> taken)
    {
        if (ManifestNames.MakeUnique(desired, taken) == desired)
        {
            return desired;
        }

        foreach (var name in context)
        {
            var candidate = name.EndsWith(desired, System.StringComparison.Ordinal) ? name
                : desired.StartsWith(name, System.StringComparison.Ordinal) ? null
                : name + desired;
            if (candidate is not null && ManifestNames.IsValidIdentifier(candidate) && ManifestNames.MakeUnique(candidate, taken) == candidate)
            {
                return candidate;
            }
        }

        return ManifestNames.MakeUnique(desired, taken);
    }

    private static void Add(List<string> names, string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return;
        }

        var pascal = ManifestNames.ToPascalCaseIdentifier(name!);
        if (pascal.Length > 1 && !names.Contains(pascal))
        {
            names.Add(pascal);
        }
    }

    /// <summary>The variable, field, property or parameter at the start of <c>a.b.c</c>; null for types, <c>this</c> and calls.</summary>
    private static string? ReceiverName(ExpressionSyntax expression, SemanticModel model, CancellationToken cancellationToken)
    {
        while (expression is MemberAccessExpressionSyntax { Expression: not ThisExpressionSyntax and not BaseExpressionSyntax } access)
        {
            expression = access.Expression;
        }

        if (expression is MemberAccessExpressionSyntax { Name: { } name })
        {
            expression = name; // this.client.…
        }

        return expression is IdentifierNameSyntax identifier
            && model.GetSymbolInfo(identifier, cancellationToken).Symbol is ILocalSymbol or IFieldSymbol or IPropertySymbol or IParameterSymbol
            ? identifier.Identifier.ValueText
            : null;
    }

    private static string? MemberName(ISymbol? symbol) => symbol switch
    {
        IMethodSymbol { MethodKind: MethodKind.Constructor or MethodKind.StaticConstructor } => null, // the type says it better
        IMethodSymbol { Name: "Main" or "<Main>$" } => null,
        IMethodSymbol method when method.Name.EndsWith("Async", System.StringComparison.Ordinal) && method.Name.Length > 5 => method.Name.Substring(0, method.Name.Length - 5),
        { CanBeReferencedByName: true } named => named.Name,
        _ => null,
    };
}
