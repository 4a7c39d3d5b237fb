using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using SecretAnalyzers.Detection;

namespace SecretAnalyzers.Analyzers;

/// <summary>
/// Follows a value from where it is read to where it ends up: through concatenation, interpolation,
/// string.Format/Concat/Join, StringBuilder.Append chains, ?: and ?? (then <see cref="SinkResolver"/> takes over), and
/// from a neutrally named local into the reads of that local. Only single-assignment locals are followed: a local
/// written anywhere after its declaration may hold something else where it is read.
/// </summary>
internal static class ValueFlow
{
    private const int MaxDepth = 8;
    private const int MaxHops = 3;

    /// <summary>Where a value read at <paramref name="read"/> can end up, the innermost candidate first.</summary>
    public static List<SecretSink> Sinks(IOperation read, ISymbol? containingSymbol, KnownCredentialApiIndex apis)
    {
        var sinks = new List<SecretSink>(2);
        if (BasicPasswordPart.Resolve(read, containingSymbol, apis) is { IsNamed: true } basic)
        {
            sinks.Add(basic); // user + ":" + value encoded into a Basic header: the value is the password
        }

        IOperation current = read;
        for (int depth = 0; depth < MaxDepth; depth++)
        {
            IOperation? composed = Compose(current, out string? keyBefore);
            if (composed is null)
            {
                break;
            }

            if (composed.ConstantValue.HasValue)
            {
                return sinks; // const string Cs = Prefix + Part: the whole constant is analysed at its top, under its own name
            }

            if (KeyBeforeValue.Find(keyBefore) is { } key)
            {
                sinks.Add(SecretSink.Named(key)); // "Server=db;Password=" + value
            }

            current = composed;
        }

        SecretSink resolved = SinkResolver.Resolve(current, containingSymbol, apis);
        if (resolved.IsNamed)
        {
            sinks.Add(resolved);
        }

        return sinks;
    }

    /// <summary>
    /// The credential key written right before a literal piece of a composed string, the way a concatenation of
    /// constants would read it: <c>string.Concat("Password=", "…")</c>, <c>"Server=" + host + ";Password=" + "…"</c>,
    /// <c>sb.Append("Password=").Append("…")</c>, <c>string.Join("=", "Password", "…")</c>. Null when none is.
    /// </summary>
    public static string? KeyBefore(IOperation piece)
    {
        IOperation current = piece;
        for (int depth = 0; depth < MaxDepth; depth++)
        {
            IOperation? composed = Compose(current, out string? textBefore);
            if (composed is null || composed.ConstantValue.HasValue)
            {
                return null; // a constant whole is analysed at its top
            }

            if (KeyBeforeValue.Find(textBefore) is { } key)
            {
                return key;
            }

            current = composed;
        }

        return null;
    }

    /// <summary>
    /// The first read of a single-assignment local whose sink <paramref name="detect"/> accepts, following the value
    /// into other neutrally named locals (<c>var a = "…"; var b = a; Login(user, b)</c>).
    /// </summary>
    public static FlowResult? FollowLocal(
        ILocalSymbol local,
        SemanticModel model,
        ISymbol? containingSymbol,
        KnownCredentialApiIndex apis,
        Func<SecretSink, SecretFinding?> detect,
        CancellationToken cancellationToken,
        int hop = 0)
    {
        List<ILocalReferenceOperation>? reads = ReadsOf(local, model, cancellationToken);
        if (reads is null)
        {
            return null;
        }

        foreach (ILocalReferenceOperation read in reads)
        {
            FlowResult? result = Follow(read, model, containingSymbol, apis, detect, cancellationToken, hop, local);
            if (result is not null)
            {
                return result;
            }
        }

        return null;
    }

    /// <summary>The sink that <paramref name="detect"/> accepts for one read, following it into a neutral local.</summary>
    public static FlowResult? Follow(
        IOperation read,
        SemanticModel model,
        ISymbol? containingSymbol,
        KnownCredentialApiIndex apis,
        Func<SecretSink, SecretFinding?> detect,
        CancellationToken cancellationToken,
        int hop = 0,
        ILocalSymbol? from = null)
    {
        foreach (SecretSink sink in Sinks(read, containingSymbol, apis))
        {
            if (sink.KnownApi is null && SinkResolver.IsInAttribute(read.Syntax))
            {
                continue;
            }

            if (detect(sink) is { } finding)
            {
                return new FlowResult(finding, sink, read.Syntax.GetLocation());
            }

            if (sink.Holder is ILocalSymbol next && hop < MaxHops && !SymbolEqualityComparer.Default.Equals(next, from))
            {
                FlowResult? further = FollowLocal(next, model, containingSymbol, apis, detect, cancellationToken, hop + 1);
                if (further is not null)
                {
                    return further;
                }
            }
        }

        return null;
    }

