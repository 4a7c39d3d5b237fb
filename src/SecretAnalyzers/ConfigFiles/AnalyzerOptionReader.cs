using Microsoft.CodeAnalysis.Diagnostics;

namespace SecretAnalyzers.ConfigFiles;

/// <summary>
/// Reads a <c>secret_analyzers.*</c> option for a file: its .editorconfig / global config value, else the MSBuild
/// property the package declares as compiler-visible (<c>secret_analyzers.id_prefix</c> ↔
/// <c>build_property.SecretAnalyzersIdPrefix</c>).
/// </summary>
internal static class AnalyzerOptionReader
{
    private const string Prefix = "secret_analyzers.";

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

    /// <summary><c>secret_analyzers.id_prefix</c> → <c>build_property.SecretAnalyzersIdPrefix</c>.</summary>
    internal static string? ToBuildProperty(string key)
    {
        if (!key.StartsWith(Prefix, System.StringComparison.Ordinal) || key.Length == Prefix.Length)
        {
            return null;
        }

        var builder = new System.Text.StringBuilder("build_property.SecretAnalyzers");
        var upper = true;
        for (var i = Prefix.Length; i < key.Length; i++)
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
