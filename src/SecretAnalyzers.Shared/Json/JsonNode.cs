using System.Collections.Generic;

namespace SecretAnalyzers.Json;

/// <summary>
/// A node of a JSON-with-comments document. Offsets point into the original text so that diagnostics can be located
/// and the writer can edit the text without reformatting it.
/// </summary>
internal abstract class JsonNode
{
    protected JsonNode(int start, int end)
    {
        Start = start;
        End = end;
    }

    /// <summary>Offset of the node's first character.</summary>
    public int Start { get; }

    /// <summary>Offset just past the node's last character.</summary>
    public int End { get; }

    public int Length => End - Start;

    /// <summary>The JSON type as a user reads it in a message ("an object", "a string").</summary>
    public abstract string KindDescription { get; }
}

internal sealed class JsonObject : JsonNode
{
    public JsonObject(int start, int end, IReadOnlyList<JsonProperty> properties)
        : base(start, end)
    {
        Properties = properties;
    }

    /// <summary>Properties in document order; duplicates are kept so the parser can report them.</summary>
    public IReadOnlyList<JsonProperty> Properties { get; }

    public override string KindDescription => "an object";

    /// <summary>The first property with that exact name.</summary>
    public JsonProperty? Find(string name)
    {
        foreach (var property in Properties)
        {
            if (property.Name == name)
            {
                return property;
            }
        }

        return null;
    }
}

internal sealed class JsonArray : JsonNode
{
    public JsonArray(int start, int end, IReadOnlyList<JsonNode> items)
        : base(start, end)
    {
        Items = items;
    }

    public IReadOnlyList<JsonNode> Items { get; }

    public override string KindDescription => "an array";
}

internal sealed class JsonString : JsonNode
{
    public JsonString(int start, int end, string value, bool isVerbatim = true)
        : base(start, end)
    {
        Value = value;
        IsVerbatim = isVerbatim;
    }

    /// <summary>The unescaped value.</summary>
    public string Value { get; }

    /// <summary>
    /// Whether the text between the quotes equals <see cref="Value"/> (no escapes), so an offset inside the value is
    /// also an offset inside the file.
    /// </summary>
    public bool IsVerbatim { get; }

    /// <summary>Offset of the value's first character, just inside the opening quote.</summary>
    public int ContentStart => Start + 1;

    /// <summary>Length of the raw text between the quotes.</summary>
    public int ContentLength => Length - 2;

    public override string KindDescription => "a string";
}

internal sealed class JsonNumber : JsonNode
{
    public JsonNumber(int start, int end, string text)
        : base(start, end)
    {
        Text = text;
    }

    /// <summary>The number as written.</summary>
    public string Text { get; }

    public override string KindDescription => "a number";
}

internal sealed class JsonBoolean : JsonNode
{
    public JsonBoolean(int start, int end, bool value)
        : base(start, end)
    {
        Value = value;
    }

    public bool Value { get; }

    public override string KindDescription => "a boolean";
}

internal sealed class JsonNull : JsonNode
{
    public JsonNull(int start, int end)
        : base(start, end)
    {
    }

    public override string KindDescription => "null";
}

/// <summary>One <c>"name": value</c> pair of an object.</summary>
internal sealed class JsonProperty
{
    public JsonProperty(JsonString name, JsonNode value)
    {
        NameNode = name;
        Value = value;
    }

    public JsonString NameNode { get; }

    public string Name => NameNode.Value;

    public JsonNode Value { get; }
}
