using System;

namespace SecretAnalyzers.Runtime.Caching;

/// <summary>
/// When a value is refreshed, expires and stops being served, and when a failed read may be retried: the cache's
/// options in milliseconds on its clock, with jitter so that instances and secrets do not act in step.
/// </summary>
internal sealed class CacheTimings
{
    private readonly long _defaultTtlMs;
    private readonly long _staleGraceMs;
    private readonly double _refreshAheadRatio;
    private readonly double _jitterRatio;

    public CacheTimings(SecretCacheOptions options)
    {
        _defaultTtlMs = ToMs(options.DefaultTtl);
        _staleGraceMs = ToMs(options.StaleGracePeriod);
        ErrorRetryMs = ToMs(options.ErrorRetryInterval);
        _refreshAheadRatio = options.RefreshAheadRatio;
        _jitterRatio = options.RefreshJitterRatio;
    }

    public long ErrorRetryMs { get; }

    /// <summary>
    /// The timings of a value whose read started at <paramref name="readStartedAtMs"/>. A value's age counts from when
    /// its read started: a reply delayed by the network, the store's retries or a starved thread pool carries what was
    /// current then, and must not be served for a full TTL + grace after it arrived.
    /// </summary>
    public CacheSnapshot NewSnapshot(SecretReference reference, SecretValue value, long readStartedAtMs)
    {
        var ttlMs = reference.Ttl is { } ttl ? ToMs(ttl) : _defaultTtlMs;
        var expiresAt = readStartedAtMs + ttlMs;
        var refreshAt = expiresAt
            - (long)(ttlMs * _refreshAheadRatio)
            - (long)(ttlMs * _jitterRatio * Jitter.NextFraction());
        return new CacheSnapshot(value, Math.Max(readStartedAtMs, refreshAt), expiresAt, expiresAt + _staleGraceMs, origin: null);
    }

    /// <summary>
    /// When a read that failed at <paramref name="nowMs"/> may ask the store again: after the retry interval, shortened by
    /// up to the jitter ratio so that instances do not retry together.
    /// </summary>
    public long RetryAtMs(long nowMs) => nowMs + ErrorRetryMs - (long)(ErrorRetryMs * _jitterRatio * Jitter.NextFraction());

    public static long ToMs(TimeSpan span) => span >= TimeSpan.FromDays(36500) ? long.MaxValue / 4 : (long)span.TotalMilliseconds;
}
