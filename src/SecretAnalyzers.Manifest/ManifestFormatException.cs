using System;

namespace SecretAnalyzers.Manifest;

/// <summary>The manifest text cannot be edited because it is not a readable manifest (the message says where).</summary>
internal sealed class ManifestFormatException : FormatException
{
    public ManifestFormatException(string message)
        : base(message)
    {
    }
}