    /// <summary>True when the reference stores into the symbol (assignment target, ref/out argument, ++, deconstruction).</summary>
    public static bool IsWrite(IOperation reference)
    {
        IOperation current = reference;
        while (current.Parent is ITupleOperation tuple)
        {
            current = tuple; // (a, b) = …
        }

        if (current.Parent is IDeclarationExpressionOperation declaration)
        {
            current = declaration;
        }

        return current.Parent switch
        {
            IAssignmentOperation assignment => assignment.Target == current, // also deconstruction
            IIncrementOrDecrementOperation => true,
            IArgumentOperation argument => argument.Parameter?.RefKind is RefKind.Ref or RefKind.Out,
            _ => false,
        };
    }

    /// <summary>
    /// Reads of a local after its declaration, in source order; null when it is written again. The cheap syntax check
    /// (an identifier with the local's name inside its scope) decides which nodes the semantic model is asked about.
    /// </summary>
    private static List<ILocalReferenceOperation>? ReadsOf(ILocalSymbol local, SemanticModel model, CancellationToken cancellationToken)
    {
        SyntaxReference? reference = local.DeclaringSyntaxReferences.Length == 1 ? local.DeclaringSyntaxReferences[0] : null;
        if (reference is null || reference.SyntaxTree != model.SyntaxTree)
        {
            return null;
        }

        SyntaxNode declaration = reference.GetSyntax(cancellationToken);
        SyntaxNode? scope = declaration.FirstAncestorOrSelf<SyntaxNode>(static n => n is BlockSyntax or SwitchSectionSyntax or CompilationUnitSyntax);
        if (scope is null)
        {
            return null;
        }

        var reads = new List<ILocalReferenceOperation>();
        string name = local.Name;
        foreach (IdentifierNameSyntax identifier in IdentifierNames.Spelled(scope, declaration.Span.End, name))
        {
            if (IsPlainUse(identifier))
            {
                continue;
            }

            if (model.GetOperation(identifier, cancellationToken) is not ILocalReferenceOperation read
                || !SymbolEqualityComparer.Default.Equals(read.Local, local))
            {
                continue;
            }

            if (IsWrite(read))
            {
                return null;
            }

            reads.Add(read);
        }

        return reads;
    }

    /// <summary>
    /// A use that can neither carry the value on nor write the local, decided from syntax before the semantic model is
    /// asked: <c>v.Length</c>, <c>v.Split(…)</c>, <c>v[0]</c>, <c>nameof(v)</c>. The members the value flows through
    /// (<c>Trim()</c>, <c>ToCharArray()</c>…) and comparisons (<c>Equals</c>) are not plain.
    /// </summary>
    private static bool IsPlainUse(IdentifierNameSyntax identifier) => identifier.Parent switch
    {
        MemberAccessExpressionSyntax access when access.Expression == identifier =>
            access.Name.Identifier.ValueText is not ("Trim" or "ToCharArray" or "ToArray" or "AsSpan" or "AsMemory" or "ToString" or "Equals" or "CompareTo"),
        ElementAccessExpressionSyntax element => element.Expression == identifier,
        ArgumentSyntax { Parent.Parent: InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" } } } => true,
        _ => false,
    };

    /// <summary>
    /// The string that <paramref name="part"/> becomes a part of, and the constant text right before it (where a
    /// key such as <c>Password=</c> would be); null when the value is not composed into a larger string here.
    /// </summary>
    internal static IOperation? Compose(IOperation part, out string? textBefore)
    {
        textBefore = null;
        IOperation? parent = part.Parent;
        switch (parent)
        {
            case IConversionOperation:
            case ICoalesceOperation:
            case IConditionalOperation conditional when conditional.Condition != part:
                return parent;

            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, Type.SpecialType: SpecialType.System_String } concatenation:
                if (concatenation.RightOperand == part)
                {
                    textBefore = TrailingText(concatenation.LeftOperand);
                }

                return concatenation;

            case IInterpolationOperation interpolation when interpolation.Expression == part
                && interpolation.Parent is IInterpolatedStringOperation interpolated:
                int index = interpolated.Parts.IndexOf(interpolation);
                textBefore = index > 0 ? TrailingText(interpolated.Parts[index - 1]) : null;
                return interpolated;

            case IArgumentOperation argument when argument.Parent is IInvocationOperation call && IsComposition(call.TargetMethod):
                textBefore = TextBeforeArgument(call, part);
                return call;

            case IArrayInitializerOperation elements
                when elements.Parent is IArrayCreationOperation { Parent: IArgumentOperation { Parent: IInvocationOperation call } }
                && IsComposition(call.TargetMethod):
                textBefore = TextBeforeArgument(call, part);
                return call;

            case ICollectionExpressionOperation elements
                when elements.Parent is IArgumentOperation { Parent: IInvocationOperation call } && IsComposition(call.TargetMethod):
                textBefore = TextBeforeArgument(call, part); // params ReadOnlySpan<string>
                return call;

            case IInvocationOperation chained when chained.Instance == part && IsStringBuilder(chained.TargetMethod.ContainingType):
                return chained; // new StringBuilder().Append("Password=").Append(pw).ToString()

            default:
                return null;
        }
    }

