using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;

namespace SecretAnalyzers.Runtime.Tests;

/// <summary>
/// A value's age counts from when its read started, not from when the reply arrived: a reply delayed by a slow store,
/// retries or a starved thread pool carries what was current when the request went out. The load test saw reads
/// serving values superseded ~1 s earlier (TTL 200 ms + grace 300 ms) when refresh replies were delayed.
/// </summary>
public class CacheStalenessTests
{
    private static readonly SecretReference Password = CacheTestContext.Password;
    private static readonly TimeSpan NoHang = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan Ttl = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan Grace = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan ReplyDelay = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task ADelayedReplyIsNotServedPastTtlPlusGraceFromWhenItsReadStarted()
    {
        var (cache, time, values, store) = Create();
        using (cache)
        {
            await ReadWithDelayedReplyAsync(cache, time, store);
            values.Set(SecretSource.SecretsManager, Password.Id, "pw-two", "v2");
            values.FailWith(new SecretStoreUnavailableException(Password, "down."));

            // TTL + grace after the read started, but less than that after its reply arrived.
            time.Advance(Ttl + Grace - ReplyDelay + TimeSpan.FromSeconds(1));

            Assert.False(cache.TryGetCached(Password, out _));
            await Assert.ThrowsAsync<SecretStoreUnavailableException>(() => cache.GetAsync(Password).AsTask().WaitAsync(NoHang));
        }
    }

    [Fact]
    public async Task ADelayedReplyIsServedUntilTtlPlusGraceFromWhenItsReadStarted()
    {
        var (cache, time, values, store) = Create();
        using (cache)
        {
            await ReadWithDelayedReplyAsync(cache, time, store);
            values.FailWith(new SecretStoreUnavailableException(Password, "down."));

            time.Advance(Ttl + Grace - ReplyDelay - TimeSpan.FromSeconds(1));

            Assert.True(cache.TryGetCached(Password, out var stale));
            Assert.Equal("pw-one", stale.Reveal());
        }
    }

    [Fact]
    public async Task ADelayedReplyIsRefreshedOnceItsTtlFromTheReadStartHasPassed()
    {
        var (cache, time, values, store) = Create();
        using (cache)
        {
            await ReadWithDelayedReplyAsync(cache, time, store);
            values.Set(SecretSource.SecretsManager, Password.Id, "pw-two", "v2");

            // Past the TTL from the read's start, well inside it from the reply.
            time.Advance(Ttl - ReplyDelay + TimeSpan.FromSeconds(1));

            Assert.Equal("pw-two", (await cache.GetAsync(Password).AsTask().WaitAsync(NoHang)).Reveal());
        }
    }

    [Fact]
    public async Task ADelayedPreloadReplyAgesFromWhenTheBatchWasRead()
    {
        var (cache, time, values, store) = Create();
        using (cache)
        {
            var hold = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            store.Hold = hold.Task;
            var preload = cache.PreloadAsync(new[] { Password });
            store.Hold = null;
            time.Advance(ReplyDelay);
            hold.SetResult(true);
            await preload.WaitAsync(NoHang);
            values.FailWith(new SecretStoreUnavailableException(Password, "down."));

            time.Advance(Ttl + Grace - ReplyDelay + TimeSpan.FromSeconds(1));

            Assert.False(cache.TryGetCached(Password, out _));
        }
    }

    private static (SecretCache Cache, FakeTimeProvider Time, InMemorySecretStore Values, ReadThenHoldStore Store) Create()
    {
        var values = new InMemorySecretStore();
        values.Set(SecretSource.SecretsManager, Password.Id, "pw-one", "v1");
        var store = new ReadThenHoldStore(values);
        var time = new FakeTimeProvider();
        var options = new SecretCacheOptions
        {
            DefaultTtl = Ttl,
            RefreshAheadRatio = 0.2,
            RefreshJitterRatio = 0,
            StaleGracePeriod = Grace,
            FetchTimeout = null,
        };
        return (new SecretCache(store, options, time), time, values, store);
    }

    /// <summary>Reads the secret; the store takes the value at once and replies <see cref="ReplyDelay"/> later.</summary>
    private static async Task ReadWithDelayedReplyAsync(SecretCache cache, FakeTimeProvider time, ReadThenHoldStore store)
    {
        var hold = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        store.Hold = hold.Task;
        var read = cache.GetAsync(Password).AsTask();
        store.Hold = null;
        time.Advance(ReplyDelay);
        hold.SetResult(true);
        Assert.Equal("pw-one", (await read.WaitAsync(NoHang)).Reveal());
    }
}
