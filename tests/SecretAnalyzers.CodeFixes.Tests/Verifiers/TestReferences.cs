using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace SecretAnalyzers.CodeFixes.Tests.Verifiers;

/// <summary>
/// References without a package download (the machine is offline): the installed reference pack of the running
/// runtime when present, else the runtime's own assemblies; plus SecretAnalyzers.Runtime for the generated accessors.
/// </summary>
internal static class TestReferences
{
    public static readonly ReferenceAssemblies None = new("net10.0");

    public static readonly ImmutableArray<MetadataReference> Framework = Load();

    public static readonly MetadataReference Runtime =
        MetadataReference.CreateFromFile(typeof(SecretAnalyzers.Runtime.SecretProvider).Assembly.Location);

    private static ImmutableArray<MetadataReference> Load()
    {
        var runtimeDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var directory = FindRefPack(runtimeDirectory) ?? runtimeDirectory;
        return Directory.EnumerateFiles(directory, "*.dll")
            .Where(IsManagedAssembly)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    }

    private static string? FindRefPack(string runtimeDirectory)
    {
        // .../dotnet/shared/Microsoft.NETCore.App/10.0.x → .../dotnet/packs/Microsoft.NETCore.App.Ref/10.0.x/ref/net10.0
        var runtime = new DirectoryInfo(runtimeDirectory);
        var root = runtime.Parent?.Parent?.Parent;
        if (root is null)
        {
            return null;
        }

        var packs = Path.Combine(root.FullName, "packs", "Microsoft.NETCore.App.Ref");
        if (!Directory.Exists(packs))
        {
            return null;
        }

        var tfm = "net" + Environment.Version.Major + ".0";
        var exact = Path.Combine(packs, runtime.Name, "ref", tfm);
        return Directory.Exists(exact)
            ? exact
            : Directory.EnumerateDirectories(packs)
                .Select(version => Path.Combine(version, "ref", tfm))
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
