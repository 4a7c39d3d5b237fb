using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace SecretAnalyzers.Analyzers;

/// <summary>
/// A literal that is one element of a collection of strings: <c>string[] passwords = { "…" }</c>,
/// <c>List&lt;string&gt; apiKeys = ["…"]</c>, <c>new List&lt;string&gt; { "…" }</c>, <c>passwords.Add("…")</c>. The
/// collection's name says what each element is, so the element is judged as if stored under the singular name
/// (<c>passwords</c> → <c>password</c>), with that name's decisions (placeholders, words, slugs, hashes stay clean).
/// Dictionaries are not collections of strings here: their elements are named by their key.
/// </summary>
internal static class CollectionElement
{
    /// <summary>
    /// The collection that a collection initializer's implicit <c>Add("…")</c> fills
    /// (<c>new List&lt;string&gt; { "…" }</c>), or null when the argument is not such an element.
    /// </summary>
    public static IOperation? InitializedCollection(IArgumentOperation argument) =>
        argument.Parent is IInvocationOperation { Instance: IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver } } add
        && IsAddOfOneString(add)
        && add.Parent is IObjectOrCollectionInitializerOperation { Parent: IObjectCreationOperation creation }
            ? creation
            : null;

    /// <summary>The name of the string collection that <c>passwords.Add("…")</c> adds to, or null.</summary>
    public static string? AddedTo(IArgumentOperation argument) =>
        argument.Parent is IInvocationOperation { Instance: { IsImplicit: false } receiver } add
        && IsAddOfOneString(add) && IsStringCollection(receiver.Type)
            ? SinkResolver.ReferencedName(receiver)
            : null;

    /// <summary>The sink of one element: the collection's sink under the element's name, not holding the element.</summary>
    public static SecretSink Of(SecretSink collection) =>
        collection.Name is { } name
            ? new SecretSink(CollectionName.ElementName(name), null, collection.KnownApi, collection.Target)
            : collection;

    /// <summary>passwords → password, API_KEYS → API_KEY, accessTokens → accessToken; other names unchanged.</summary>
    public static string Singular(string name)
    {
        int last = name.Length - 1;
        return name.Length > 3 && name[last] is 's' or 'S' && name[last - 1] is not ('s' or 'S') && char.IsLetter(name[last - 1])
            ? name.Substring(0, last)
            : name;
    }

    private static bool IsAddOfOneString(IInvocationOperation add) =>
        add.TargetMethod is { Name: "Add", Parameters.Length: 1 } method
        && method.Parameters[0].Type.SpecialType == SpecialType.System_String;

    /// <summary>List&lt;string&gt;, HashSet&lt;string&gt;, ICollection&lt;string&gt;…: a type that enumerates strings.</summary>
    private static bool IsStringCollection(ITypeSymbol? type)
    {
        if (type is null)
        {
            return false;
        }

        if (IsEnumerableOfString(type))
        {
            return true;
        }

        foreach (INamedTypeSymbol implemented in type.AllInterfaces)
        {
            if (IsEnumerableOfString(implemented))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsEnumerableOfString(ITypeSymbol type) =>
        type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Collections_Generic_IEnumerable_T, TypeArguments: [{ SpecialType: SpecialType.System_String }] };
}
