using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using SecretAnalyzers.Detection;

namespace SecretAnalyzers.Analyzers;

/// <summary>
/// Walks up from a constant string expression to where it is stored or compared: a variable, field, property or
/// parameter default, an assignment target (including anonymous-object members and dictionary indexers), an
/// argument (known credential API, key/value pair, or parameter name), an ==/!=/Equals/pattern comparison, or a
/// return from a named member. Conversions, ?? fallbacks, ?: branches, Encoding.GetBytes and
/// Convert.FromBase64String are looked through.
/// </summary>
internal static class SinkResolver
{
    private const int MaxDepth = 8;

    public static SecretSink Resolve(IOperation value, ISymbol? containingSymbol, KnownCredentialApiIndex apis)
    {
        SecretSink sink = ResolveCore(value, containingSymbol, apis, out bool element);
        return element ? CollectionElement.Of(sink) : sink;
    }

    /// <summary>The walk itself; <paramref name="element"/> is set when the value is an element named by its collection.</summary>
    private static SecretSink ResolveCore(IOperation value, ISymbol? containingSymbol, KnownCredentialApiIndex apis, out bool element)
    {
        element = false;
        IOperation current = value;
        for (int depth = 0; depth < MaxDepth; depth++)
        {
            IOperation? parent = current.Parent;
            switch (parent)
            {
                case null:
                    return SecretSink.None;

                case IConversionOperation:
                    current = parent;
                    continue;

                case ICoalesceOperation coalesce when coalesce.WhenNull == current:
                    current = parent;
                    continue;

                case IConditionalOperation conditional when conditional.WhenTrue == current || conditional.WhenFalse == current:
                    current = parent;
                    continue;

                case ISwitchExpressionArmOperation arm when arm.Value == current:
                    current = parent.Parent ?? parent; // env switch { "prod" => "…", _ => "…" } flows where the switch flows
                    if (current == parent)
                    {
                        return SecretSink.None;
                    }

                    continue;

                case IArrayInitializerOperation elements
                    when parent.Parent is IArrayCreationOperation { Parent: IArgumentOperation { Parent: IInvocationOperation call } }
                    && FormatArgumentSink.IsFormatCall(call.TargetMethod):
                    return FormatArgumentSink.Resolve(call, null, elements.ElementValues.IndexOf(current)); // string.Format("…", a, b, c, "…")

                case ICollectionExpressionOperation elements
                    when parent.Parent is IArgumentOperation { Parent: IInvocationOperation call } && FormatArgumentSink.IsFormatCall(call.TargetMethod):
                    return FormatArgumentSink.Resolve(call, null, elements.Elements.IndexOf(current)); // params ReadOnlySpan<object?>

                case IArrayInitializerOperation when parent.Parent is IArrayCreationOperation creation:
                    current = creation; // string[] passwords = { "…", "…" }
                    element = true;
                    continue;

                case ICollectionExpressionOperation:
                    current = parent; // List<string> passwords = ["…", "…"]
                    element = true;
                    continue;

                case IArgumentOperation add when CollectionElement.InitializedCollection(add) is { } collection:
                    current = collection; // new List<string> { "…" }
                    element = true;
                    continue;

                case IArgumentOperation add when CollectionElement.AddedTo(add) is { } collectionName:
                    element = true;
                    return SecretSink.Named(collectionName); // passwords.Add("…")

                case IInvocationOperation invocation when invocation.Instance == current && IsTransparentInstanceCall(invocation.TargetMethod):
                    current = parent;
                    continue;

                case IInvocationOperation comparison when comparison.Instance == current
                    && comparison.TargetMethod.Name is "Equals" or "CompareTo" && comparison.Arguments.Length > 0:
                    return SecretSink.Named(ReferencedName(comparison.Arguments[0].Value)); // "…".Equals(password)

                case IArgumentOperation argument:
                    if (argument.Parent is IInvocationOperation conversionCall && IsEncodingCall(conversionCall.TargetMethod))
                    {
                        current = conversionCall;
                        continue;
                    }

                    if (argument.Parent is IInvocationOperation { TargetMethod.Name: "ToBase64String" } toBase64
                        && BasicAuthorizationSink.Resolve(toBase64) is { IsNamed: true } basic)
                    {
                        return basic; // "Basic " + Convert.ToBase64String(Encoding.ASCII.GetBytes("user:pass"))
                    }

                    return ForArgument(argument, apis);

                case IVariableInitializerOperation initializer:
                    return initializer.Parent is IVariableDeclaratorOperation declarator
                        ? SecretSink.Holding(declarator.Symbol)
                        : SecretSink.None;

                case IFieldInitializerOperation field when field.InitializedFields.Length > 0:
                    return SecretSink.Holding(field.InitializedFields[0]);

                case IPropertyInitializerOperation property when property.InitializedProperties.Length > 0:
                    return SecretSink.Holding(property.InitializedProperties[0]);

                case IParameterInitializerOperation parameter:
                    return SecretSink.Named(parameter.Parameter.Name);

                case ISimpleAssignmentOperation assignment when assignment.Value == current:
                    return ForAssignmentTarget(assignment.Target, apis);

                case IBinaryOperation binary when binary.OperatorKind is BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals:
                    return SecretSink.Named(ReferencedName(binary.LeftOperand == current ? binary.RightOperand : binary.LeftOperand));

                case ITupleOperation tuple when DeconstructionOf(tuple) is { } deconstruction:
                    return ForDeconstructionTarget(deconstruction.Target, tuple.Elements.IndexOf(current), apis);

                case ITupleOperation tuple when TupleElementName.Of(tuple, current) is { } elementName:
                    return SecretSink.Named(elementName); // (user: "admin", password: "…")

                case ITupleOperation tuple when tuple.Elements.Length == 2 && tuple.Elements[1] == current:
                    return SecretSink.Named(ConstantString(tuple.Elements[0])); // ("password", "x")

                case IReturnOperation @return when LambdaOf(@return) is { } lambda:
                    return ForLambdaReturn(lambda, containingSymbol, apis);

                case IReturnOperation @return:
                    return SecretSink.Named(ReturnOwnerName(@return, containingSymbol));

                case IConstantPatternOperation:
                    return ForPattern(parent);

                case ISingleValueCaseClauseOperation clause:
                    return clause.Parent?.Parent is ISwitchOperation @switch ? SecretSink.Named(ReferencedName(@switch.Value)) : SecretSink.None;

                case IInvalidOperation:
                    return UnboundSink.ForOperand(current.Syntax); // new DirectoryEntry(…, "…") without its reference

                case IForEachLoopOperation loop when loop.Collection == current:
                    return SecureStringSink.Resolve(loop); // foreach (char c in "…") secure.AppendChar(c);

                default:
                    return SecretSink.None;
            }
        }

        return SecretSink.None;
    }

