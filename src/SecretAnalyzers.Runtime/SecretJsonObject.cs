using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using System.Xml;

namespace SecretAnalyzers.Runtime;

/// <summary>
/// The top-level fields of a JSON secret. Field names match exactly first, then ignoring case. Numbers, booleans
/// and durations are also accepted when written as JSON strings (<c>"5432"</c>). Errors are
/// <see cref="SecretFormatException"/>s naming the secret and the field, never the value.
/// </summary>
public sealed class SecretJsonObject
{
    private readonly SecretReference _reference;
    private readonly Dictionary<string, SecretJsonField> _fields;

    internal SecretJsonObject(SecretReference reference, Dictionary<string, SecretJsonField> fields)
    {
        _reference = reference;
        _fields = fields;
    }

    internal SecretReference Reference => _reference;

    /// <summary>The field names, in no particular order.</summary>
    public IEnumerable<string> Names => _fields.Keys;

    /// <summary>Whether the field exists and is not JSON <c>null</c>.</summary>
    public bool Has(string name) => TryGetField(name, out var field) && field.Text is not null;

    /// <summary>The field as text: strings unquoted, numbers and booleans as written, objects and arrays as JSON.</summary>
    public string GetString(string name) => Require(name).Text!;

    /// <summary>The field as text, or null when it is missing or JSON <c>null</c>.</summary>
    public string? GetStringOrNull(string name) => TryGetField(name, out var field) ? field.Text : null;

    /// <summary>The field as a 32-bit integer.</summary>
    public int GetInt32(string name) =>
        int.TryParse(RequireScalar(name, JsonValueKind.Number), NumberStyles.Integer, CultureInfo.InvariantCulture, out var result)
            ? result
            : throw Invalid(name, "a 32-bit integer");

    /// <summary>The field as a 64-bit integer.</summary>
    public long GetInt64(string name) =>
        long.TryParse(RequireScalar(name, JsonValueKind.Number), NumberStyles.Integer, CultureInfo.InvariantCulture, out var result)
            ? result
            : throw Invalid(name, "a 64-bit integer");

    /// <summary>The field as a number.</summary>
    public double GetDouble(string name) =>
        double.TryParse(RequireScalar(name, JsonValueKind.Number), NumberStyles.Float, CultureInfo.InvariantCulture, out var result)
            ? result
            : throw Invalid(name, "a number");

    /// <summary>The field as a boolean (<c>true</c>/<c>false</c>, or the strings <c>"true"</c>/<c>"false"</c> in any case).</summary>
    public bool GetBoolean(string name)
    {
        var field = Require(name);
        if (field.Kind is JsonValueKind.True or JsonValueKind.False)
        {
            return field.Kind == JsonValueKind.True;
        }

        return field.Kind == JsonValueKind.String && bool.TryParse(field.Text!.Trim(), out var result)
            ? result
            : throw Invalid(name, "a boolean");
    }

    /// <summary>The field as an absolute URI.</summary>
    public Uri GetUri(string name) =>
        Uri.TryCreate(RequireScalar(name, JsonValueKind.String), UriKind.Absolute, out var result)
            ? result
            : throw Invalid(name, "an absolute URI");

    /// <summary>
    /// The field as a duration: a number of seconds (<c>30</c>), a .NET time span (<c>"00:05:00"</c>,
    /// <c>"1.02:00:00"</c>) or an ISO 8601 duration (<c>"PT5M"</c>).
    /// </summary>
    public TimeSpan GetTimeSpan(string name)
    {
        var field = Require(name);
        var text = field.Text!.Trim();
        if (field.Kind == JsonValueKind.Number)
        {
            return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds)
                   && !double.IsInfinity(seconds) && Math.Abs(seconds) < TimeSpan.MaxValue.TotalSeconds
                ? TimeSpan.FromSeconds(seconds)
                : throw Invalid(name, "a duration");
        }

        if (field.Kind == JsonValueKind.String)
        {
            if (TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var span))
            {
                return span;
            }

            if (text.StartsWith("P", StringComparison.OrdinalIgnoreCase) || text.StartsWith("-P", StringComparison.OrdinalIgnoreCase))
            {
                try
                {
                    return XmlConvert.ToTimeSpan(text.ToUpperInvariant());
                }
                catch (FormatException)
                {
                    // The message would quote the value; fall through to our own.
                }
                catch (OverflowException)
                {
                }
            }
        }

        throw Invalid(name, "a duration");
    }

    internal bool TryGetField(string name, out SecretJsonField field)
    {
        if (name is null)
        {
            throw new ArgumentNullException(nameof(name));
        }

        if (_fields.TryGetValue(name, out field))
        {
            return true;
        }

        var found = false;
        foreach (var pair in _fields)
        {
            if (string.Equals(pair.Key, name, StringComparison.OrdinalIgnoreCase))
            {
                if (found)
                {
                    // Two fields differ only by case: refuse to guess.
                    field = default;
                    return false;
                }

                field = pair.Value;
                found = true;
            }
        }

        return found;
    }

    private SecretJsonField Require(string name)
    {
        if (!TryGetField(name, out var field))
        {
            throw new SecretFormatException(_reference, "the JSON field '" + name + "' is missing.");
        }

        if (field.Text is null)
        {
            throw new SecretFormatException(_reference, "the JSON field '" + name + "' is null.");
        }

        return field;
    }

    private string RequireScalar(string name, JsonValueKind expected)
    {
        var field = Require(name);
        if (field.Kind == expected || field.Kind == JsonValueKind.String)
        {
            return field.Text!.Trim();
        }

        throw new SecretFormatException(_reference, "the JSON field '" + name + "' is a " + field.Kind + ", not a " + expected + ".");
    }

    private SecretFormatException Invalid(string name, string expected) =>
        new(_reference, "the JSON field '" + name + "' is not " + expected + ".");
}

/// <summary>One top-level JSON field: its kind and its text (null for JSON null).</summary>
internal readonly struct SecretJsonField
{
    public SecretJsonField(JsonValueKind kind, string? text)
    {
        Kind = kind;
        Text = text;
    }

    public JsonValueKind Kind { get; }

    public string? Text { get; }
}
