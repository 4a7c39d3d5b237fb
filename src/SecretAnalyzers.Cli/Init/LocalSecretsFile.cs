using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using SecretAnalyzers.Manifest;
using SecretAnalyzers.Json;

namespace SecretAnalyzers.Cli.Init;

/// <summary>
/// The skeleton of <c>secrets.local.json</c>: one key per secret id of the manifest, with an empty value for the
/// developer to fill. An existing file only gains the ids it lacks; no value is ever read out or rewritten.
/// </summary>
internal static class LocalSecretsFile
{
    public const string FileName = "secrets.local.json";

    /// <returns>The ids added (all of them for a new file).</returns>
    /// <exception cref="InvalidDataException">The existing file is not a JSON object: it is left as it is.</exception>
    public static IReadOnlyList<string> Write(string path, ManifestModel? model, out bool created)
    {
        var entries = Entries(model);
        created = !File.Exists(path);
        if (created)
        {
            File.WriteAllText(path, Render(entries));
            return entries.Select(e => e.Id).ToList();
        }

        var text = File.ReadAllText(path);
        JsonObject root;
        try
        {
            root = JsonDocumentReader.Parse(text) as JsonObject
                ?? throw new InvalidDataException($"'{path}' is not a JSON object; it was left unchanged.");
        }
        catch (JsonSyntaxException)
        {
            throw new InvalidDataException($"'{path}' is not valid JSON; it was left unchanged.");
        }

        var missing = entries.Where(e => root.Find(e.Id) is null).ToList();
        if (missing.Count == 0)
        {
            return Array.Empty<string>();
        }

        var newLine = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var insertion = new StringBuilder();
        foreach (var entry in missing)
        {
            insertion.Append(newLine).Append("  // ").Append(entry.Names).Append(newLine)
                .Append("  ").Append(ManifestWriter.Quote(entry.Id)).Append(": ").Append(entry.EmptyValue);
            if (entry != missing[missing.Count - 1])
            {
                insertion.Append(',');
            }
        }

        // After the last value (a comma keeps the existing entries valid), else just inside the braces.
        var at = root.Properties.Count > 0 ? root.Properties[root.Properties.Count - 1].Value.End : root.Start + 1;
        var prefix = root.Properties.Count > 0 ? "," : string.Empty;
        var suffix = root.Properties.Count > 0 ? string.Empty : newLine;
        File.WriteAllText(path, text.Substring(0, at) + prefix + insertion + suffix + text.Substring(at));
        return missing.Select(e => e.Id).ToList();
    }

    private static string Render(IReadOnlyList<Entry> entries)
    {
        var builder = new StringBuilder();
        builder.Append("{\n");
        builder.Append("  // Development values for the secrets in secrets.manifest.json, keyed by secret id.\n");
        builder.Append("  // Git-ignored: never commit this file. Production reads the same ids from AWS.\n");
        for (var i = 0; i < entries.Count; i++)
        {
            builder.Append("  // ").Append(entries[i].Names).Append('\n');
            builder.Append("  ").Append(ManifestWriter.Quote(entries[i].Id)).Append(": ").Append(entries[i].EmptyValue);
            builder.Append(i < entries.Count - 1 ? ",\n" : "\n");
        }

        builder.Append("}\n");
        return builder.ToString();
    }

    /// <summary>One key per id: secrets that read fields or JSON keys of the same id share one JSON object.</summary>
    private static IReadOnlyList<Entry> Entries(ManifestModel? model)
    {
        if (model is null)
        {
            return Array.Empty<Entry>();
        }

        return model.Secrets
            .GroupBy(s => s.Id, StringComparer.Ordinal)
            .Select(group =>
            {
                var keys = group.SelectMany(s => s.IsTyped ? s.Fields.Select(f => f.JsonName) : s.JsonKey is null ? Enumerable.Empty<string>() : new[] { s.JsonKey })
                    .Distinct(StringComparer.Ordinal)
                    .ToList();
                var value = keys.Count == 0
                    ? "\"\""
                    : "{ " + string.Join(", ", keys.Select(k => ManifestWriter.Quote(k) + ": \"\"")) + " }";
                return new Entry(group.Key, string.Join(", ", group.Select(s => s.Name)), value);
            })
            .ToList();
    }

    private sealed record Entry(string Id, string Names, string EmptyValue);
}