    /// <summary>
    /// True for the constant the compiler passes at a call site that omits an optional argument (<c>Login()</c> with
    /// <c>Login(string password = "…")</c>): there is no literal there, and the declaration's literal is already reported.
    /// </summary>
    public static bool IsDefaultArgumentValue(IOperation operation)
    {
        IOperation? current = operation;
        while (current is { IsImplicit: true, Parent: IConversionOperation })
        {
            current = current.Parent;
        }

        return current is { IsImplicit: true, Parent: IArgumentOperation { ArgumentKind: ArgumentKind.DefaultValue } };
    }

    /// <summary>True when the syntax sits inside an attribute ([Display(Name = "Password")], [InlineData(…)]).</summary>
    public static bool IsInAttribute(SyntaxNode node)
    {
        for (SyntaxNode? current = node.Parent; current is not null; current = current.Parent)
        {
            switch (current.Kind())
            {
                case SyntaxKind.Attribute:
                    return true;
                case SyntaxKind.Block:
                case SyntaxKind.ArrowExpressionClause:
                case SyntaxKind.EqualsValueClause:
                case SyntaxKind.CompilationUnit:
                    return false;
            }

            if (current is StatementSyntax or MemberDeclarationSyntax)
            {
                return false;
            }
        }

        return false;
    }

