using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace SecretAnalyzers.Runtime.Caching;

/// <summary>
/// <see cref="SecretCache.PreloadAsync"/>: documents read in batches of <see cref="SecretCacheOptions.PreloadBatchSize"/>,
/// at most <see cref="SecretCacheOptions.PreloadConcurrency"/> at a time, each after a random delay of up to
/// <see cref="SecretCacheOptions.PreloadJitter"/>, so that a fleet starting at once does not stampede the store. Every
/// value is installed under the ticket its batch took before reading, so it never overwrites a newer one.
/// </summary>
internal sealed class CachePreloader
{
    private readonly ISecretStore _store;
    private readonly SecretCacheOptions _options;
    private readonly CacheEntryTable _entries;
    private readonly CacheClock _clock;
    private readonly CacheTimings _timings;
    private readonly SecretCacheMetrics _metrics;
    private readonly ILogger _logger;
    private readonly Action<SecretReference, SecretValue, SecretValue> _rotated;

    public CachePreloader(
        ISecretStore store,
        SecretCacheOptions options,
        CacheEntryTable entries,
        CacheClock clock,
        CacheTimings timings,
        SecretCacheMetrics metrics,
        ILogger logger,
        Action<SecretReference, SecretValue, SecretValue> rotated)
    {
        _store = store;
        _options = options;
        _entries = entries;
        _clock = clock;
        _timings = timings;
        _metrics = metrics;
        _logger = logger;
        _rotated = rotated;
    }

    public async Task PreloadAsync(IEnumerable<SecretReference> references, CancellationToken cancellationToken)
    {
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
            if (seen.Add(document) && !_entries.IsFresh(document, now))
            {
                documents.Add(document);
            }
        }

        var missing = new List<SecretReference>();
        if (documents.Count > 0)
        {
            using var gate = new SemaphoreSlim(_options.PreloadConcurrency);
            var batches = new List<Task>();
            for (var start = 0; start < documents.Count; start += _options.PreloadBatchSize)
            {
                var batch = documents.GetRange(start, Math.Min(_options.PreloadBatchSize, documents.Count - start));
                batches.Add(PreloadBatchAsync(batch, gate, missing, cancellationToken));
            }

            await Task.WhenAll(batches).ConfigureAwait(false);
        }

        foreach (var reference in wanted)
        {
            if (reference.JsonKey is null || missing.Contains(reference.WithoutJsonKey()))
            {
                continue;
            }

            var parent = _entries.GetOrAdd(reference.WithoutJsonKey());
            if (parent.Snapshot is { } parentSnapshot)
            {
                _entries.DeriveField(reference, parent, parentSnapshot);
            }
        }

        if (missing.Count > 0)
        {
            throw new SecretNotFoundException(missing[0], SecretLookup.DescribeMissing(missing, _store));
        }
    }

    private async Task PreloadBatchAsync(List<SecretReference> batch, SemaphoreSlim gate, List<SecretReference> missing, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_options.PreloadJitter > TimeSpan.Zero)
            {
                var delay = TimeSpan.FromMilliseconds(_options.PreloadJitter.TotalMilliseconds * Jitter.NextFraction());
                await DelayAsync(delay, cancellationToken).ConfigureAwait(false);
            }

            var entries = new CacheEntry[batch.Count];
            var tickets = new long[batch.Count];
            for (var i = 0; i < batch.Count; i++)
            {
                entries[i] = _entries.GetOrAdd(batch[i]);
                lock (entries[i])
                {
                    tickets[i] = entries[i].TakeTicket();
                }
            }

            IReadOnlyDictionary<SecretReference, SecretValue> found;
            var startedAtMs = _clock.NowMs();
            _metrics.BackendCall();
            try
            {
                found = await _store.GetManyAsync(batch, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                _metrics.Error();
                var translated = StoreErrors.Translate(null, ex, cancellationToken);
                CacheLog.FetchFailed(_logger, batch[0], translated);
                throw translated;
            }

            var now = _clock.NowMs();
            for (var i = 0; i < batch.Count; i++)
            {
                if (found.TryGetValue(batch[i], out var value))
                {
                    var snapshot = _timings.NewSnapshot(batch[i], value, startedAtMs);
                    if (entries[i].TryInstall(tickets[i], snapshot, out var rotatedFrom) && rotatedFrom is not null)
                    {
                        _rotated(batch[i], rotatedFrom, value);
                    }
                }
                else
                {
                    lock (missing)
                    {
                        missing.Add(batch[i]);
                    }

                    var notFound = new SecretNotFoundException(batch[i], "not found during preload.");
                    entries[i].TryFail(tickets[i], new CacheFailure(notFound, _timings.RetryAtMs(now)), replacement: null, dropSnapshot: true);
                }
            }
        }
        finally
        {
            gate.Release();
        }
    }

    private Task DelayAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
#if NET
        return Task.Delay(delay, _clock.TimeProvider, cancellationToken);
#else
        return _clock.TimeProvider.Delay(delay, cancellationToken);
#endif
    }
}
