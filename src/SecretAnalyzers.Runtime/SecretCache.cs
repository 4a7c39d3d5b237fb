using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Primitives;
using SecretAnalyzers.Runtime.Caching;

namespace SecretAnalyzers.Runtime;

/// <summary>
/// The <see cref="ISecretProvider"/> in front of any <see cref="ISecretStore"/>: per-entry TTL, jittered
/// refresh-ahead, single-flight fetches, stale-on-error within a grace period, negative caching of failures,
/// rotation signals, explicit invalidate/refresh, a size bound with least-recently-used eviction, and metrics on the
/// <c>SecretAnalyzers.Runtime</c> meter.
/// </summary>
/// <remarks>
/// A fresh cached read (including one JSON field of a secret) completes synchronously without allocating or
/// locking. Values never reach logs or exception messages; only references do.
/// </remarks>
public sealed class SecretCache : ISecretProvider, ISecretRotationNotifier, IDisposable
{
    private readonly ISecretStore _store;
    private readonly SecretCacheOptions _options;
    private readonly ILogger _logger;
    private readonly CacheClock _clock;
    private readonly CacheEntryTable _entries;
    private readonly CacheTimings _timings;
    private readonly CachePreloader _preloader;
    private readonly CancellationTokenSource _lifetime = new();
    private readonly RotationWatch _watch;

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
        _timings = new CacheTimings(_options);
        Metrics = new SecretCacheMetrics(_options.MeterFactory);
        _entries = new CacheEntryTable(_options.MaxEntries, _clock, Metrics, _logger);
        _watch = new RotationWatch(_clock.TimeProvider, RefreshIfDue);
        _preloader = new CachePreloader(_store, _options, _entries, _clock, _timings, Metrics, _logger, RaiseRotated);
    }

    /// <summary>The cache's instruments (hits, misses, backend calls, errors, refreshes, evictions).</summary>
    public SecretCacheMetrics Metrics { get; }

    /// <summary>How many entries (documents and extracted JSON fields) the cache holds.</summary>
    public int Count => _entries.Count;

    /// <inheritdoc />
    public event EventHandler<SecretRotatedEventArgs>? Rotated;

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
    /// <remarks>
    /// Serves any value younger than TTL + grace. Past its refresh time the read also starts one background refresh
    /// (single-flight, and not while a recent failure is being waited out), so synchronous readers see a rotation as
    /// soon as a refresh lands instead of when the grace period ends.
    /// </remarks>
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
                if (now >= snapshot.RefreshAtMs)
                {
                    RefreshBehind(snapshot.Origin is null ? entry : entry.Parent, now);
                }

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
            if (now >= parentSnapshot.RefreshAtMs)
            {
                RefreshBehind(parent, now);
            }

            try
            {
                value = _entries.DeriveField(reference, parent, parentSnapshot).Value;
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
    /// <remarks>
    /// Documents are read in batches of <see cref="SecretCacheOptions.PreloadBatchSize"/>, at most
    /// <see cref="SecretCacheOptions.PreloadConcurrency"/> at a time, each after a random delay of up to
    /// <see cref="SecretCacheOptions.PreloadJitter"/>. A value read before a newer one was installed (by a refresh that
    /// started later) or before an invalidation is not installed.
    /// </remarks>
    public async Task PreloadAsync(IEnumerable<SecretReference> references, CancellationToken cancellationToken = default)
    {
        if (references is null)
        {
            throw new ArgumentNullException(nameof(references));
        }

        ThrowIfDisposed();
        await _preloader.PreloadAsync(references, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    /// <remarks>A read already in flight for this secret will not install its (older) value.</remarks>
    public void Invalidate(SecretReference reference)
    {
        if (reference is null)
        {
            throw new ArgumentNullException(nameof(reference));
        }

        // Invalidating the document also retires every field extracted from it: their snapshots no longer match.
        if (_entries.TryGetValue(reference.WithoutJsonKey(), out var document))
        {
            document.Invalidate();
        }

        if (reference.JsonKey is not null && _entries.TryGetValue(reference, out var field))
        {
            field.Invalidate();
        }
    }

    /// <summary>Drops every cached value.</summary>
    public void Clear()
    {
        _entries.Clear();
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
        var parent = _entries.GetOrAdd(document);
        Metrics.Refresh();
        var snapshot = await TaskWaiting.WaitAsync(StartOrJoinFetch(parent), cancellationToken).ConfigureAwait(false);
        return reference.JsonKey is null ? snapshot.Value : _entries.DeriveField(reference, parent, snapshot).Value;
    }

    /// <inheritdoc />
    public IChangeToken GetChangeToken(SecretReference reference)
    {
        if (reference is null)
        {
            throw new ArgumentNullException(nameof(reference));
        }

        return _watch.Watch(reference.WithoutJsonKey());
    }

    /// <summary>
    /// Calls <paramref name="callback"/> after each rotation of <paramref name="reference"/> (its document, for a JSON
    /// field), on the thread that installed the new value. Dispose the result to stop. Keeps the secret watched, as
    /// <see cref="GetChangeToken"/> does.
    /// </summary>
    public IDisposable OnRotated(SecretReference reference, Action<SecretRotatedEventArgs> callback)
    {
        if (reference is null)
        {
            throw new ArgumentNullException(nameof(reference));
        }

        if (callback is null)
        {
            throw new ArgumentNullException(nameof(callback));
        }

        var document = reference.WithoutJsonKey();
        _watch.Watch(document);
        EventHandler<SecretRotatedEventArgs> handler = (_, args) =>
        {
            if (args.Reference.Equals(document))
            {
                callback(args);
            }
        };
        Rotated += handler;
        return new Subscription(this, handler);
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
            _watch.Dispose();
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
            var snapshot = await GetDocumentAsync(_entries.GetOrAdd(reference), cancellationToken).ConfigureAwait(false);
            return snapshot.Value;
        }

        var parent = _entries.GetOrAdd(reference.WithoutJsonKey());
        var parentSnapshot = await GetDocumentAsync(parent, cancellationToken).ConfigureAwait(false);
        return _entries.DeriveField(reference, parent, parentSnapshot).Value;
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
                RefreshBehind(entry, now);
                return snapshot;
            }
        }

        // Negative caching: a missing, forbidden or malformed secret is the answer until the retry time.
        if (entry.Failure is { IsDefinitive: true } failure && now < failure.RetryAtMs)
        {
            Metrics.Hit();
            throw failure.Exception;
        }

        Metrics.Miss();
        try
        {
            return await TaskWaiting.WaitAsync(StartOrJoinFetch(entry), cancellationToken).ConfigureAwait(false);
        }
        catch (SecretException ex) when (StoreErrors.CanServeStale(ex) && entry.Snapshot is { } stale && _clock.NowMs() is var failedAt && failedAt < stale.StaleUntilMs)
        {
            Metrics.StaleServed();
            CacheLog.ServingStale(_logger, entry.Key, stale.StaleUntilMs - failedAt, ex);
            return stale;
        }
    }

    /// <summary>Starts a background refresh of a document entry unless a recent failure is being waited out.</summary>
    private void RefreshBehind(CacheEntry? entry, long nowMs)
    {
        if (entry is null || (entry.Failure is { } failure && nowMs < failure.RetryAtMs) || _lifetime.IsCancellationRequested)
        {
            return;
        }

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
        long ticket;
        lock (entry)
        {
            if (entry.Pending is { } existing)
            {
                return existing.Task;
            }

            pending = new TaskCompletionSource<CacheSnapshot>(TaskCreationOptions.RunContinuationsAsynchronously);
            entry.Pending = pending;
            ticket = entry.TakeTicket();
        }

        _ = RunFetchAsync(entry, pending, ticket, isBackgroundRefresh);
        return pending.Task;
    }

    private async Task RunFetchAsync(CacheEntry entry, TaskCompletionSource<CacheSnapshot> pending, long ticket, bool isBackgroundRefresh)
    {
        CacheSnapshot? result = null;
        SecretException? failure = null;
        SecretValue? rotatedFrom = null;
        CancellationTokenSource? timeout = null;
        try
        {
            // The fetch serves every waiting caller, so it is bound to the cache's lifetime and timeout, never to one
            // caller's cancellation token. Everything that can throw is inside the try, so the fetch always completes.
            var token = _lifetime.Token;
            if (_options.FetchTimeout is { } fetchTimeout)
            {
                timeout = CancellationTokenSource.CreateLinkedTokenSource(token);
                timeout.CancelAfter(fetchTimeout);
                token = timeout.Token;
            }

            // A value's age counts from when the read started: a reply delayed by the network, the store's retries or a
            // starved thread pool carries what was current then, and must not be served for a full TTL + grace after it.
            var startedAtMs = _clock.NowMs();
            Metrics.BackendCall();
            var read = _store.GetAsync(entry.Key, token);

            // A store that ignores its token must not hold every caller past the timeout.
            var value = read.IsCompletedSuccessfully
                ? read.Result
                : await TaskWaiting.WaitAsync(ObserveLateFailure(read.AsTask()), token).ConfigureAwait(false);
            if (value is null)
            {
                throw new SecretStoreUnavailableException(entry.Key, "the store returned no value.");
            }

            result = _timings.NewSnapshot(entry.Key, value, startedAtMs);
            entry.TryInstall(ticket, result, out rotatedFrom);
            CacheLog.Fetched(_logger, entry.Key);
        }
        catch (Exception ex)
        {
            failure = StoreErrors.Translate(entry.Key, ex, _lifetime.Token);
            RecordFailure(entry, ticket, failure, isBackgroundRefresh);
        }
        finally
        {
            timeout?.Dispose();
            Complete(entry, pending);
            if (failure is not null)
            {
                pending.TrySetException(failure);
            }
            else if (result is not null)
            {
                pending.TrySetResult(result);
            }
            else
            {
                pending.TrySetException(new SecretStoreUnavailableException(entry.Key, "the read ended without a value."));
            }
        }

        if (rotatedFrom is not null)
        {
            RaiseRotated(entry.Key, rotatedFrom, result!.Value);
        }
    }

    /// <summary>Keeps the failure on the entry (negative caching, stale-on-error); never throws.</summary>
    private void RecordFailure(CacheEntry entry, long ticket, SecretException translated, bool isBackgroundRefresh)
    {
        try
        {
            Metrics.Error();
            var now = _clock.NowMs();
            var failure = new CacheFailure(translated, _timings.RetryAtMs(now));
            if (translated is SecretNotFoundException)
            {
                // A definitive answer: the old value must not be served any longer.
                entry.TryFail(ticket, failure, replacement: null, dropSnapshot: true);
            }
            else if (StoreErrors.CanServeStale(translated) && entry.Snapshot is { Origin: null } stale && now < stale.StaleUntilMs)
            {
                // Outage: keep serving the old value without waiting, and ask the store again only after a pause.
                var replacement = new CacheSnapshot(
                    stale.Value,
                    refreshAtMs: failure.RetryAtMs,
                    expiresAtMs: Math.Min(Math.Max(stale.ExpiresAtMs, now + (2 * _timings.ErrorRetryMs)), stale.StaleUntilMs),
                    stale.StaleUntilMs,
                    origin: null);
                entry.TryFail(ticket, failure, replacement, dropSnapshot: false);
            }
            else
            {
                entry.TryFail(ticket, failure, replacement: null, dropSnapshot: false);
            }

            if (isBackgroundRefresh)
            {
                CacheLog.RefreshFailed(_logger, entry.Key, translated);
            }
            else
            {
                CacheLog.FetchFailed(_logger, entry.Key, translated);
            }
        }
        catch (Exception)
        {
            // Bookkeeping (a metrics listener, the clock) must never keep the fetch from completing.
        }
    }

    private void RaiseRotated(SecretReference document, SecretValue previous, SecretValue current)
    {
        CacheLog.Rotated(_logger, document, previous.VersionId, current.VersionId);
        if (_watch.Fire(document))
        {
            CacheLog.ListenerFailed(_logger, document);
        }

        if (Rotated is not { } handlers)
        {
            return;
        }

        var args = new SecretRotatedEventArgs(document, previous.VersionId, current.VersionId);
        foreach (var handler in handlers.GetInvocationList())
        {
            try
            {
                ((EventHandler<SecretRotatedEventArgs>)handler)(this, args);
            }
            catch (Exception)
            {
                CacheLog.ListenerFailed(_logger, document);
            }
        }
    }

    /// <summary>The watch's tick: keeps a watched secret fresh even when nobody reads it.</summary>
    private void RefreshIfDue(SecretReference document)
    {
        var now = _clock.NowMs();
        if (_entries.TryGetValue(document, out var entry) && entry.Snapshot is { } snapshot && now >= snapshot.RefreshAtMs)
        {
            RefreshBehind(entry, now);
        }
    }

    private static Task<T> ObserveLateFailure<T>(Task<T> task)
    {
        // After a timeout nobody awaits the store's task; observe its failure so it is not reported as unobserved.
        _ = task.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        return task;
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

    private void ThrowIfDisposed()
    {
        if (_lifetime.IsCancellationRequested)
        {
            throw new ObjectDisposedException(nameof(SecretCache), "The secret cache was disposed; values already cached are still served.");
        }
    }

    /// <summary>Unsubscribes an <see cref="OnRotated"/> callback.</summary>
    private sealed class Subscription : IDisposable
    {
        private SecretCache? _cache;
        private readonly EventHandler<SecretRotatedEventArgs> _handler;

        public Subscription(SecretCache cache, EventHandler<SecretRotatedEventArgs> handler)
        {
            _cache = cache;
            _handler = handler;
        }

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _cache, null) is { } cache)
            {
                cache.Rotated -= _handler;
            }
        }
    }
}