    private static SecretSink ForArgument(IArgumentOperation argument, KnownCredentialApiIndex apis)
    {
        IParameterSymbol? parameter = argument.Parameter;
        if (parameter?.ContainingSymbol is not IMethodSymbol method || method.ContainingType is null)
        {
            // delegate*<string, void> f; f("…"): a function pointer's parameters have neither a type nor a name.
            return SecretSink.None;
        }

        KnownCredentialApi? api = apis.FindParameter(method, parameter.Name);
        if (api is not null)
        {
            string owner = method.MethodKind == MethodKind.Constructor ? method.ContainingType.Name : method.ContainingType.Name + "." + method.Name;
            return SecretSink.Known(api, owner + "(" + parameter.Name + ")");
        }

        IOperation? call = argument.Parent;
        if (call is IInvocationOperation format && FormatArgumentSink.IsFormatCall(method))
        {
            return FormatArgumentSink.Resolve(format, parameter, -1);
        }

        if (method.Name is "Equals" or "Compare" or "CompareOrdinal" or "SequenceEqual" or "FixedTimeEquals"
            && call is IInvocationOperation equals)
        {
            if (equals.Instance is { Type.SpecialType: SpecialType.System_String })
            {
                return SecretSink.Named(ReferencedName(equals.Instance));
            }

            // string.Equals(a, b, StringComparison.Ordinal), StringComparer.Ordinal.Equals(a, b),
            // EqualityComparer<string>.Default.Equals(a, b): the other compared string names the value, not the comparer.
            foreach (IArgumentOperation other in equals.Arguments)
            {
                if (other != argument && IsComparedText(other.Value) && ReferencedName(other.Value) is { } otherName)
                {
                    return SecretSink.Named(otherName);
                }
            }

            return SecretSink.None;
        }

        if (parameter.Ordinal > 0 && parameter.Name == "value")
        {
            // Add("password", "x"), new KeyValuePair<,>("password", "x"), SetEnvironmentVariable("DB_PASSWORD", "x"),
            // headers.Add("X-Api-Key", "x"): the constant before the value names it.
            string? key = ConstantStringArgument(call, parameter.Ordinal - 1);
            if (key is not null)
            {
                return KeyedEntry(key, (call as IInvocationOperation)?.Instance, call, apis);
            }
        }

        if (parameter.Name == "value" && method.Name.Length > 3 && method.Name.StartsWith("Set", StringComparison.Ordinal))
        {
            return SecretSink.Named(method.Name.Substring(3)); // SetPassword(string value)
        }

        return SecretSink.Named(parameter.Name);
    }

    private static SecretSink ForAssignmentTarget(IOperation target, KnownCredentialApiIndex apis)
    {
        switch (target)
        {
            case IPropertyReferenceOperation property:
                if (property.Arguments.Length > 0)
                {
                    // ["password"] = "x" in a dictionary initializer, config["Db:Password"] = "x".
                    return KeyedEntry(ConstantString(property.Arguments[0].Value), property.Instance, property.Parent, apis);
                }

                KnownCredentialApi? api = apis.FindProperty(property.Property);
                return api is not null
                    ? SecretSink.Known(api, property.Property.ContainingType.Name + "." + property.Property.Name)
                    : SecretSink.Named(property.Property.Name);

            case IFieldReferenceOperation field:
                return SecretSink.Named(field.Field.Name);

            case ILocalReferenceOperation local:
                return SecretSink.Named(local.Local.Name);

            case IParameterReferenceOperation parameter:
                return SecretSink.Named(parameter.Parameter.Name);

            case IDynamicMemberReferenceOperation dynamicMember:
                return SecretSink.Named(dynamicMember.MemberName);

            case IDynamicIndexerAccessOperation dynamicIndexer when dynamicIndexer.Arguments.Length > 0:
                return SecretSink.Named(ConstantString(dynamicIndexer.Arguments[0]));

            case IInvalidOperation invalid:
                return UnboundSink.ForTarget(invalid.Syntax); // b.Password = "…" where b's type did not bind

            default:
                return SecretSink.None;
        }
    }

