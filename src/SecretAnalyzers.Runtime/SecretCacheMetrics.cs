using System;
using System.Diagnostics.Metrics;

namespace SecretAnalyzers.Runtime;

/// <summary>
/// The instruments a <see cref="SecretCache"/> publishes on the <see cref="System.Diagnostics.Metrics.Meter"/> named
/// <see cref="MeterName"/>. Counters carry no tags and never a secret's id or value.
/// </summary>
public sealed class SecretCacheMetrics : IDisposable
{
    /// <summary>The meter name to subscribe to (OpenTelemetry: <c>AddMeter("SecretAnalyzers.Runtime")</c>).</summary>
    public const string MeterName = "SecretAnalyzers.Runtime";

    private readonly bool _ownsMeter;
    private readonly Counter<long> _hits;
    private readonly Counter<long> _misses;
    private readonly Counter<long> _backendCalls;
    private readonly Counter<long> _errors;
    private readonly Counter<long> _refreshes;
    private readonly Counter<long> _evictions;
    private readonly Counter<long> _staleServed;

    internal SecretCacheMetrics(IMeterFactory? meterFactory)
    {
        Meter = meterFactory?.Create(MeterName) ?? new Meter(MeterName, typeof(SecretCacheMetrics).Assembly.GetName().Version?.ToString());
        _ownsMeter = meterFactory is null;
        _hits = Meter.CreateCounter<long>("secretanalyzers.cache.hits", "{read}", "Reads served from cache without waiting for the backend.");
        _misses = Meter.CreateCounter<long>("secretanalyzers.cache.misses", "{read}", "Reads that had to wait for the backend.");
        _backendCalls = Meter.CreateCounter<long>("secretanalyzers.cache.backend_calls", "{call}", "Calls from the cache to its store (single or batch reads).");
        _errors = Meter.CreateCounter<long>("secretanalyzers.cache.errors", "{call}", "Store calls that failed.");
        _refreshes = Meter.CreateCounter<long>("secretanalyzers.cache.refreshes", "{call}", "Refreshes of a cached value (refresh-ahead or explicit).");
        _evictions = Meter.CreateCounter<long>("secretanalyzers.cache.evictions", "{entry}", "Entries dropped to keep the cache within its size bound.");
        _staleServed = Meter.CreateCounter<long>("secretanalyzers.cache.stale_served", "{read}", "Reads answered with an expired value because the store failed.");
    }

    /// <summary>The meter the instruments belong to.</summary>
    public Meter Meter { get; }

    internal void Hit()
    {
        // The hot path: skip even the call when nobody listens.
        if (_hits.Enabled)
        {
            _hits.Add(1);
        }
    }

    internal void Miss() => _misses.Add(1);

    internal void BackendCall() => _backendCalls.Add(1);

    internal void Error() => _errors.Add(1);

    internal void Refresh() => _refreshes.Add(1);

    internal void Evicted(int count) => _evictions.Add(count);

    internal void StaleServed() => _staleServed.Add(1);

    /// <summary>Disposes the meter when the cache created it.</summary>
    public void Dispose()
    {
        if (_ownsMeter)
        {
            Meter.Dispose();
        }
    }
}
