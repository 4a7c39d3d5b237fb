using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SecretAnalyzers.CodeFixes;

/// <summary>
/// How code at one position may read a secret: <c>await Secrets.GetXAsync(token)</c> where it can await, the
/// synchronous preloaded accessor <c>Secrets.X</c> where it cannot.
/// </summary>
internal readonly struct AccessContext
{
    private AccessContext(bool canAwait, string? cancellationToken)
    {
        CanAwait = canAwait;
        CancellationToken = cancellationToken;
    }

    public bool CanAwait { get; }

    /// <summary>A <see cref="System.Threading.CancellationToken"/> parameter in scope to pass, if any.</summary>
    public string? CancellationToken { get; }

    public static AccessContext Synchronous => new(false, null);

    /// <summary>The context of <paramref name="node"/>, walking out to the nearest function or member.</summary>
    public static AccessContext Of(SyntaxNode node, SemanticModel model, CancellationToken cancellationToken)
    {
        var blocked = false;
        for (var current = node.Parent; current is not null; current = current.Parent)
        {
            switch (current)
            {
                // await is not allowed in these, whatever the enclosing function is.
                case LockStatementSyntax @lock when @lock.Statement.Span.Contains(node.Span):
                case QueryExpressionSyntax:
                case CatchFilterClauseSyntax:
                case UnsafeStatementSyntax:
                case FixedStatementSyntax:
                    blocked = true;
                    break;

                case AnonymousFunctionExpressionSyntax lambda:
                    return Function(lambda.AsyncKeyword.IsKind(SyntaxKind.AsyncKeyword), blocked, current, model, cancellationToken);
                case LocalFunctionStatementSyntax local:
                    return Function(IsAsync(local.Modifiers) && !IsUnsafe(local.Modifiers), blocked, current, model, cancellationToken);
                case MethodDeclarationSyntax method:
                    return Function(IsAsync(method.Modifiers) && !IsUnsafe(method.Modifiers), blocked, current, model, cancellationToken);
                case GlobalStatementSyntax:
                    // Top-level statements: the synthesized entry point becomes async when it awaits.
                    return blocked ? Synchronous : new AccessContext(true, null);

                // Constructors, accessors, operators, field and property initializers, expression-bodied properties,
                // primary-constructor base arguments: never async.
                case MemberDeclarationSyntax:
                    return Synchronous;
            }
        }

        return Synchronous;
    }

    private static AccessContext Function(bool isAsync, bool blocked, SyntaxNode function, SemanticModel model, CancellationToken cancellationToken)
    {
        if (!isAsync || blocked || IsInUnsafeMember(function))
        {
            return Synchronous;
        }

        return new AccessContext(true, FindCancellationToken(function, model, cancellationToken));
    }

    /// <summary>
    /// A CancellationToken parameter of this function or of the functions it may capture from (not across a static
    /// lambda or local function). Innermost first; a parameter named <c>cancellationToken</c> or <c>ct</c> wins.
    /// </summary>
    private static string? FindCancellationToken(SyntaxNode function, SemanticModel model, CancellationToken cancellationToken)
    {
        string? first = null;
        for (var current = function; current is not null; current = current.Parent)
        {
            var parameters = GetParameters(current, out var isStatic, out var isMember);
            if (parameters is not null)
            {
                foreach (var parameter in parameters)
                {
                    if (model.GetDeclaredSymbol(parameter, cancellationToken) is { } symbol
                        && symbol.Type.ToDisplayString() == "System.Threading.CancellationToken"
                        && symbol.RefKind != RefKind.Out)
                    {
                        var name = symbol.Name;
                        if (name is "cancellationToken" or "ct")
                        {
                            return name;
                        }

                        first ??= name;
                    }
                }
            }

            if (isStatic || isMember)
            {
                break;
            }
        }

        return first;
    }

    private static SeparatedSyntaxList<ParameterSyntax>? GetParameters(SyntaxNode node, out bool isStatic, out bool isMember)
    {
        isStatic = false;
        isMember = false;
        switch (node)
        {
            case SimpleLambdaExpressionSyntax simple:
                isStatic = simple.Modifiers.Any(SyntaxKind.StaticKeyword);
                return SyntaxFactory.SingletonSeparatedList(simple.Parameter);
            case ParenthesizedLambdaExpressionSyntax lambda:
                isStatic = lambda.Modifiers.Any(SyntaxKind.StaticKeyword);
                return lambda.ParameterList.Parameters;
            case AnonymousMethodExpressionSyntax anonymous:
                isStatic = anonymous.Modifiers.Any(SyntaxKind.StaticKeyword);
                return anonymous.ParameterList?.Parameters;
            case LocalFunctionStatementSyntax local:
                isStatic = local.Modifiers.Any(SyntaxKind.StaticKeyword);
                return local.ParameterList.Parameters;
            case BaseMethodDeclarationSyntax method:
                isMember = true;
                return method.ParameterList.Parameters;
            case MemberDeclarationSyntax or GlobalStatementSyntax:
                isMember = true;
                return null;
            default:
                return null;
        }
    }

    private static bool IsAsync(SyntaxTokenList modifiers) => modifiers.Any(SyntaxKind.AsyncKeyword);

    private static bool IsUnsafe(SyntaxTokenList modifiers) => modifiers.Any(SyntaxKind.UnsafeKeyword);

    private static bool IsInUnsafeMember(SyntaxNode node)
    {
        for (var current = node; current is not null; current = current.Parent)
        {
            if (current is MemberDeclarationSyntax member && IsUnsafe(member.Modifiers))
            {
                return true;
            }
        }

        return false;
    }
}
