using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace SecretAnalyzers.Analyzers;

/// <summary>
/// The name a tuple gives one of its elements: written in the literal (<c>(user: "admin", password: "…")</c>) or
/// in the tuple type it converts to (<c>(string user, string password) t = ("admin", "…")</c>).
/// </summary>
internal static class TupleElementName
{
    public static string? Of(ITupleOperation tuple, IOperation element)
    {
        int index = tuple.Elements.IndexOf(element);
        if (index < 0)
        {
            return null;
        }

        IOperation current = tuple;
        while (current.Parent is IConversionOperation conversion)
        {
            current = conversion; // the target type's names are the ones the value is stored under
        }

        return current.Type is INamedTypeSymbol { IsTupleType: true } type && index < type.TupleElements.Length
            && type.TupleElements[index] is { IsExplicitlyNamedTupleElement: true } field
            ? field.Name
            : null;
    }
}
