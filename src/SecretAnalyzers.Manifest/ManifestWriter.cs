using System;
using System.Collections.Generic;
using System.Text;
using SecretAnalyzers.Json;
using SecretAnalyzers.Text;

namespace SecretAnalyzers.Manifest;

/// <summary>
/// Creates manifests and appends entries to them as minimal text edits: everything already in the file (comments,
/// order, indentation, line endings, trailing commas) is kept byte for byte.
/// </summary>
internal static class ManifestWriter
{
    public const string SchemaUri = "https://raw.githubusercontent.com/secretanalyzers/secretanalyzers/main/schema/secrets.manifest.schema.json";

    /// <summary>The text of a new manifest with no secrets.</summary>
    public static string CreateNew(string className, string? @namespace) => CreateNew(className, @namespace, idPrefix: null);

    /// <summary>The text of a new manifest with no secrets and, when given, <c>defaults.idPrefix</c>.</summary>
    public static string CreateNew(string className, string? @namespace, string? idPrefix)
    {
        if (!ManifestNames.IsValidTypeName(className))
        {
            throw new ArgumentException("'" + className + "' is not a valid C# class name.", nameof(className));
        }

        if (@namespace is not null && !ManifestNames.IsValidNamespace(@namespace))
        {
            throw new ArgumentException("'" + @namespace + "' is not a valid C# namespace.", nameof(@namespace));
        }

        var builder = new StringBuilder();
        builder.Append("{\n");
        builder.Append("  \"$schema\": ").Append(Quote(SchemaUri)).Append(",\n");
        builder.Append("  \"className\": ").Append(Quote(className)).Append(",\n");
        if (@namespace is not null)
        {
            builder.Append("  \"namespace\": ").Append(Quote(@namespace)).Append(",\n");
        }

        if (!string.IsNullOrEmpty(idPrefix))
        {
            builder.Append("  \"defaults\": { \"idPrefix\": ").Append(Quote(idPrefix!)).Append(" },\n");
        }

        builder.Append("  \"secrets\": {}\n");
        builder.Append("}\n");
        return builder.ToString();
    }

    /// <summary>Appends <paramref name="entry"/> to the manifest's <c>secrets</c> (creating that object if needed).</summary>
    /// <exception cref="ArgumentException">The entry is invalid or its name is already declared.</exception>
    /// <exception cref="ManifestFormatException">The text is not a manifest that can be edited.</exception>
    public static string AddSecret(string manifestText, ManifestSecretEntryToAdd entry)
    {
        ValidateEntry(entry);
        if (string.IsNullOrWhiteSpace(manifestText))
        {
            manifestText = CreateNew(ManifestNames.DefaultClassName, null);
        }

        var root = ParseRoot(manifestText);
        var layout = new Layout(manifestText, root);
        var secrets = root.Find(ManifestFormat.Secrets);
        if (secrets is null)
        {
            return InsertProperty(manifestText, root, layout, ManifestFormat.Secrets, indent => RenderSecretsObject(entry, indent, layout));
        }

        if (secrets.Value is not JsonObject secretsObject)
        {
            throw new ManifestFormatException("'secrets' must be an object (" + Position(manifestText, secrets.Value.Start) + ").");
        }

        if (secretsObject.Find(entry.Name) is not null)
        {
            throw new ArgumentException("A secret named '" + entry.Name + "' is already declared.", nameof(entry));
        }

        var singleLine = secretsObject.Properties.Count > 0
            && secretsObject.Properties[secretsObject.Properties.Count - 1].Value is JsonObject last
            && !ContainsLineBreak(manifestText, last.Start, last.End);
        return InsertProperty(manifestText, secretsObject, layout, entry.Name, indent => RenderEntry(entry, indent, layout, singleLine));
    }

    /// <summary>Like <see cref="AddSecret"/> but reports failure instead of throwing.</summary>
    public static bool TryAddSecret(string manifestText, ManifestSecretEntryToAdd entry, out string newText, out string? error)
    {
        try
        {
            newText = AddSecret(manifestText, entry);
            error = null;
            return true;
        }
        catch (Exception exception) when (exception is ArgumentException or FormatException)
        {
            newText = manifestText;
            error = exception.Message;
            return false;
        }
    }

