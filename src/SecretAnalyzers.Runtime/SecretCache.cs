using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SecretAnalyzers.Runtime.Caching;

namespace SecretAnalyzers.Runtime;

/// <summary>
/// The <see cref="ISecretProvider"/> in front of any <see cref="ISecretStore"/>: per-entry TTL, jittered
/// refresh-ahead, single-flight fetches, stale-on-error within a grace period, explicit invalidate/refresh,
/// a size bound with least-recently-used eviction, and metrics on the <c>SecretAnalyzers.Runtime</c> meter.
/// </summary>
/// <remarks>
/// A fresh cached read (including one JSON field of a secret) completes synchronously without allocating or
/// locking. Values never reach logs or exception messages; only references do.
/// </remarks>
public sealed class SecretCache : ISecretProvider, IDisposable
{
    private readonly ISecretStore _store;
    private readonly SecretCacheOptions _options;
    private readonly ILogger _logger;
    private readonly CacheClock _clock;
    private readonly ConcurrentDictionary<SecretReference, CacheEntry> _entries = new();
    private readonly CancellationTokenSource _lifetime = new();
    private readonly long _defaultTtlMs;
    private readonly long _staleGraceMs;
    private readonly long _errorRetryMs;
    private int _count;
    private int _evicting;

    /// <summary>Creates a cache over <paramref name="store"/> with the system clock and no logging.</summary>
    public SecretCache(ISecretStore store, SecretCacheOptions? options = null)
        : this(store, options, TimeProvider.System)
    {
    }

