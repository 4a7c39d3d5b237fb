using System;
using System.Diagnostics;

namespace SecretAnalyzers.Runtime;

/// <summary>
/// A secret's plaintext. <see cref="ToString"/> and the debugger never show it: call <see cref="Reveal"/>
/// at the single place the plaintext is handed to the API that needs it.
/// </summary>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class SecretValue
{
    private readonly string _value;

    /// <summary>Wraps a plaintext value.</summary>
    /// <param name="value">The plaintext.</param>
    /// <param name="versionId">The store's version of this value, when it reports one.</param>
    public SecretValue(string value, string? versionId = null)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
        VersionId = versionId;
    }

    /// <summary>The parsed JSON of this value, kept so that cached reads of a JSON secret parse it only once.</summary>
    internal SecretJsonObject? ParsedJson { get; set; }

    /// <summary>The store's version id of this value (rotation shows up as a new version id), if known.</summary>
    public string? VersionId { get; }

    /// <summary>The plaintext. Do not log it.</summary>
    public string Reveal() => _value;

    /// <summary>Never the value: <c>SecretValue(***, 24 chars)</c>.</summary>
    public override string ToString() => "SecretValue(***, " + _value.Length + " chars)";
}
