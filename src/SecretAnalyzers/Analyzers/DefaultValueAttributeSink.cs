using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace SecretAnalyzers.Analyzers;

/// <summary>
/// <c>[DefaultValue("…")] public string Password { get; set; }</c> and <c>[DefaultSettingValue("…")]</c>: unlike
/// other attribute arguments, which describe, these give the member its value, so the member's name decides.
/// Matched by type name, so it works for System.ComponentModel, System.Configuration and look-alikes.
/// </summary>
internal static class DefaultValueAttributeSink
{
    /// <summary>The name of the property, field or parameter whose default value the literal is; null otherwise.</summary>
    public static string? MemberName(IOperation literal)
    {
        IOperation current = literal;
        while (current.Parent is IConversionOperation conversion)
        {
            current = conversion;
        }

        if (current.Parent is not IArgumentOperation { Parent: IObjectCreationOperation { Constructor.ContainingType.Name: "DefaultValueAttribute" or "DefaultSettingValueAttribute" } })
        {
            return null;
        }

        return literal.Syntax.FirstAncestorOrSelf<AttributeListSyntax>()?.Parent switch
        {
            PropertyDeclarationSyntax property => property.Identifier.ValueText,
            FieldDeclarationSyntax { Declaration.Variables.Count: 1 } field => field.Declaration.Variables[0].Identifier.ValueText,
            ParameterSyntax parameter => parameter.Identifier.ValueText,
            _ => null,
        };
    }
}
