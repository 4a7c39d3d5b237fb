using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;

namespace SecretAnalyzers.Runtime.Tests;

/// <summary>A fleet starting at once: jittered, concurrency-limited preload spreads the calls to a shared endpoint.</summary>
public class PreloadStampedeTests
{
    private const int Instances = 200;

    [Fact]
    public async Task TwoHundredInstancesWithJitterDoNotStampedeTheEndpoint()
    {
        var perSecond = await SimulateFleetStartAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(Instances, perSecond.Values.Sum());
        Assert.True(perSecond.Values.Max() <= 60, "calls per second: " + string.Join(", ", perSecond.OrderBy(p => p.Key).Select(p => p.Key + "s=" + p.Value)));
    }

    [Fact]
    public async Task WithoutJitterTheSameFleetCallsAllAtOnce()
    {
        var perSecond = await SimulateFleetStartAsync(TimeSpan.Zero);

        Assert.Equal(Instances, perSecond[0]);
    }

    [Fact]
    public async Task PreloadRunsAtMostTheConfiguredBatchesAtOnce()
    {
        var endpoint = new CountingEndpoint(new FakeTimeProvider()) { Hold = TimeSpan.FromMilliseconds(20) };
        using var cache = new SecretCache(endpoint, new SecretCacheOptions { PreloadConcurrency = 2, PreloadBatchSize = 3, FetchTimeout = null });
        var references = Enumerable.Range(0, 30).Select(i => new SecretReference(SecretSource.ParameterStore, "/app/s" + i)).ToList();

        await cache.PreloadAsync(references);

        Assert.Equal(10, endpoint.Calls);
        Assert.Equal(2, endpoint.MaxInFlight);
        Assert.All(references, r => Assert.True(cache.TryGetCached(r, out _)));
    }

    private static async Task<Dictionary<long, int>> SimulateFleetStartAsync(TimeSpan jitter)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var endpoint = new CountingEndpoint(time);
        var references = Enumerable.Range(0, 8).Select(i => new SecretReference(SecretSource.ParameterStore, "/app/s" + i)).ToList();
        var caches = Enumerable.Range(0, Instances)
            .Select(_ => new SecretCache(endpoint, new SecretCacheOptions { PreloadJitter = jitter, FetchTimeout = null }, time))
            .ToList();
        try
        {
            var starts = caches.Select(c => c.PreloadAsync(references)).ToList();
            for (var step = 0; step < 100 && !starts.All(t => t.IsCompleted); step++)
            {
                time.Advance(TimeSpan.FromMilliseconds(100));
                await Task.Delay(5);
            }

            await Task.WhenAll(starts).WaitAsync(TimeSpan.FromSeconds(30));
            return endpoint.CallsPerSecond.ToDictionary(p => p.Key, p => p.Value);
        }
        finally
        {
            caches.ForEach(c => c.Dispose());
        }
    }

    /// <summary>The shared backend: answers every name, counts calls per second of the simulated clock.</summary>
    private sealed class CountingEndpoint(TimeProvider time) : ISecretStore
    {
        private readonly DateTimeOffset _start = time.GetUtcNow();
        private int _calls;
        private int _inFlight;
        private int _maxInFlight;

        public ConcurrentDictionary<long, int> CallsPerSecond { get; } = new();

        public TimeSpan Hold { get; init; }

        public int Calls => Volatile.Read(ref _calls);

        public int MaxInFlight => Volatile.Read(ref _maxInFlight);

        public bool CanRead(SecretSource source) => true;

        public ValueTask<SecretValue> GetAsync(SecretReference reference, CancellationToken cancellationToken = default) =>
            new(new SecretValue("value", "1"));

        public async ValueTask<IReadOnlyDictionary<SecretReference, SecretValue>> GetManyAsync(
            IReadOnlyCollection<SecretReference> references,
            CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _calls);
            CallsPerSecond.AddOrUpdate((long)(time.GetUtcNow() - _start).TotalSeconds, 1, (_, n) => n + 1);
            var inFlight = Interlocked.Increment(ref _inFlight);
            InterlockedMax(ref _maxInFlight, inFlight);
            try
            {
                if (Hold > TimeSpan.Zero)
                {
                    await Task.Delay(Hold, cancellationToken);
                }

                return references.ToDictionary(r => r, _ => new SecretValue("value", "1"));
            }
            finally
            {
                Interlocked.Decrement(ref _inFlight);
            }
        }

        private static void InterlockedMax(ref int target, int value)
        {
            int current;
            while (value > (current = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, current) != current)
            {
            }
        }
    }
}
