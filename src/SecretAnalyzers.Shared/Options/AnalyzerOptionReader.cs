using System;
using System.Text;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SecretAnalyzers;

/// <summary>
/// The one way every rule, fix and the generator read their options. A <c>secret_analyzers.*</c> key is looked up in
/// the file's .editorconfig / global config first, then as the MSBuild property the package declares compiler-visible
/// (<c>secret_analyzers.id_prefix</c> ↔ <c>build_property.SecretAnalyzersIdPrefix</c>), so an option set either way
/// works for every rule.
/// </summary>
internal static class AnalyzerOptionReader
{
    private const string BuildPropertyPrefix = "build_property.";
    private const string BuildMetadataPrefix = "build_metadata.";

    /// <summary>The option's value for one file, or null when it is set neither way (an empty MSBuild property is unset).</summary>
    public static string? Read(AnalyzerConfigOptions fileOptions, AnalyzerConfigOptions globalOptions, string key)
    {
        if (fileOptions.TryGetValue(key, out var value) || globalOptions.TryGetValue(key, out value))
        {
            return value;
        }

        var property = ToBuildProperty(key);
        return property is not null && globalOptions.TryGetValue(property, out value) && !string.IsNullOrWhiteSpace(value)
            ? value
            : null;
    }

    /// <summary>The option's value for the whole compilation (global config, then MSBuild property).</summary>
    public static string? ReadGlobal(AnalyzerConfigOptions globalOptions, string key) => Read(globalOptions, globalOptions, key);

    /// <summary>A reader bound to one file, in the shape the detection core takes (<c>DetectionOptions.Create</c>).</summary>
    public static Func<string, string?> ForFile(AnalyzerConfigOptions fileOptions, AnalyzerConfigOptions globalOptions) =>
        key => Read(fileOptions, globalOptions, key);

    /// <summary>A compiler-visible MSBuild property such as <c>RootNamespace</c>, trimmed; null when unset or blank.</summary>
    public static string? ReadBuildProperty(AnalyzerConfigOptions globalOptions, string propertyName) =>
        globalOptions.TryGetValue(BuildPropertyPrefix + propertyName, out var value) && !string.IsNullOrWhiteSpace(value)
            ? value.Trim()
            : null;

    /// <summary>Compiler-visible item metadata of a file, e.g. AdditionalFiles' <c>SecretAnalyzersManifest</c>; null when unset or blank.</summary>
    public static string? ReadItemMetadata(AnalyzerConfigOptions fileOptions, string itemType, string metadataName) =>
        fileOptions.TryGetValue(BuildMetadataPrefix + itemType + "." + metadataName, out var value) && !string.IsNullOrWhiteSpace(value)
            ? value.Trim()
            : null;

    /// <summary><c>secret_analyzers.id_prefix</c> → <c>build_property.SecretAnalyzersIdPrefix</c>.</summary>
    internal static string? ToBuildProperty(string key)
    {
        if (!key.StartsWith(OptionKeys.Prefix, StringComparison.Ordinal) || key.Length == OptionKeys.Prefix.Length)
        {
            return null;
        }

        var builder = new StringBuilder(BuildPropertyPrefix + "SecretAnalyzers");
        var upper = true;
        for (var i = OptionKeys.Prefix.Length; i < key.Length; i++)
        {
            var c = key[i];
            if (c == '_')
            {
                upper = true;
                continue;
            }

            builder.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }

        return builder.ToString();
    }
}
