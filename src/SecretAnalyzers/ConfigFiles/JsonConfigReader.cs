using System.Collections.Generic;
using System.Globalization;
using SecretAnalyzers.Json;

namespace SecretAnalyzers.ConfigFiles;

/// <summary>
/// The string values of a JSON configuration file (appsettings.json) with the keys IConfiguration gives them:
/// nested objects joined with ':', array elements by index. Reads with the shared reader's tolerant mode: comments and
/// trailing commas are allowed, and a syntax error ends the read with what was read before it; it never throws.
/// </summary>
internal static class JsonConfigReader
{
    public static IReadOnlyList<ConfigEntry> Read(string text)
    {
        var entries = new List<ConfigEntry>();
        var root = JsonDocumentReader.ParseTolerant(text).Root;
        if (root is not null)
        {
            Flatten(root, prefix: null, entries);
        }

        return entries;
    }

    private static void Flatten(JsonNode node, string? prefix, List<ConfigEntry> entries)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var property in obj.Properties)
                {
                    Flatten(property.Value, Join(prefix, property.Name), entries);
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Items.Count; i++)
                {
                    Flatten(array.Items[i], Join(prefix, i.ToString(CultureInfo.InvariantCulture)), entries);
                }

                break;
            case JsonString value when prefix is not null:
                entries.Add(new ConfigEntry(prefix, value.Value, value.ContentStart, value.ContentLength, value.IsVerbatim));
                break;
        }
    }

    private static string Join(string? prefix, string key) => prefix is null ? key : prefix + ":" + key;
}