    /// <summary>
    /// A dictionary entry is named by its key, unless the key says nothing about credentials and the dictionary's name
    /// says its values are credentials keyed by something else: <c>secretsByEnv["prod"] = "…"</c>,
    /// <c>passwordsPerUser.Add("alice", "…")</c>, <c>new() { ["prod"] = "…" }</c> stored into such a name.
    /// </summary>
    private static SecretSink KeyedEntry(string? key, IOperation? dictionary, IOperation? entry, KnownCredentialApiIndex apis)
    {
        if (key is not null && CredentialNames.Classify(key, DetectionOptions.Default).Strength != CredentialNameStrength.None)
        {
            return SecretSink.Named(key);
        }

        string? dictionaryName = dictionary is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver }
            ? InitializedObjectName(entry, apis)
            : ReferencedName(dictionary);
        return CollectionName.KeyedElementName(dictionaryName) is { } elementName ? SecretSink.Named(elementName) : SecretSink.Named(key);
    }

    /// <summary>The name that the object whose initializer holds <paramref name="entry"/> is stored under.</summary>
    private static string? InitializedObjectName(IOperation? entry, KnownCredentialApiIndex apis)
    {
        for (IOperation? current = entry; current is not null; current = current.Parent)
        {
            if (current is IObjectOrCollectionInitializerOperation { Parent: IObjectCreationOperation creation })
            {
                return ResolveCore(creation, null, apis, out _).Name;
            }
        }

        return null;
    }

    /// <summary>The deconstruction whose value is this tuple: <c>var (user, password) = ("admin", "…")</c>.</summary>
    private static IDeconstructionAssignmentOperation? DeconstructionOf(ITupleOperation tuple)
    {
        IOperation current = tuple;
        while (current.Parent is IConversionOperation conversion)
        {
            current = conversion;
        }

        return current.Parent is IDeconstructionAssignmentOperation deconstruction && deconstruction.Value == current ? deconstruction : null;
    }

    private static SecretSink ForDeconstructionTarget(IOperation target, int index, KnownCredentialApiIndex apis)
    {
        if (target is IDeclarationExpressionOperation declaration)
        {
            target = declaration.Expression;
        }

        if (index < 0 || target is not ITupleOperation targets || index >= targets.Elements.Length)
        {
            return SecretSink.None;
        }

        IOperation element = targets.Elements[index];
        if (element is IDeclarationExpressionOperation single)
        {
            element = single.Expression; // (string user, string password) = (…)
        }

        return element is ILocalReferenceOperation { IsDeclaration: true } declared
            ? SecretSink.Holding(declared.Local)
            : ForAssignmentTarget(element, apis);
    }

    private static bool IsComparedText(IOperation operation)
    {
        while (operation is IConversionOperation { IsImplicit: true } conversion)
        {
            operation = conversion.Operand;
        }

        return operation.Type is { SpecialType: SpecialType.System_String } or IArrayTypeSymbol or { TypeKind: TypeKind.Struct, Name: "ReadOnlySpan" or "Span" };
    }

    private static SecretSink ForPattern(IOperation pattern)
    {
        IOperation? current = pattern;
        while (current?.Parent is IPatternOperation)
        {
            current = current.Parent;
        }

        switch (current?.Parent)
        {
            case IPropertySubpatternOperation subpattern:
                return SecretSink.Named(ReferencedName(subpattern.Member)); // o is { Password: "…" }
            case IIsPatternOperation isPattern:
                return SecretSink.Named(ReferencedName(isPattern.Value));
            case IPatternCaseClauseOperation caseClause when caseClause.Parent?.Parent is ISwitchOperation @switch:
                return SecretSink.Named(ReferencedName(@switch.Value));
            case ISwitchExpressionArmOperation arm when arm.Parent is ISwitchExpressionOperation switchExpression:
                return SecretSink.Named(ReferencedName(switchExpression.Value));
            default:
                return SecretSink.None;
        }
    }

    /// <summary>The name of what an expression reads: a local, field, property, parameter or called method.</summary>
    public static string? ReferencedName(IOperation? operation)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        return operation switch
        {
            ILocalReferenceOperation local => local.Local.Name,
            IParameterReferenceOperation parameter => parameter.Parameter.Name,
            IFieldReferenceOperation field => field.Field.Name,
            IPropertyReferenceOperation property when property.Arguments.Length == 0 => property.Property.Name,
            IPropertyReferenceOperation indexer => ConstantString(indexer.Arguments[0].Value),
            IInvocationOperation encoding when IsEncodingCall(encoding.TargetMethod) && encoding.Arguments.Length > 0 => ReferencedName(encoding.Arguments[encoding.Arguments.Length - 1].Value),
            IInvocationOperation invocation when !IsTransparentInstanceCall(invocation.TargetMethod) => invocation.TargetMethod.Name,
            IInvocationOperation transparent => ReferencedName(transparent.Instance),
            IDynamicMemberReferenceOperation dynamicMember => dynamicMember.MemberName,
            _ => null,
        };
    }

    /// <summary>The lambda or anonymous method a return belongs to, when no local function lies in between.</summary>
    private static IAnonymousFunctionOperation? LambdaOf(IReturnOperation @return)
    {
        for (IOperation? current = @return.Parent; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case IAnonymousFunctionOperation lambda:
                    return lambda;
                case ILocalFunctionOperation:
                    return null;
            }
        }

        return null;
    }

    /// <summary>
    /// <c>Func&lt;string&gt; getPassword = () =&gt; "…"</c>, <c>PasswordProvider = () =&gt; "…"</c>: the value is named by the
    /// delegate it is returned from (see <see cref="DelegateTarget"/>); a lambda passed to a call is named by the parameter.
    /// </summary>
    private static SecretSink ForLambdaReturn(IAnonymousFunctionOperation lambda, ISymbol? containingSymbol, KnownCredentialApiIndex apis)
    {
        if (lambda.Parent is not IDelegateCreationOperation creation
            || ResolveCore(creation, containingSymbol, apis, out _) is not { Name: { } delegateName })
        {
            return SecretSink.None;
        }

        string name = DelegateTarget.ValueName(delegateName);
        return new SecretSink(name, null, null, delegateName);
    }

    private static string? ReturnOwnerName(IReturnOperation @return, ISymbol? containingSymbol)
    {
        for (IOperation? current = @return.Parent; current is not null; current = current.Parent)
        {
            if (current is ILocalFunctionOperation localFunction)
            {
                return localFunction.Symbol.Name;
            }
        }

        if (containingSymbol is IMethodSymbol method)
        {
            if (method.AssociatedSymbol is IPropertySymbol property)
            {
                return property.IsIndexer ? null : property.Name;
            }

            return method.MethodKind == MethodKind.Ordinary ? method.Name : null;
        }

        return null;
    }

    private static string? ConstantStringArgument(IOperation? call, int ordinal)
    {
        var arguments = call switch
        {
            IInvocationOperation invocation => invocation.Arguments,
            IObjectCreationOperation creation => creation.Arguments,
            IPropertyReferenceOperation indexer => indexer.Arguments,
            _ => default,
        };

        if (arguments.IsDefault)
        {
            return null;
        }

        foreach (IArgumentOperation argument in arguments)
        {
            if (argument.Parameter?.Ordinal == ordinal)
            {
                return ConstantString(argument.Value);
            }
        }

        return null;
    }

    private static string? ConstantString(IOperation? operation) =>
        operation is not null && operation.ConstantValue.HasValue ? operation.ConstantValue.Value as string : null;

    /// <summary>"x".ToCharArray(), "x"u8.ToArray(), "x".Trim(): the value is still the constant.</summary>
    private static bool IsTransparentInstanceCall(IMethodSymbol method) =>
        method.Parameters.Length == 0
        && method.Name is "ToCharArray" or "ToArray" or "AsSpan" or "AsMemory" or "Trim" or "ToString";

    /// <summary>Encoding.UTF8.GetBytes("…"), Convert.FromBase64String("…"), Convert.FromHexString("…").</summary>
    private static bool IsEncodingCall(IMethodSymbol method)
    {
        INamedTypeSymbol? type = method.ContainingType;
        INamespaceSymbol? ns = type?.ContainingNamespace;
        if (type is null || ns is null)
        {
            return false;
        }

        if (method.Name == "GetBytes")
        {
            return ns.Name == "Text" && ns.ContainingNamespace?.Name == "System";
        }

        return method.Name is "FromBase64String" or "FromHexString"
            && type.Name == "Convert" && ns.Name == "System" && ns.ContainingNamespace?.IsGlobalNamespace == true;
    }
}
