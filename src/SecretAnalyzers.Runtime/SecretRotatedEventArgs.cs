using System;

namespace SecretAnalyzers.Runtime;

/// <summary>A cached secret was replaced by a new version (rotation). Carries version ids, never values.</summary>
public sealed class SecretRotatedEventArgs : EventArgs
{
    /// <summary>Creates the arguments.</summary>
    public SecretRotatedEventArgs(SecretReference reference, string? previousVersionId, string? versionId)
    {
        Reference = reference ?? throw new ArgumentNullException(nameof(reference));
        PreviousVersionId = previousVersionId;
        VersionId = versionId;
    }

    /// <summary>The document that rotated (without a JSON key: every field of it may have changed).</summary>
    public SecretReference Reference { get; }

    /// <summary>The version id of the value that was replaced, when the store reports versions.</summary>
    public string? PreviousVersionId { get; }

    /// <summary>The version id of the new value, when the store reports versions.</summary>
    public string? VersionId { get; }
}