    /// <summary>Creates a cache over <paramref name="store"/>.</summary>
    /// <param name="store">Where values come from.</param>
    /// <param name="options">TTL, refresh-ahead, grace period, size bound; null for the defaults.</param>
    /// <param name="timeProvider">The clock (a fake one in tests).</param>
    /// <param name="logger">Where failures and stale reads are logged; values are never logged.</param>
    public SecretCache(ISecretStore store, SecretCacheOptions? options, TimeProvider timeProvider, ILogger? logger = null)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _options = (options ?? new SecretCacheOptions()).Validated();
        _clock = new CacheClock(timeProvider ?? throw new ArgumentNullException(nameof(timeProvider)));
        _logger = logger ?? NullLogger.Instance;
        _defaultTtlMs = ToMs(_options.DefaultTtl);
        _staleGraceMs = ToMs(_options.StaleGracePeriod);
        _errorRetryMs = ToMs(_options.ErrorRetryInterval);
        Metrics = new SecretCacheMetrics(_options.MeterFactory);
    }

    /// <summary>The cache's instruments (hits, misses, backend calls, errors, refreshes, evictions).</summary>
    public SecretCacheMetrics Metrics { get; }

    /// <summary>How many entries (documents and extracted JSON fields) the cache holds.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <inheritdoc />
    public ValueTask<SecretValue> GetAsync(SecretReference reference, CancellationToken cancellationToken = default)
    {
        // Hot path: one dictionary lookup on a cached hash, one clock read, no lock, no allocation.
        if (reference is not null && _entries.TryGetValue(reference, out var entry))
        {
            var snapshot = entry.Snapshot;
            if (snapshot is not null && entry.IsCurrent(snapshot))
            {
                var now = _clock.NowMs();
                if (now < snapshot.RefreshAtMs)
                {
                    entry.Touch(now);
                    Metrics.Hit();
                    return new ValueTask<SecretValue>(snapshot.Value);
                }
            }
        }

        return GetSlowAsync(reference!, cancellationToken);
    }

    /// <inheritdoc />
    public bool TryGetCached(SecretReference reference, out SecretValue value)
    {
        if (reference is null)
        {
            throw new ArgumentNullException(nameof(reference));
        }

        var now = _clock.NowMs();
        if (_entries.TryGetValue(reference, out var entry))
        {
            var snapshot = entry.Snapshot;
            if (snapshot is not null && entry.IsCurrent(snapshot) && now < snapshot.StaleUntilMs)
            {
                entry.Touch(now);
                value = snapshot.Value;
                return true;
            }
        }

        if (reference.JsonKey is not null
            && _entries.TryGetValue(reference.WithoutJsonKey(), out var parent)
            && parent.Snapshot is { } parentSnapshot
            && now < parentSnapshot.StaleUntilMs)
        {
            try
            {
                value = DeriveField(reference, parent, parentSnapshot).Value;
                return true;
            }
            catch (SecretException)
            {
                // The document lacks the field or is not JSON: GetAsync reports that properly.
            }
        }

        value = null!;
        return false;
    }

    /// <inheritdoc />
    public async Task PreloadAsync(IEnumerable<SecretReference> references, CancellationToken cancellationToken = default)
    {
        if (references is null)
        {
            throw new ArgumentNullException(nameof(references));
        }

        ThrowIfDisposed();
        var now = _clock.NowMs();
        var wanted = new List<SecretReference>();
        var documents = new List<SecretReference>();
        var seen = new HashSet<SecretReference>();
        foreach (var reference in references)
        {
            if (reference is null)
            {
                throw new ArgumentException("The references must not contain null.", nameof(references));
            }

            wanted.Add(reference);
            var document = reference.WithoutJsonKey();
            if (seen.Add(document) && !IsFresh(document, now))
            {
                documents.Add(document);
            }
        }

        var missing = new List<SecretReference>();
        if (documents.Count > 0)
        {
            IReadOnlyDictionary<SecretReference, SecretValue> found;
            Metrics.BackendCall();
            try
            {
                found = await _store.GetManyAsync(documents, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                Metrics.Error();
                var translated = Translate(null, ex, cancellationToken);
                CacheLog.FetchFailed(_logger, documents[0], translated);
                throw translated;
            }

            now = _clock.NowMs();
            foreach (var document in documents)
            {
                if (found.TryGetValue(document, out var value))
                {
                    GetOrAddEntry(document).Snapshot = NewSnapshot(document, value, now);
                }
                else
                {
                    missing.Add(document);
                }
            }
        }

        foreach (var reference in wanted)
        {
            if (reference.JsonKey is null || missing.Contains(reference.WithoutJsonKey()))
            {
                continue;
            }

            var parent = GetOrAddEntry(reference.WithoutJsonKey());
            if (parent.Snapshot is { } parentSnapshot)
            {
                DeriveField(reference, parent, parentSnapshot);
            }
        }

        if (missing.Count > 0)
        {
            throw new SecretNotFoundException(missing[0], SecretLookup.DescribeMissing(missing, _store));
        }
    }

    /// <inheritdoc />
    public void Invalidate(SecretReference reference)
    {
        if (reference is null)
        {
            throw new ArgumentNullException(nameof(reference));
        }

        // Dropping the document also retires every field extracted from it: their snapshots no longer match.
        Remove(reference.WithoutJsonKey());
        if (reference.JsonKey is not null)
        {
            Remove(reference);
        }
    }

    /// <summary>Drops every cached value.</summary>
    public void Clear()
    {
        foreach (var pair in _entries)
        {
            Remove(pair.Key);
        }
    }

    /// <inheritdoc />
    public async ValueTask<SecretValue> RefreshAsync(SecretReference reference, CancellationToken cancellationToken = default)
    {
        if (reference is null)
        {
            throw new ArgumentNullException(nameof(reference));
        }

        ThrowIfDisposed();
        var document = reference.WithoutJsonKey();
        var parent = GetOrAddEntry(document);
        Metrics.Refresh();
        var snapshot = await TaskWaiting.WaitAsync(StartOrJoinFetch(parent), cancellationToken).ConfigureAwait(false);
        return reference.JsonKey is null ? snapshot.Value : DeriveField(reference, parent, snapshot).Value;
    }

    /// <summary>
    /// Stops background work and disposes the meter. A disposed cache that was <see cref="SecretProvider.Default"/>
    /// stops being it (the default goes back to the local default chain).
    /// </summary>
    public void Dispose()
    {
        if (!_lifetime.IsCancellationRequested)
        {
            _lifetime.Cancel();
            Metrics.Dispose();
            SecretProvider.ResetIfDefault(this);
        }
    }

    private async ValueTask<SecretValue> GetSlowAsync(SecretReference reference, CancellationToken cancellationToken)
    {
        if (reference is null)
        {
            throw new ArgumentNullException(nameof(reference));
        }

        cancellationToken.ThrowIfCancellationRequested();
        ThrowIfDisposed();
        if (reference.JsonKey is null)
        {
            var snapshot = await GetDocumentAsync(GetOrAddEntry(reference), cancellationToken).ConfigureAwait(false);
            return snapshot.Value;
        }

        var parent = GetOrAddEntry(reference.WithoutJsonKey());
        var parentSnapshot = await GetDocumentAsync(parent, cancellationToken).ConfigureAwait(false);
        return DeriveField(reference, parent, parentSnapshot).Value;
    }

    private async ValueTask<CacheSnapshot> GetDocumentAsync(CacheEntry entry, CancellationToken cancellationToken)
    {
        var now = _clock.NowMs();
        var snapshot = entry.Snapshot;
        if (snapshot is not null)
        {
            if (now < snapshot.RefreshAtMs)
            {
                entry.Touch(now);
                Metrics.Hit();
                return snapshot;
            }

            if (now < snapshot.ExpiresAtMs)
            {
                // Refresh-ahead: serve the value that is still valid and let one background fetch replace it.
                entry.Touch(now);
                Metrics.Hit();
                StartBackgroundRefresh(entry);
                return snapshot;
            }
        }

        Metrics.Miss();
        try
        {
            return await TaskWaiting.WaitAsync(StartOrJoinFetch(entry), cancellationToken).ConfigureAwait(false);
        }
        catch (SecretException ex) when (CanServeStale(ex) && entry.Snapshot is { } stale && _clock.NowMs() is var failedAt && failedAt < stale.StaleUntilMs)
        {
            Metrics.StaleServed();
            CacheLog.ServingStale(_logger, entry.Key, stale.StaleUntilMs - failedAt, ex);
            return stale;
        }
    }

    private void StartBackgroundRefresh(CacheEntry entry)
    {
        lock (entry)
        {
            if (entry.Pending is not null)
            {
                return;
            }
        }

        Metrics.Refresh();
        var task = StartOrJoinFetch(entry, isBackgroundRefresh: true);

        // Failures are logged by the fetch; observe them so they are not reported as unobserved.
        _ = task.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    /// <summary>Single-flight: returns the fetch in progress for this entry, or starts one.</summary>
    private Task<CacheSnapshot> StartOrJoinFetch(CacheEntry entry, bool isBackgroundRefresh = false)
    {
        TaskCompletionSource<CacheSnapshot> pending;
        lock (entry)
        {
            if (entry.Pending is { } existing)
            {
                return existing.Task;
            }

            pending = new TaskCompletionSource<CacheSnapshot>(TaskCreationOptions.RunContinuationsAsynchronously);
            entry.Pending = pending;
        }

        _ = RunFetchAsync(entry, pending, isBackgroundRefresh);
        return pending.Task;
    }

    private async Task RunFetchAsync(CacheEntry entry, TaskCompletionSource<CacheSnapshot> pending, bool isBackgroundRefresh)
    {
        // The fetch serves every waiting caller, so it is bound to the cache's lifetime and timeout,
        // never to one caller's cancellation token.
        CancellationTokenSource? timeout = null;
        var token = _lifetime.Token;
        if (_options.FetchTimeout is { } fetchTimeout)
        {
            timeout = CancellationTokenSource.CreateLinkedTokenSource(token);
            timeout.CancelAfter(fetchTimeout);
            token = timeout.Token;
        }

        try
        {
            Metrics.BackendCall();
            var value = await _store.GetAsync(entry.Key, token).ConfigureAwait(false);
            if (value is null)
            {
                throw new SecretStoreUnavailableException(entry.Key, "the store returned no value.");
            }

            var snapshot = NewSnapshot(entry.Key, value, _clock.NowMs());
            entry.Snapshot = snapshot;
            CacheLog.Fetched(_logger, entry.Key);
            Complete(entry, pending);
            pending.TrySetResult(snapshot);
        }
        catch (Exception ex)
        {
            Metrics.Error();
            var translated = Translate(entry.Key, ex, _lifetime.Token);
            if (translated is SecretNotFoundException)
            {
                // A definitive answer: the old value must not be served any longer.
                entry.Snapshot = null;
            }
            else if (CanServeStale(translated) && entry.Snapshot is { } stale && _clock.NowMs() is var now && now < stale.StaleUntilMs)
            {
                // Outage: keep serving the old value without waiting, and ask the store again only after a pause.
                entry.Snapshot = new CacheSnapshot(
                    stale.Value,
                    refreshAtMs: now + _errorRetryMs,
                    expiresAtMs: Math.Min(Math.Max(stale.ExpiresAtMs, now + (2 * _errorRetryMs)), stale.StaleUntilMs),
                    stale.StaleUntilMs,
                    origin: null);
            }

            if (isBackgroundRefresh)
            {
                CacheLog.RefreshFailed(_logger, entry.Key, translated);
            }
            else
            {
                CacheLog.FetchFailed(_logger, entry.Key, translated);
            }

            Complete(entry, pending);
            pending.TrySetException(translated);
        }
        finally
        {
            timeout?.Dispose();
        }
    }

    private static void Complete(CacheEntry entry, TaskCompletionSource<CacheSnapshot> pending)
    {
        lock (entry)
        {
            if (ReferenceEquals(entry.Pending, pending))
            {
                entry.Pending = null;
            }
        }
    }

    /// <summary>Extracts (once per document version) and caches one JSON field; its timings follow the document's.</summary>
    private CacheSnapshot DeriveField(SecretReference reference, CacheEntry parent, CacheSnapshot parentSnapshot)
    {
        var entry = GetOrAddEntry(reference);
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

    private CacheSnapshot NewSnapshot(SecretReference reference, SecretValue value, long nowMs)
    {
        var ttlMs = reference.Ttl is { } ttl ? ToMs(ttl) : _defaultTtlMs;
        var expiresAt = nowMs + ttlMs;
        var refreshAt = expiresAt
            - (long)(ttlMs * _options.RefreshAheadRatio)
            - (long)(ttlMs * _options.RefreshJitterRatio * Jitter.NextFraction());
        return new CacheSnapshot(value, Math.Max(nowMs, refreshAt), expiresAt, expiresAt + _staleGraceMs, origin: null);
    }

    private bool IsFresh(SecretReference reference, long nowMs) =>
        _entries.TryGetValue(reference, out var entry) && entry.Snapshot is { } snapshot && nowMs < snapshot.RefreshAtMs;

    private CacheEntry GetOrAddEntry(SecretReference reference)
    {
        if (_entries.TryGetValue(reference, out var existing))
        {
            return existing;
        }

        var created = new CacheEntry(reference, _clock.NowMs());
        var actual = _entries.GetOrAdd(reference, created);
        if (ReferenceEquals(actual, created) && Interlocked.Increment(ref _count) > _options.MaxEntries)
        {
            EvictLeastRecentlyUsed(keep: created);
        }

        return actual;
    }

    private void Remove(SecretReference reference)
    {
        if (_entries.TryGetValue(reference, out var entry) && TryRemove(entry))
        {
            entry.Snapshot = null;
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
            var max = _options.MaxEntries;
            var excess = Volatile.Read(ref _count) - max;
            if (excess <= 0)
            {
                return;
            }

            // Evict a little more than needed (1/32 of the bound) so that a full cache does not sort on every insert.
            var target = Math.Min(excess + (max / 32), Volatile.Read(ref _count) - 1);
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
                    entries[i].Snapshot = null;
                    evicted++;
                }
            }

            if (evicted > 0)
            {
                Metrics.Evicted(evicted);
                CacheLog.Evicted(_logger, evicted, max);
            }
        }
        finally
        {
            Volatile.Write(ref _evicting, 0);
        }
    }

    private void ThrowIfDisposed()
    {
        if (_lifetime.IsCancellationRequested)
        {
            throw new ObjectDisposedException(nameof(SecretCache), "The secret cache was disposed; values already cached are still served.");
        }
    }

    private static bool CanServeStale(SecretException exception) =>
        exception is SecretStoreUnavailableException or SecretStoreThrottledException;

    /// <summary>Maps any store failure to a <see cref="SecretException"/>; foreign messages are not copied into ours.</summary>
    private static SecretException Translate(SecretReference? reference, Exception exception, CancellationToken ownToken)
    {
        switch (exception)
        {
            case SecretException secretException:
                return secretException;
            case OperationCanceledException when ownToken.IsCancellationRequested:
                return new SecretStoreUnavailableException(reference, "the cache was disposed.", exception);
            case OperationCanceledException:
            case TimeoutException:
                return new SecretStoreUnavailableException(reference, "the read timed out.", exception);
            default:
                return new SecretStoreUnavailableException(reference, "the store failed (" + exception.GetType().Name + ").", exception);
        }
    }

    private static long ToMs(TimeSpan span) => span >= TimeSpan.FromDays(36500) ? long.MaxValue / 4 : (long)span.TotalMilliseconds;
}
