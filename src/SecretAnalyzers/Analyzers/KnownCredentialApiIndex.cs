using System.Collections.Generic;
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

    /// <summary>Gets the known API types found in the compilation (for tests of the index itself).</summary>
    internal IEnumerable<INamedTypeSymbol> Types => _byType.Keys;

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
        Dictionary<string, List<INamedTypeSymbol>> typesByName = FindTypes(compilation);
        foreach (KnownCredentialApi api in KnownCredentialApis.All)
        {
            if (!typesByName.TryGetValue(api.TypeMetadataName, out List<INamedTypeSymbol>? types))
            {
                continue;
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

    /// <summary>
    /// Every type with a listed metadata name, from the assemblies <c>Compilation.GetTypesByMetadataName</c> searches (this
    /// one, the core library, every referenced assembly). A referenced assembly is asked for a name only when it declares
    /// the name's namespace: each by-name lookup parses the name and probes the assembly's type cache, and a project's
    /// few hundred references mostly declare none of the listed namespaces (one namespace check answers for all its names).
    /// </summary>
    private static Dictionary<string, List<INamedTypeSymbol>> FindTypes(Compilation compilation)
    {
        var found = new Dictionary<string, List<INamedTypeSymbol>>(System.StringComparer.Ordinal);
        IAssemblySymbol source = compilation.Assembly;
        foreach (NamespaceNames group in NamesByNamespace)
        {
            foreach (string name in group.TypeNames)
            {
                Add(found, name, source.GetTypeByMetadataName(name));
            }
        }

        IAssemblySymbol? coreLibrary = compilation.ObjectType.ContainingAssembly;
        if (coreLibrary is not null && !SymbolEqualityComparer.Default.Equals(coreLibrary, source))
        {
            AddDeclared(found, coreLibrary);
        }

        foreach (IAssemblySymbol reference in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            if (!SymbolEqualityComparer.Default.Equals(reference, coreLibrary))
            {
                AddDeclared(found, reference);
            }
        }

        return found;
    }

    private static void AddDeclared(Dictionary<string, List<INamedTypeSymbol>> found, IAssemblySymbol assembly)
    {
        foreach (NamespaceNames group in NamesByNamespace)
        {
            if (!Declares(assembly.GlobalNamespace, group.Segments))
            {
                continue;
            }

            foreach (string name in group.TypeNames)
            {
                Add(found, name, assembly.GetTypeByMetadataName(name));
            }
        }
    }

    private static void Add(Dictionary<string, List<INamedTypeSymbol>> found, string name, INamedTypeSymbol? type)
    {
        if (type is null)
        {
            return;
        }

        if (!found.TryGetValue(name, out List<INamedTypeSymbol>? types))
        {
            types = new List<INamedTypeSymbol>(1);
            found.Add(name, types);
        }

        types.Add(type);
    }

    /// <summary>True when the assembly declares the namespace named by <paramref name="segments"/> (a namespace with no types is not declared).</summary>
    private static bool Declares(INamespaceSymbol global, string[] segments)
    {
        INamespaceSymbol current = global;
        foreach (string segment in segments)
        {
            INamespaceSymbol? next = null;
            foreach (ISymbol member in current.GetMembers(segment))
            {
                if (member is INamespaceSymbol nested)
                {
                    next = nested;
                    break;
                }
            }

            if (next is null)
            {
                return false;
            }

            current = next;
        }

        return true;
    }

    /// <summary>The table's distinct type names grouped by namespace (a nested type's name is looked up under its outer type's namespace).</summary>
    private static readonly NamespaceNames[] NamesByNamespace = GroupByNamespace();

    private static NamespaceNames[] GroupByNamespace()
    {
        var groups = new List<NamespaceNames>();
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (KnownCredentialApi api in KnownCredentialApis.All)
        {
            string name = api.TypeMetadataName;
            if (!seen.Add(name))
            {
                continue;
            }

            int lastDot = name.LastIndexOf('.');
            string dottedNamespace = lastDot < 0 ? string.Empty : name.Substring(0, lastDot);
            NamespaceNames? group = groups.Find(g => g.Namespace == dottedNamespace);
            if (group is null)
            {
                group = new NamespaceNames(dottedNamespace);
                groups.Add(group);
            }

            group.TypeNames.Add(name);
        }

        return groups.ToArray();
    }

    private sealed class NamespaceNames
    {
        public NamespaceNames(string dottedNamespace)
        {
            Namespace = dottedNamespace;
            Segments = dottedNamespace.Length == 0 ? System.Array.Empty<string>() : dottedNamespace.Split('.');
        }

        public string Namespace { get; }

        /// <summary>Gets the namespace's names from the outermost (empty for the global namespace).</summary>
        public string[] Segments { get; }

        public List<string> TypeNames { get; } = new();
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
