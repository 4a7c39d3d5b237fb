using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
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

    /// <summary>
    /// The index of <paramref name="compilation"/>, built once and shared by every analyzer that asks: each metadata-name
    /// lookup searches every referenced assembly, which on a project with a few hundred references is the largest
    /// single cost of the analyzers' start.
    /// </summary>
    public static KnownCredentialApiIndex Create(Compilation compilation) =>
        ByCompilation.GetValue(compilation, static c => Build(c));

    private static readonly ConditionalWeakTable<Compilation, KnownCredentialApiIndex> ByCompilation = new();

    private static KnownCredentialApiIndex Build(Compilation compilation)
    {
        var byType = new Dictionary<INamedTypeSymbol, List<KnownCredentialApi>>(SymbolEqualityComparer.Default);
        var typesByName = new Dictionary<string, ImmutableArray<INamedTypeSymbol>>(System.StringComparer.Ordinal);
        foreach (KnownCredentialApi api in KnownCredentialApis.All)
        {
            // Many rows share a type (a constructor and its properties): one lookup per metadata name.
            if (!typesByName.TryGetValue(api.TypeMetadataName, out ImmutableArray<INamedTypeSymbol> types))
            {
                types = compilation.GetTypesByMetadataName(api.TypeMetadataName);
                typesByName.Add(api.TypeMetadataName, types);
            }

            foreach (INamedTypeSymbol type in types)
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
