using System;
using System.Collections.Generic;
using System.Reflection;

namespace SecretAnalyzers.Runtime.Aws;

/// <summary>
/// The regions the manifest's <c>defaults.regions</c> names, read from the <see cref="SecretStoreRegionsAttribute"/>
/// the source generator puts on the application's assembly.
/// </summary>
internal static class ManifestRegions
{
    /// <summary>
    /// The attribute's regions in order, or null when <paramref name="assembly"/> is null or has no attribute (or an
    /// empty one). A name that is not a region is an error naming the attribute and the assembly.
    /// </summary>
    public static IReadOnlyList<string>? Read(Assembly? assembly)
    {
        if (assembly?.GetCustomAttribute<SecretStoreRegionsAttribute>() is not { Regions.Count: > 0 } attribute)
        {
            return null;
        }

        var regions = new List<string>(attribute.Regions.Count);
        foreach (var name in attribute.Regions)
        {
            if (!AwsRegionName.IsValid(name))
            {
                throw new InvalidOperationException(
                    "[assembly: SecretStoreRegions] on '" + assembly.GetName().Name + "' names '" + Printable(name) + "', which is not an AWS region name ("
                    + AwsRegionName.Example + "). Fix defaults.regions in secrets.manifest.json, or set the regions in UseAws(o => o.Regions = …).");
            }

            regions.Add(name);
        }

        return regions;
    }

    /// <summary>The name as it can be shown in a message: no control characters, bounded length.</summary>
    private static string Printable(string? name)
    {
        if (name is null)
        {
            return "(null)";
        }

        var chars = name.Length > 64 ? name.Substring(0, 64).ToCharArray() : name.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsControl(chars[i]))
            {
                chars[i] = '?';
            }
        }

        return new string(chars) + (name.Length > 64 ? "…" : string.Empty);
    }
}
