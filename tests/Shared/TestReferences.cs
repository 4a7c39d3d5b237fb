using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace SecretAnalyzers.Testing;

/// <summary>
/// Reference assemblies without a package download: the installed Microsoft.NETCore.App.Ref pack matching the running
/// runtime when present, otherwise the running runtime's own assemblies (offline machines, CI without the pack).
/// One file, linked into every test project that compiles C# (tests/Shared); a project adds its own references in
/// a partial part (the code fix tests add SecretAnalyzers.Runtime).
/// </summary>
internal static partial class TestReferences
{
    public static readonly ReferenceAssemblies None = new("net10.0");

    public static readonly ImmutableArray<MetadataReference> Framework = Load();

    private static ImmutableArray<MetadataReference> Load()
    {
        string runtimeDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        string? refPack = FindRefPack(runtimeDirectory);
        string directory = refPack ?? runtimeDirectory;
        return Directory.EnumerateFiles(directory, "*.dll")
            .Where(path => IsManagedAssembly(path))
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    }

    private static string? FindRefPack(string runtimeDirectory)
    {
        // .../dotnet/shared/Microsoft.NETCore.App/10.0.x → .../dotnet/packs/Microsoft.NETCore.App.Ref/10.0.x/ref/net10.0
        DirectoryInfo runtime = new(runtimeDirectory);
        DirectoryInfo? root = runtime.Parent?.Parent?.Parent;
        if (root is null)
        {
            return null;
        }

        string packs = Path.Combine(root.FullName, "packs", "Microsoft.NETCore.App.Ref");
        if (!Directory.Exists(packs))
        {
            return null;
        }

        string exact = Path.Combine(packs, runtime.Name, "ref", "net" + Environment.Version.Major + ".0");
        if (Directory.Exists(exact))
        {
            return exact;
        }

        return Directory.EnumerateDirectories(packs)
            .Select(version => Path.Combine(version, "ref", "net" + Environment.Version.Major + ".0"))
            .Where(Directory.Exists)
            .OrderByDescending(path => path, StringComparer.Ordinal)
            .FirstOrDefault();
    }

    private static bool IsManagedAssembly(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            using var reader = new System.Reflection.PortableExecutable.PEReader(stream);
            return reader.HasMetadata;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }
}
