using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace SecretAnalyzers.Analyzers;

/// <summary>
/// <see cref="KnownCredentialApis"/> resolved against one compilation, once, by metadata name. Every type with a
/// listed metadata name counts (a referenced package, the BCL, or a source stand-in), so duplicates do not hide it.
/// </summary>
internal sealed class KnownCredentialApiIndex
{
    private readonly Dictionary<INamedTypeSymbol, List<KnownCredentialApi>> _byType;

    private KnownCredentialApiIndex(Dictionary<INamedTypeSymbol, List<KnownCredentialApi>> byType) => _byType = byType;

    /// <summary>True when no known API type exists in the compilation: every lookup can be skipped.</summary>
    public bool IsEmpty => _byType.Count == 0;

    public static KnownCredentialApiIndex Create(Compilation compilation)
    {
        var byType = new Dictionary<INamedTypeSymbol, List<KnownCredentialApi>>(SymbolEqualityComparer.Default);
        foreach (KnownCredentialApi api in KnownCredentialApis.All)
        {
            foreach (INamedTypeSymbol type in compilation.GetTypesByMetadataName(api.TypeMetadataName))
            {
                if (!byType.TryGetValue(type, out List<KnownCredentialApi>? list))
                {
                    list = new List<KnownCredentialApi>(2);
                    byType.Add(type, list);
                }

                list.Add(api);
            }
        }

        return new KnownCredentialApiIndex(byType);
    }

    /// <summary>The entry for a parameter of a method or constructor (or of a method it overrides).</summary>
    public KnownCredentialApi? FindParameter(IMethodSymbol method, string parameterName)
    {
        if (IsEmpty)
        {
            return null;
        }

        for (IMethodSymbol? current = method.OriginalDefinition; current is not null; current = current.OverriddenMethod)
        {
            if (current.ContainingType is null || !_byType.TryGetValue(current.ContainingType.OriginalDefinition, out List<KnownCredentialApi>? list))
            {
                continue;
            }

            string memberName = current.MethodKind == MethodKind.Constructor ? KnownCredentialApis.Constructor : current.Name;
            foreach (KnownCredentialApi api in list)
            {
                if (api.ParameterName == parameterName && api.MemberName == memberName)
                {
                    return api;
                }
            }
        }

        return null;
    }

    /// <summary>The entry for a property (or a property it overrides).</summary>
    public KnownCredentialApi? FindProperty(IPropertySymbol property)
    {
        if (IsEmpty)
        {
            return null;
        }

        for (IPropertySymbol? current = property.OriginalDefinition; current is not null; current = current.OverriddenProperty)
        {
            if (!_byType.TryGetValue(current.ContainingType.OriginalDefinition, out List<KnownCredentialApi>? list))
            {
                continue;
            }

            foreach (KnownCredentialApi api in list)
            {
                if (api.ParameterName is null && api.MemberName == current.Name)
                {
                    return api;
                }
            }
        }

        return null;
    }
}
