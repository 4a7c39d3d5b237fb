using System;
using System.Diagnostics.Metrics;

namespace SecretAnalyzers.Runtime;

/// <summary>How a <see cref="SecretCache"/> keeps values.</summary>
public sealed class SecretCacheOptions
{
    /// <summary>How long a fetched value is served from cache when the reference sets no <see cref="SecretReference.Ttl"/>. Default 5 minutes.</summary>
    public TimeSpan DefaultTtl { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// The last part of the TTL (as a fraction, 0 to 1) during which a read still returns the cached value but starts a
    /// background refresh, so that callers rarely wait for the backend. Default 0.2 (refresh after 80% of the TTL).
    /// </summary>
    public double RefreshAheadRatio { get; set; } = 0.2;

    /// <summary>
    /// A random part of the TTL (fraction, 0 to 1) subtracted from each entry's refresh time so that many instances,
    /// or many secrets loaded together, do not refresh at the same instant. Default 0.1.
    /// </summary>
    public double RefreshJitterRatio { get; set; } = 0.1;

    /// <summary>
    /// How long after expiry an old value may still be served when the backend is unavailable or throttling
    /// (stale-on-error). <see cref="TimeSpan.Zero"/> disables it. Default 15 minutes.
    /// </summary>
    public TimeSpan StaleGracePeriod { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// While a stale value is being served because the store fails, how long to wait before asking the store again;
    /// reads in between get the stale value at once instead of each waiting for another failing call. Default 10 seconds.
    /// </summary>
    public TimeSpan ErrorRetryInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The most entries (documents plus extracted JSON fields) kept; least recently used ones are evicted. Default 10,000.</summary>
    public int MaxEntries { get; set; } = 10_000;

    /// <summary>The longest one backend read may take before it fails as unavailable; null leaves it to the store. Default 30 seconds.</summary>
    public TimeSpan? FetchTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How many batches <see cref="SecretCache.PreloadAsync"/> reads at the same time. Default 4. With many instances
    /// starting together, the account's rate limit (Parameter Store: 40 calls/s by default) is shared by all of them.
    /// </summary>
    public int PreloadConcurrency { get; set; } = 4;

    /// <summary>How many secrets one preload batch asks the store for (the store may split it further). Default 50.</summary>
    public int PreloadBatchSize { get; set; } = 50;

    /// <summary>
    /// Each preload batch first waits a random delay between zero and this, so that a fleet starting at once spreads
    /// its reads. Default zero; set it to about (instances × batches) / (the account's calls per second), for example
    /// 5 seconds for 200 instances with one batch each against Parameter Store's default 40 calls/s.
    /// </summary>
    public TimeSpan PreloadJitter { get; set; } = TimeSpan.Zero;

    /// <summary>Creates the cache's <see cref="Meter"/> (named <c>SecretAnalyzers.Runtime</c>); null creates a plain one.</summary>
    public IMeterFactory? MeterFactory { get; set; }

    private static readonly TimeSpan MaxFetchTimeout = TimeSpan.FromMilliseconds(int.MaxValue - 1);
    private static readonly TimeSpan MaxPreloadJitter = TimeSpan.FromHours(1);

    internal SecretCacheOptions Validated()
    {
        if (DefaultTtl < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(DefaultTtl), "The TTL must not be negative.");
        }

        if (RefreshAheadRatio is < 0 or > 1 || double.IsNaN(RefreshAheadRatio))
        {
            throw new ArgumentOutOfRangeException(nameof(RefreshAheadRatio), "The ratio must be between 0 and 1.");
        }

        if (RefreshJitterRatio is < 0 or > 1 || double.IsNaN(RefreshJitterRatio))
        {
            throw new ArgumentOutOfRangeException(nameof(RefreshJitterRatio), "The ratio must be between 0 and 1.");
        }

        if (StaleGracePeriod < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(StaleGracePeriod), "The grace period must not be negative.");
        }

        if (ErrorRetryInterval < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(ErrorRetryInterval), "The interval must not be negative.");
        }

        if (MaxEntries < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxEntries), "The cache must hold at least one entry.");
        }

        // CancelAfter accepts at most int.MaxValue - 1 ms; a larger or non-positive timeout used to throw inside the fetch
        // and leave it pending forever.
        if (FetchTimeout is { } fetchTimeout && (fetchTimeout <= TimeSpan.Zero || fetchTimeout > MaxFetchTimeout))
        {
            throw new ArgumentOutOfRangeException(nameof(FetchTimeout), "The fetch timeout must be positive and at most " + MaxFetchTimeout.TotalDays.ToString("0", System.Globalization.CultureInfo.InvariantCulture) + " days, or null.");
        }

        if (PreloadConcurrency < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(PreloadConcurrency), "At least one preload batch must run.");
        }

        if (PreloadBatchSize < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(PreloadBatchSize), "A preload batch holds at least one secret.");
        }

        if (PreloadJitter < TimeSpan.Zero || PreloadJitter > MaxPreloadJitter)
        {
            throw new ArgumentOutOfRangeException(nameof(PreloadJitter), "The preload jitter must be between zero and one hour.");
        }

        // A copy: changing the options object after the cache was built must not bypass these checks.
        return (SecretCacheOptions)MemberwiseClone();
    }
}