    /// <summary>The names declared under <c>secrets</c> (valid or not), so a fix can pick a free one; empty when unreadable.</summary>
    public static ISet<string> ReadSecretNames(string manifestText)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            if (JsonDocumentReader.Parse(manifestText ?? string.Empty) is JsonObject root
                && root.Find(ManifestFormat.Secrets)?.Value is JsonObject secrets)
            {
                foreach (var property in secrets.Properties)
                {
                    names.Add(property.Name);
                }
            }
        }
        catch (JsonSyntaxException)
        {
            // An unreadable manifest declares nothing usable.
        }

        return names;
    }

    /// <summary>The name of an existing secret with the same source, id (after the id prefix) and JSON key, if any.</summary>
    public static string? FindSecretName(string manifestText, string source, string id, string? jsonKey)
    {
        if (!ManifestFormat.TryParseSource(source, out var parsedSource))
        {
            return null;
        }

        var model = ManifestParser.Parse(manifestText ?? string.Empty, string.Empty).Model;
        if (model is null)
        {
            return null;
        }

        // The entry's id is written without the manifest's idPrefix, which the parsed model has already applied.
        var prefix = ReadIdPrefix(manifestText!);
        foreach (var secret in model.Secrets)
        {
            if (secret.Source == parsedSource && secret.JsonKey == jsonKey && !secret.IsTyped
                && (secret.Id == id || (prefix.Length > 0 && secret.Id == prefix + id)))
            {
                return secret.Name;
            }
        }

        return null;
    }

    /// <summary>
    /// The manifest's <c>defaults.idPrefix</c> as written (the generator puts it in front of ids that do not start
    /// with <c>/</c> or <c>arn:</c>); empty when there is none or the text is unreadable.
    /// </summary>
    public static string ReadIdPrefix(string manifestText)
    {
        try
        {
            return ((JsonDocumentReader.Parse(manifestText ?? string.Empty) as JsonObject)?.Find(ManifestFormat.Defaults)?.Value as JsonObject)
                ?.Find(ManifestFormat.IdPrefix)?.Value is JsonString prefix ? prefix.Value : string.Empty;
        }
        catch (JsonSyntaxException)
        {
            return string.Empty;
        }
    }

    private static void ValidateEntry(ManifestSecretEntryToAdd entry)
    {
        if (entry is null)
        {
            throw new ArgumentNullException(nameof(entry));
        }

        if (!ManifestNames.IsValidIdentifier(entry.Name))
        {
            throw new ArgumentException("'" + entry.Name + "' is not a valid C# identifier.", nameof(entry));
        }

        if (!ManifestFormat.TryParseSource(entry.Source ?? string.Empty, out _))
        {
            throw new ArgumentException("The source must be 'secretsmanager' or 'parameterstore'.", nameof(entry));
        }

        if (string.IsNullOrWhiteSpace(entry.Id))
        {
            throw new ArgumentException("The secret id must not be empty.", nameof(entry));
        }
    }

    private static JsonObject ParseRoot(string text)
    {
        JsonNode root;
        try
        {
            root = JsonDocumentReader.Parse(text);
        }
        catch (JsonSyntaxException exception)
        {
            throw new ManifestFormatException("The manifest is not valid JSON (" + Position(text, exception.Position) + "): " + exception.Message + ".");
        }

        return root as JsonObject ?? throw new ManifestFormatException("The manifest's root must be an object.");
    }

    private static string InsertProperty(string text, JsonObject target, Layout layout, string key, Func<string, string> renderValue)
    {
        var closeBrace = target.End - 1;
        var ownerIndent = LineIndent(text, target.Start);
        if (target.Properties.Count == 0)
        {
            var entryIndent = ownerIndent + layout.Unit;
            var property = Quote(key) + ": " + renderValue(entryIndent);
            if (IsWhitespace(text, target.Start + 1, closeBrace))
            {
                return Replace(text, target.Start + 1, closeBrace, layout.NewLine + entryIndent + property + layout.NewLine + ownerIndent);
            }

            if (StartsOwnLine(text, closeBrace))
            {
                var lineStart = LineStart(text, closeBrace);
                return Replace(text, lineStart, lineStart, entryIndent + property + layout.NewLine);
            }

            return Replace(text, closeBrace, closeBrace, layout.NewLine + entryIndent + property + layout.NewLine + ownerIndent);
        }

        var last = target.Properties[target.Properties.Count - 1];
        var afterValue = last.Value.End;
        var position = SkipInline(text, afterValue, out var hasComma);
        if (StartsOwnLine(text, last.NameNode.Start) && (position >= text.Length || text[position] == '\r' || text[position] == '\n'))
        {
            // One property per line: the new one goes on its own line after the last one (after any comment on that line).
            var indent = LineIndent(text, last.NameNode.Start);
            var property = Quote(key) + ": " + renderValue(indent);
            var withEntry = Replace(text, position, position, layout.NewLine + indent + property + (hasComma ? "," : string.Empty));
            return hasComma ? withEntry : Replace(withEntry, afterValue, afterValue, ",");
        }

        // Properties share a line: keep it that way.
        var inline = Quote(key) + ": " + renderValue(string.Empty);
        if (hasComma)
        {
            var comma = text.IndexOf(',', afterValue);
            return Replace(text, comma + 1, comma + 1, " " + inline + ",");
        }

        return Replace(text, afterValue, afterValue, ", " + inline);
    }

    private static string RenderEntry(ManifestSecretEntryToAdd entry, string indent, Layout layout, bool singleLine)
    {
        var members = new List<string>
        {
            Quote(ManifestFormat.Source) + ": " + Quote(entry.Source.Trim().ToLowerInvariant()),
            Quote(ManifestFormat.Id) + ": " + Quote(entry.Id.Trim()),
        };
        if (!string.IsNullOrEmpty(entry.JsonKey))
        {
            members.Add(Quote(ManifestFormat.JsonKey) + ": " + Quote(entry.JsonKey!));
        }

        if (!string.IsNullOrEmpty(entry.Description))
        {
            members.Add(Quote(ManifestFormat.Description) + ": " + Quote(entry.Description!));
        }

        if (singleLine || indent.Length == 0 && layout.Unit.Length == 0)
        {
            return "{ " + string.Join(", ", members) + " }";
        }

        var inner = indent + layout.Unit;
        return "{" + layout.NewLine + inner + string.Join("," + layout.NewLine + inner, members) + layout.NewLine + indent + "}";
    }

    private static string RenderSecretsObject(ManifestSecretEntryToAdd entry, string indent, Layout layout)
    {
        var inner = indent + layout.Unit;
        return "{" + layout.NewLine + inner + Quote(entry.Name) + ": " + RenderEntry(entry, inner, layout, singleLine: false) + layout.NewLine + indent + "}";
    }

    /// <summary>Skips spaces, a comma and comments up to the end of the line.</summary>
    private static int SkipInline(string text, int position, out bool hasComma)
    {
        hasComma = false;
        while (position < text.Length)
        {
            var c = text[position];
            if (c == ' ' || c == '\t')
            {
                position++;
            }
            else if (c == ',' && !hasComma)
            {
                hasComma = true;
                position++;
            }
            else if (c == '/' && position + 1 < text.Length && text[position + 1] == '/')
            {
                while (position < text.Length && text[position] != '\r' && text[position] != '\n')
                {
                    position++;
                }
            }
            else if (c == '/' && position + 1 < text.Length && text[position + 1] == '*')
            {
                var end = text.IndexOf("*/", position + 2, StringComparison.Ordinal);
                if (end < 0 || ContainsLineBreak(text, position, end))
                {
                    return position;
                }

                position = end + 2;
            }
            else
            {
                return position;
            }
        }

        return position;
    }

    private static string Replace(string text, int start, int end, string replacement) =>
        text.Substring(0, start) + replacement + text.Substring(end);

    private static int LineStart(string text, int position)
    {
        while (position > 0 && text[position - 1] != '\n' && text[position - 1] != '\r')
        {
            position--;
        }

        return position;
    }

    private static string LineIndent(string text, int position)
    {
        var start = LineStart(text, position);
        var end = start;
        while (end < text.Length && (text[end] == ' ' || text[end] == '\t'))
        {
            end++;
        }

        return text.Substring(start, end - start);
    }

    private static bool StartsOwnLine(string text, int position) => IsWhitespace(text, LineStart(text, position), position);

    private static bool IsWhitespace(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool ContainsLineBreak(string text, int start, int end) =>
        text.IndexOf('\n', start, end - start) >= 0 || text.IndexOf('\r', start, end - start) >= 0;

    private static string Position(string text, int offset)
    {
        var position = new LineTable(text).GetPosition(offset);
        return "line " + (position.Line + 1) + ", column " + (position.Character + 1);
    }

    /// <summary>A JSON string literal.</summary>
    internal static string Quote(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (c < ' ' || c == '\u2028' || c == '\u2029')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>The file's own conventions: its line ending and one level of indentation.</summary>
    private sealed class Layout
    {
        public Layout(string text, JsonObject root)
        {
            NewLine = text.IndexOf("\r\n", StringComparison.Ordinal) >= 0 ? "\r\n" : "\n";
            Unit = "  ";
            foreach (var property in root.Properties)
            {
                if (StartsOwnLine(text, property.NameNode.Start))
                {
                    var rootIndent = LineIndent(text, root.Start);
                    var propertyIndent = LineIndent(text, property.NameNode.Start);
                    if (propertyIndent.Length > rootIndent.Length && propertyIndent.StartsWith(rootIndent, StringComparison.Ordinal))
                    {
                        Unit = propertyIndent.Substring(rootIndent.Length);
                    }

                    break;
                }
            }
        }

        public string NewLine { get; }

        public string Unit { get; }
    }
}
