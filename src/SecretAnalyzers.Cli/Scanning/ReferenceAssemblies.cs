using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace SecretAnalyzers.Cli.Scanning;

/// <summary>
/// The running runtime's trusted platform assemblies as metadata references: enough for the semantic model to bind
/// BCL APIs (SqlConnection-style parameters, string concatenation, constants) without restoring the project.
/// </summary>
internal static class ReferenceAssemblies
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyReferences = new(Load);

    public static ImmutableArray<MetadataReference> All => LazyReferences.Value;

    private static ImmutableArray<MetadataReference> Load()
    {
        var list = AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? string.Empty;
        return list.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(path => path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) && File.Exists(path))
            .Where(IsFrameworkAssembly)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    }

    /// <summary>The shared framework only: the tool's own dependencies (Roslyn, the analyzers) are not the scanned code's.</summary>
    private static bool IsFrameworkAssembly(string path)
    {
        var frameworkDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location);
        return frameworkDirectory is not null
            && string.Equals(Path.GetDirectoryName(path), frameworkDirectory, StringComparison.Ordinal);
    }
}
