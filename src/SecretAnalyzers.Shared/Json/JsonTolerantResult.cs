namespace SecretAnalyzers.Json;

/// <summary>What <see cref="JsonDocumentReader.ParseTolerant"/> could read, and the first error that ended the read.</summary>
internal readonly struct JsonTolerantResult
{
    public JsonTolerantResult(JsonNode? root, JsonSyntaxException? error)
    {
        Root = root;
        Error = error;
    }

    /// <summary>The document, possibly cut short at <see cref="Error"/>; null when no value could be read.</summary>
    public JsonNode? Root { get; }

    /// <summary>The first syntax error, or null for a valid document.</summary>
    public JsonSyntaxException? Error { get; }
}
