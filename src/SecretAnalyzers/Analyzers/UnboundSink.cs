using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SecretAnalyzers.Analyzers;

/// <summary>
/// The sink of a value whose target did not bind (an invalid operation): judged by the syntax, as the bound code
/// would be by its symbol. <c>b.Password = "…"</c> and <c>new X { Password = "…" }</c> on an unresolved type are
/// named by the member; <c>new DirectoryEntry(path, user, "…")</c> matches a known constructor by simple type name,
/// argument count and position (<see cref="UnboundCredentialApis"/>); a named argument <c>password: "…"</c> names itself.
/// </summary>
internal static class UnboundSink
{
    /// <summary>The sink of <paramref name="value"/>, an operand of an invalid operation, or <see cref="SecretSink.None"/>.</summary>
    public static SecretSink ForOperand(SyntaxNode value)
    {
        SyntaxNode node = value;
        while (node.Parent is ParenthesizedExpressionSyntax or CastExpressionSyntax)
        {
            node = node.Parent;
        }

        switch (node.Parent)
        {
            case ArgumentSyntax argument:
                return ForArgument(argument);

            case AssignmentExpressionSyntax assignment when assignment.Right == node:
                return ForTarget(assignment.Left);

            default:
                return SecretSink.None;
        }
    }

    /// <summary>The name of an assignment target that did not bind: <c>b.Password</c>, <c>Password</c> in an object initializer.</summary>
    public static SecretSink ForTarget(SyntaxNode target) => target switch
    {
        IdentifierNameSyntax identifier => SecretSink.Named(identifier.Identifier.ValueText),
        MemberAccessExpressionSyntax member => SecretSink.Named(member.Name.Identifier.ValueText),
        MemberBindingExpressionSyntax binding => SecretSink.Named(binding.Name.Identifier.ValueText),
        _ => SecretSink.None,
    };

    private static SecretSink ForArgument(ArgumentSyntax argument)
    {
        if (argument.Parent is not ArgumentListSyntax list)
        {
            return SecretSink.None;
        }

        string? typeName = list.Parent is ObjectCreationExpressionSyntax creation ? SimpleName(creation.Type) : null;
        if (argument.NameColon is { } nameColon)
        {
            string parameterName = nameColon.Name.Identifier.ValueText;
            KnownCredentialApi? named = typeName is null ? null : UnboundCredentialApis.FindConstructorParameter(typeName, parameterName);
            return named is not null ? SecretSink.Known(named, typeName + "(" + parameterName + ")") : SecretSink.Named(parameterName);
        }

        if (typeName is null)
        {
            return SecretSink.None; // a call to a method that did not bind: its parameter names are unknown
        }

        KnownCredentialApi? api = UnboundCredentialApis.FindConstructorArgument(typeName, list.Arguments.Count, list.Arguments.IndexOf(argument));
        return api is not null ? SecretSink.Known(api, typeName + "(" + api.ParameterName + ")") : SecretSink.None;
    }

    /// <summary>The last identifier of a type name: <c>DirectoryEntry</c> for <c>System.DirectoryServices.DirectoryEntry</c>.</summary>
    public static string? SimpleName(TypeSyntax type) => type switch
    {
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
        _ => null,
    };
}
