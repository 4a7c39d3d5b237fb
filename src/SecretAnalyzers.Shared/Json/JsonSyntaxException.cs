using System;

namespace SecretAnalyzers.Json;

/// <summary>Raised by <see cref="JsonDocumentReader.Parse"/> at the first syntax error (located); never escapes the manifest parser.</summary>
internal sealed class JsonSyntaxException : Exception
{
    public JsonSyntaxException(string message, int position, int length)
        : base(message)
    {
        Position = position;
        Length = length;
    }

    /// <summary>Offset of the offending text.</summary>
    public int Position { get; }

    /// <summary>Length of the offending text (0 at end of input).</summary>
    public int Length { get; }
}
