using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.Extensions.Logging;

namespace SecretAnalyzers.Runtime.Caching;

/// <summary>
/// The cache's entries (documents and extracted JSON fields) with a size bound: past
/// <see cref="SecretCacheOptions.MaxEntries"/> the least recently read entries are evicted. Lookups take no lock.
/// </summary>
internal sealed class CacheEntryTable
{
    private readonly ConcurrentDictionary<SecretReference, CacheEntry> _entries = new();
    private readonly int _maxEntries;
    private readonly CacheClock _clock;
    private readonly SecretCacheMetrics _metrics;
    private readonly ILogger _logger;
    private int _count;
    private int _evicting;

    public CacheEntryTable(int maxEntries, CacheClock clock, SecretCacheMetrics metrics, ILogger logger)
    {
        _maxEntries = maxEntries;
        _clock = clock;
        _metrics = metrics;
        _logger = logger;
    }

    public int Count => Volatile.Read(ref _count);

    // Inlined: this is the one lookup of a cached read's hot path.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGetValue(SecretReference reference, [NotNullWhen(true)] out CacheEntry? entry) => _entries.TryGetValue(reference, out entry);

    /// <summary>Whether <paramref name="reference"/> holds a value that needs no refresh yet.</summary>
    public bool IsFresh(SecretReference reference, long nowMs) =>
        _entries.TryGetValue(reference, out var entry) && entry.Snapshot is { } snapshot && nowMs < snapshot.RefreshAtMs;

    public CacheEntry GetOrAdd(SecretReference reference)
    {
        if (_entries.TryGetValue(reference, out var existing))
        {
            return existing;
        }

        var created = new CacheEntry(reference, _clock.NowMs());
        var actual = _entries.GetOrAdd(reference, created);
        if (ReferenceEquals(actual, created) && Interlocked.Increment(ref _count) > _maxEntries)
        {
            EvictLeastRecentlyUsed(keep: created);
        }

        return actual;
    }

    /// <summary>Extracts (once per document version) and caches one JSON field; its timings follow the document's.</summary>
    public CacheSnapshot DeriveField(SecretReference reference, CacheEntry parent, CacheSnapshot parentSnapshot)
    {
        var entry = GetOrAdd(reference);
        var existing = entry.Snapshot;
        if (existing is not null && ReferenceEquals(existing.Origin, parentSnapshot) && ReferenceEquals(entry.Parent, parent))
        {
            return existing;
        }

        var value = existing is not null && ReferenceEquals(existing.Origin?.Value, parentSnapshot.Value)
            ? existing.Value
            : SecretJson.ExtractField(reference, parentSnapshot.Value);
        var snapshot = new CacheSnapshot(value, parentSnapshot.RefreshAtMs, parentSnapshot.ExpiresAtMs, parentSnapshot.StaleUntilMs, parentSnapshot);

        // Parent before snapshot: a reader that sees the new snapshot also sees the parent it belongs to.
        entry.Parent = parent;
        entry.Snapshot = snapshot;
        return snapshot;
    }

    /// <summary>Drops every entry; reads in flight will not install their values.</summary>
    public void Clear()
    {
        foreach (var pair in _entries)
        {
            if (TryRemove(pair.Value))
            {
                pair.Value.Invalidate();
            }
        }
    }

    private bool TryRemove(CacheEntry entry)
    {
        // Removes this exact entry only, so a concurrent re-add is not lost.
        if (((ICollection<KeyValuePair<SecretReference, CacheEntry>>)_entries).Remove(new KeyValuePair<SecretReference, CacheEntry>(entry.Key, entry)))
        {
            Interlocked.Decrement(ref _count);
            return true;
        }

        return false;
    }

    private void EvictLeastRecentlyUsed(CacheEntry keep)
    {
        if (Interlocked.Exchange(ref _evicting, 1) == 1)
        {
            return;
        }

        try
        {
            var excess = Volatile.Read(ref _count) - _maxEntries;
            if (excess <= 0)
            {
                return;
            }

            // Evict a little more than needed (1/32 of the bound) so that a full cache does not sort on every insert.
            var target = Math.Min(excess + (_maxEntries / 32), Volatile.Read(ref _count) - 1);
            var entries = new List<CacheEntry>(_entries.Count);
            foreach (var pair in _entries)
            {
                if (!ReferenceEquals(pair.Value, keep))
                {
                    entries.Add(pair.Value);
                }
            }

            entries.Sort(static (a, b) => Volatile.Read(ref a.LastAccessMs).CompareTo(Volatile.Read(ref b.LastAccessMs)));
            var evicted = 0;
            for (var i = 0; i < entries.Count && evicted < target; i++)
            {
                if (TryRemove(entries[i]))
                {
                    entries[i].Invalidate();
                    evicted++;
                }
            }

            if (evicted > 0)
            {
                _metrics.Evicted(evicted);
                CacheLog.Evicted(_logger, evicted, _maxEntries);
            }
        }
        finally
        {
            Volatile.Write(ref _evicting, 0);
        }
    }
}
