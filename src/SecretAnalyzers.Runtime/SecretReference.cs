using System;

namespace SecretAnalyzers.Runtime;

/// <summary>
/// Names one secret: where it lives, its id, and optionally one field of a JSON secret and a version.
/// Identity (equality, hashing, cache key) is source + id + JSON key + version id + version stage;
/// <see cref="Ttl"/> is a caching hint and not part of the identity.
/// </summary>
public sealed class SecretReference : IEquatable<SecretReference>
{
    private int _hashCode;
    private SecretReference? _withoutJsonKey;

    /// <summary>Creates a reference.</summary>
    /// <param name="source">The store the secret lives in.</param>
    /// <param name="id">Secret id or ARN (Secrets Manager) or parameter name (Parameter Store).</param>
    public SecretReference(SecretSource source, string id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new ArgumentException("A secret id must not be empty.", nameof(id));
        }

        Source = source;
        Id = id;
    }

    /// <summary>The store the secret lives in.</summary>
    public SecretSource Source { get; }

    /// <summary>Secret id/ARN or parameter name.</summary>
    public string Id { get; }

    /// <summary>For a JSON secret: the top-level property to return instead of the whole document.</summary>
    public string? JsonKey { get; init; }

    /// <summary>An exact version (Secrets Manager version id, or a Parameter Store version number).</summary>
    public string? VersionId { get; init; }

    /// <summary>A Secrets Manager staging label such as <c>AWSCURRENT</c>, <c>AWSPENDING</c> or <c>AWSPREVIOUS</c>.</summary>
    public string? VersionStage { get; init; }

    /// <summary>How long a fetched value may be served from cache; null means the cache's default.</summary>
    public TimeSpan? Ttl { get; init; }

    /// <summary>The same reference without its JSON key: what is actually fetched from the store.</summary>
    /// <remarks>Memoized, so that a cached field read does not allocate.</remarks>
    public SecretReference WithoutJsonKey()
    {
        if (JsonKey is null)
        {
            return this;
        }

        return _withoutJsonKey ??= new SecretReference(Source, Id) { VersionId = VersionId, VersionStage = VersionStage, Ttl = Ttl };
    }

    /// <summary>The same reference reading one field of the JSON document.</summary>
    public SecretReference WithJsonKey(string jsonKey) =>
        new SecretReference(Source, Id) { JsonKey = jsonKey, VersionId = VersionId, VersionStage = VersionStage, Ttl = Ttl };

    /// <inheritdoc />
    public bool Equals(SecretReference? other) =>
        ReferenceEquals(this, other)
        || other is not null
        && Source == other.Source
        && string.Equals(Id, other.Id, StringComparison.Ordinal)
        && string.Equals(JsonKey, other.JsonKey, StringComparison.Ordinal)
        && string.Equals(VersionId, other.VersionId, StringComparison.Ordinal)
        && string.Equals(VersionStage, other.VersionStage, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as SecretReference);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        // Cached: the reference is the cache key, and a fresh cached read must cost one lookup and nothing more.
        // Init-only properties are all set before anyone can hash the instance.
        var cached = _hashCode;
        if (cached != 0)
        {
            return cached;
        }

        cached = ComputeHashCode();
        _hashCode = cached == 0 ? 1 : cached;
        return _hashCode;
    }

    private int ComputeHashCode()
    {
        unchecked
        {
            var hash = (int)Source + 1;
            hash = (hash * 397) ^ StringComparer.Ordinal.GetHashCode(Id);
            hash = (hash * 397) ^ (JsonKey is null ? 0 : StringComparer.Ordinal.GetHashCode(JsonKey));
            hash = (hash * 397) ^ (VersionId is null ? 0 : StringComparer.Ordinal.GetHashCode(VersionId));
            hash = (hash * 397) ^ (VersionStage is null ? 0 : StringComparer.Ordinal.GetHashCode(VersionStage));
            return hash;
        }
    }

    /// <summary>A readable description of the reference (never a value): <c>secretsmanager:prod/db#password@AWSCURRENT</c>.</summary>
    public override string ToString()
    {
        var text = (Source == SecretSource.SecretsManager ? "secretsmanager:" : "parameterstore:") + Id;
        if (JsonKey is not null)
        {
            text += "#" + JsonKey;
        }

        if (VersionId is not null)
        {
            text += "@" + VersionId;
        }
        else if (VersionStage is not null)
        {
            text += "@" + VersionStage;
        }

        return text;
    }
}