    /// <summary>The constant text a string expression ends with, if it ends with one.</summary>
    private static string? TrailingText(IOperation operation)
    {
        while (true)
        {
            if (operation.ConstantValue is { HasValue: true, Value: string text })
            {
                return text;
            }

            switch (operation)
            {
                case IInterpolatedStringTextOperation part:
                    operation = part.Text;
                    continue;
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } concatenation:
                    operation = concatenation.RightOperand;
                    continue;
                case IConversionOperation conversion:
                    operation = conversion.Operand;
                    continue;
                case IInterpolatedStringOperation interpolated when interpolated.Parts.Length > 0:
                    operation = interpolated.Parts[interpolated.Parts.Length - 1];
                    continue;
                case IInvocationOperation append when IsStringBuilder(append.TargetMethod.ContainingType) && append.Arguments.Length == 1:
                    operation = append.Arguments[0].Value; // sb.Append("Password=")
                    continue;
                case IObjectCreationOperation builder when IsStringBuilder(builder.Type as INamedTypeSymbol) && builder.Arguments.Length == 1:
                    operation = builder.Arguments[0].Value; // new StringBuilder("Server=db;Password=")
                    continue;
                default:
                    return null;
            }
        }
    }

    /// <summary>
    /// Text before a value passed to Concat (the previous value), Join (the previous value and the separator), Format
    /// (the text before its placeholder) or StringBuilder.Append (what the builder ends with). Arrays and collection
    /// expressions passed for the values are read element by element, as the call joins them.
    /// </summary>
    private static string? TextBeforeArgument(IInvocationOperation call, IOperation part)
    {
        IMethodSymbol method = call.TargetMethod;
        if (IsStringBuilder(method.ContainingType))
        {
            return method.Name == "Append" && call.Instance is not null ? TrailingText(call.Instance) : null;
        }

        var values = new List<IOperation>();
        foreach (IArgumentOperation argument in call.Arguments)
        {
            switch (argument.Value)
            {
                case IArrayCreationOperation { Initializer: { } initializer }:
                    values.AddRange(initializer.ElementValues);
                    break;
                case ICollectionExpressionOperation collection:
                    values.AddRange(collection.Elements);
                    break;
                default:
                    values.Add(argument.Value);
                    break;
            }
        }

        int position = values.IndexOf(part);
        if (position <= 0)
        {
            return null;
        }

        switch (method.Name)
        {
            case "Concat":
                return TrailingText(values[position - 1]);

            case "Join":
                // string.Join("=", "Password", value): the separator sits between the previous value and this one.
                return position >= 2 && values[0].ConstantValue is { HasValue: true, Value: string or char } separator
                    ? TrailingText(values[position - 1]) + separator.Value
                    : null;

            case "Format":
                break;

            default:
                return null;
        }

        // string.Format("…Password={0};", value): the format is the first string argument (after an IFormatProvider).
        int formatIndex = values[0].Type?.SpecialType == SpecialType.System_String ? 0 : 1;
        if (values.Count <= formatIndex || position <= formatIndex
            || values[formatIndex].ConstantValue is not { HasValue: true, Value: string format })
        {
            return null;
        }

        int placeholder = position - formatIndex - 1;
        int at = format.IndexOf("{" + placeholder.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        return at < 0 ? null : format.Substring(0, at);
    }

    private static bool IsComposition(IMethodSymbol method) =>
        method.ContainingType is { } type
        && ((type.SpecialType == SpecialType.System_String && method.IsStatic && method.Name is "Format" or "Concat" or "Join")
            || (IsStringBuilder(type) && method.Name is "Append" or "AppendFormat" or "Insert" or "AppendJoin"));

    internal static bool IsStringBuilder(INamedTypeSymbol? type) =>
        type is { Name: "StringBuilder", ContainingNamespace: { Name: "Text", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } };
}
