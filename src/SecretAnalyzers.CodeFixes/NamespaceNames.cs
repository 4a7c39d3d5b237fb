using System.Collections.Generic;
using System.Text;
using SecretAnalyzers.Manifest;

namespace SecretAnalyzers.CodeFixes;

/// <summary>
/// Repairs an MSBuild root namespace (<c>My-App</c>, <c>1Tool</c>) into a C# one the same way the generator does,
/// so that the fix imports the namespace the generated class is really in.
/// </summary>
internal static class NamespaceNames
{
    public static string? Sanitize(string rootNamespace)
    {
        var parts = new List<string>();
        foreach (var rawPart in rootNamespace.Split('.'))
        {
            var builder = new StringBuilder(rawPart.Length + 1);
            foreach (var c in rawPart)
            {
                builder.Append(char.IsLetterOrDigit(c) || c == '_' ? c : '_');
            }

            if (builder.Length == 0)
            {
                continue;
            }

            if (char.IsDigit(builder[0]))
            {
                builder.Insert(0, '_');
            }

            var part = builder.ToString();
            parts.Add(ManifestNames.IsValidIdentifier(part) ? part : "_" + part);
        }

        return parts.Count == 0 ? null : string.Join(".", parts);
    }
}
