namespace SecretAnalyzers.Runtime.Caching;

/// <summary>An immutable cached value with its timings (milliseconds on the cache's clock).</summary>
internal sealed class CacheSnapshot
{
    public CacheSnapshot(SecretValue value, long refreshAtMs, long expiresAtMs, long staleUntilMs, CacheSnapshot? origin)
    {
        Value = value;
        RefreshAtMs = refreshAtMs;
        ExpiresAtMs = expiresAtMs;
        StaleUntilMs = staleUntilMs;
        Origin = origin;
    }

    public SecretValue Value { get; }

    /// <summary>From here on a read starts a background refresh (refresh-ahead, jittered).</summary>
    public long RefreshAtMs { get; }

    /// <summary>From here on a read waits for the backend.</summary>
    public long ExpiresAtMs { get; }

    /// <summary>Until here the value may still be served when the backend fails.</summary>
    public long StaleUntilMs { get; }

    /// <summary>For a JSON field: the document snapshot the field was extracted from.</summary>
    public CacheSnapshot? Origin { get; }
}
