using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.FindSymbols;
using Microsoft.CodeAnalysis.Operations;

namespace SecretAnalyzers.CodeFixes;

/// <summary>
/// A secret in a default parameter value (<c>record Smtp(string Host, string Password = "…")</c>): a default must be a
/// constant, so the default is dropped and every call that relied on it passes the accessor by name
/// (<c>new Smtp("mail", Password: Secrets.SmtpPassword)</c>). Only where that leaves compiling code: every call is a
/// plain call in the same project, no optional parameter follows, no <c>params</c>, no override, interface or
/// delegate use, and no derived type that could call a constructor implicitly. Otherwise null: no fix.
/// </summary>
internal static class DefaultParameterPlanner
{
    public static async Task<IReadOnlyList<SecretEdit>?> PlanAsync(
        Document document,
        SemanticModel model,
        ParameterSyntax parameterSyntax,
        string? prefix,
        string? suffix,
        CancellationToken cancellationToken)
    {
        if (model.GetDeclaredSymbol(parameterSyntax, cancellationToken) is not IParameterSymbol { ContainingSymbol: IMethodSymbol method } parameter
            || !CanDropDefault(method, parameter))
        {
            return null;
        }

        var solution = document.Project.Solution;
        if (method.MethodKind == MethodKind.Constructor
            && (await SymbolFinder.FindDerivedClassesAsync(method.ContainingType, solution, transitive: false, cancellationToken: cancellationToken).ConfigureAwait(false)).Any())
        {
            return null; // a derived type may call the constructor implicitly, where no argument can be added
        }

        var edits = new List<SecretEdit> { new(document.Id, parameterSyntax, SecretEditKind.RemoveParameterDefault, AccessContext.Synchronous) };
        var references = await SymbolFinder.FindReferencesAsync(method, solution, cancellationToken).ConfigureAwait(false);
        foreach (var location in references.SelectMany(r => r.Locations).OrderBy(l => l.Document.FilePath).ThenBy(l => l.Location.SourceSpan.Start))
        {
            // Implicit references are fine when they are plain calls (new("…") is one); FindCall rules out the rest.
            if (location.Document.Project.Id != document.Project.Id)
            {
                return null;
            }

            var root = await location.Document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var callModel = await location.Document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            var node = root?.FindNode(location.Location.SourceSpan, getInnermostNodeForTie: true);
            if (callModel is null || node is null || node.FirstAncestorOrSelf<CrefSyntax>() is not null)
            {
                if (node?.FirstAncestorOrSelf<CrefSyntax>() is not null)
                {
                    continue; // <see cref="M"/> is no call
                }

                return null;
            }

            if (FindCall(node, method, callModel, cancellationToken) is not { } call)
            {
                return null; // a method group, nameof or anything else that is not a plain call
            }

            var argument = call.Arguments.FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.Parameter?.OriginalDefinition, parameter.OriginalDefinition));
            if (argument is null)
            {
                return null;
            }

            if (argument.ArgumentKind != ArgumentKind.DefaultValue)
            {
                continue; // the caller passes its own value
            }

            var callSyntax = call.Syntax;
            if (ConstantContext.Requires(callSyntax) || ArgumentListOf(callSyntax) is null && callSyntax is not ObjectCreationExpressionSyntax)
            {
                return null;
            }

            edits.Add(new SecretEdit(
                location.Document.Id,
                callSyntax,
                SecretEditKind.AddNamedArgument,
                AccessContext.Of(callSyntax, callModel, cancellationToken),
                prefix,
                suffix,
                parameter.Name));
        }

        return edits;
    }

    /// <summary>The argument list a named argument goes into; null for <c>new T { … }</c> without parentheses.</summary>
    public static ArgumentListSyntax? ArgumentListOf(SyntaxNode call) => call switch
    {
        InvocationExpressionSyntax invocation => invocation.ArgumentList,
        BaseObjectCreationExpressionSyntax creation => creation.ArgumentList,
        ConstructorInitializerSyntax initializer => initializer.ArgumentList,
        PrimaryConstructorBaseTypeSyntax baseType => baseType.ArgumentList,
        _ => null,
    };

    private static bool CanDropDefault(IMethodSymbol method, IParameterSymbol parameter)
    {
        if (method.MethodKind is not (MethodKind.Ordinary or MethodKind.Constructor or MethodKind.LocalFunction)
            || method.IsOverride || method.IsVirtual || method.IsAbstract || method.IsExtern || method.IsPartialDefinition
            || method.PartialImplementationPart is not null || method.DeclaringSyntaxReferences.Length != 1
            || method.ContainingType is null || method.ContainingType.TypeKind == TypeKind.Interface
            || IsInterfaceImplementation(method)
            || method.ContainingType.IsAttribute())
        {
            return false;
        }

        // C# wants optional parameters last: the default can go only if no later parameter is optional or params.
        foreach (var later in method.Parameters.Skip(parameter.Ordinal + 1))
        {
            if (later.IsOptional || later.IsParams)
            {
                return false;
            }
        }

        return !method.Parameters.Any(p => p.IsParams);
    }

    private static bool IsInterfaceImplementation(IMethodSymbol method)
    {
        foreach (var @interface in method.ContainingType.AllInterfaces)
        {
            foreach (var member in @interface.GetMembers(method.Name))
            {
                if (SymbolEqualityComparer.Default.Equals(method.ContainingType.FindImplementationForInterfaceMember(member), method))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsAttribute(this INamedTypeSymbol type)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (current.Name == "Attribute" && current.ContainingNamespace?.Name == "System")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The call around a reference: <c>M(…)</c>, <c>new T(…)</c>, <c>new(…)</c>, <c>: base(…)</c>, <c>record D() : T(…)</c>.</summary>
    private static (SyntaxNode Syntax, System.Collections.Immutable.ImmutableArray<IArgumentOperation> Arguments)? FindCall(
        SyntaxNode reference, IMethodSymbol method, SemanticModel model, CancellationToken cancellationToken)
    {
        for (SyntaxNode? current = reference; current is not null; current = current.Parent)
        {
            if (current is InvocationExpressionSyntax or BaseObjectCreationExpressionSyntax or ConstructorInitializerSyntax or PrimaryConstructorBaseTypeSyntax)
            {
                var operation = model.GetOperation(current, cancellationToken);
                return operation switch
                {
                    IInvocationOperation invocation when SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.OriginalDefinition, method.OriginalDefinition)
                        => (current, invocation.Arguments),
                    IObjectCreationOperation creation when SymbolEqualityComparer.Default.Equals(creation.Constructor?.OriginalDefinition, method.OriginalDefinition)
                        => (current, creation.Arguments),
                    _ => null,
                };
            }

            if (current is StatementSyntax or MemberDeclarationSyntax or ArgumentSyntax)
            {
                return null;
            }
        }

        return null;
    }
}
