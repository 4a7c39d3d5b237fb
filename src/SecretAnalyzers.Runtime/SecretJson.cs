using System;
using System.Collections.Generic;
using System.Text.Json;

namespace SecretAnalyzers.Runtime;

/// <summary>
/// Reads JSON secrets such as <c>{"username":"app","password":"…","port":5432}</c> (the shape Secrets Manager uses
/// for database credentials). Errors name the secret and the field, never the content.
/// </summary>
public static class SecretJson
{
    private static readonly JsonDocumentOptions s_options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    /// <summary>Parses <paramref name="value"/> as a JSON object.</summary>
    /// <param name="reference">The secret the value belongs to (named in errors).</param>
    /// <param name="value">The secret's value.</param>
    /// <exception cref="SecretFormatException">The value is not a JSON object.</exception>
    public static SecretJsonObject Parse(SecretReference reference, SecretValue value)
    {
        if (reference is null)
        {
            throw new ArgumentNullException(nameof(reference));
        }

        if (value is null)
        {
            throw new ArgumentNullException(nameof(value));
        }

        // The cache hands out the same SecretValue until the secret changes, so the parse is done once per version.
        if (value.ParsedJson is { } parsed && parsed.Reference.Equals(reference))
        {
            return parsed;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(value.Reveal(), s_options);
        }
        catch (JsonException ex)
        {
            // The JsonException message quotes the offending character, so it is not chained: only its position is kept.
            throw new SecretFormatException(
                reference,
                "the value is not valid JSON (line " + (ex.LineNumber + 1) + ", position " + (ex.BytePositionInLine + 1) + ").");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new SecretFormatException(reference, "the value is JSON but not an object (it is " + document.RootElement.ValueKind + ").");
            }

            var fields = new Dictionary<string, SecretJsonField>(StringComparer.Ordinal);
            foreach (var property in document.RootElement.EnumerateObject())
            {
                var element = property.Value;
                var text = element.ValueKind switch
                {
                    JsonValueKind.String => element.GetString()!,
                    JsonValueKind.Null => null,
                    _ => element.GetRawText(),
                };
                fields[property.Name] = new SecretJsonField(element.ValueKind, text);
            }

            var result = new SecretJsonObject(reference, fields);
            value.ParsedJson = result;
            return result;
        }
    }

    /// <summary>
    /// The text of one top-level field, as the cache returns it for a reference with a JSON key: strings unquoted,
    /// numbers and booleans as written, objects and arrays as JSON.
    /// </summary>
    /// <exception cref="SecretNotFoundException">The field is not in the document (or is null).</exception>
    /// <exception cref="SecretFormatException">The value is not a JSON object.</exception>
    internal static SecretValue ExtractField(SecretReference fieldReference, SecretValue document)
    {
        var documentReference = fieldReference.WithoutJsonKey();
        var json = Parse(documentReference, document);
        var key = fieldReference.JsonKey!;
        if (!json.TryGetField(key, out var field) || field.Text is null)
        {
            throw new SecretNotFoundException(fieldReference, "the JSON document has no field '" + key + "'.");
        }

        return new SecretValue(field.Text, document.VersionId);
    }
}
