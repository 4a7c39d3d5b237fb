using System;
using System.Collections.Generic;
using System.Diagnostics.Metrics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace SecretAnalyzers.Runtime.Tests;

public class SecretCacheTests
{
    private static readonly SecretReference Password = CacheTestContext.Password;

    [Fact]
    public async Task ColdReadFetchesOnceAndThenServesFromCache()
    {
        using var context = new CacheTestContext();

        var first = await context.Cache.GetAsync(Password);
        var second = await context.Cache.GetAsync(Password);

        Assert.Equal("pw-one", first.Reveal());
        Assert.Same(first, second);
        Assert.Equal(1, context.Store.GetCallCount);
    }

    [Fact]
    public async Task FreshHitCompletesSynchronously()
    {
        using var context = new CacheTestContext();
        await context.Cache.GetAsync(Password);

        var hit = context.Cache.GetAsync(Password);

        Assert.True(hit.IsCompletedSuccessfully);
    }

    [Fact]
#pragma warning disable xUnit1031 // The point is to read synchronously completed ValueTasks without awaiting.
    public async Task FreshHitAllocatesNothing()
    {
        var store = new InMemorySecretStore();
        store.Set(SecretSource.SecretsManager, "prod/db", "{\"password\":\"x\"}");
        using var cache = new SecretCache(store);
        var document = new SecretReference(SecretSource.SecretsManager, "prod/db");
        var field = document.WithJsonKey("password");
        await cache.GetAsync(document);
        await cache.GetAsync(field);
        for (var i = 0; i < 100; i++)
        {
            _ = cache.GetAsync(document).Result;
            _ = cache.GetAsync(field).Result;
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 10_000; i++)
        {
            _ = cache.GetAsync(document).Result;
            _ = cache.GetAsync(field).Result;
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
#pragma warning restore xUnit1031

    [Fact]
    public async Task ExpiredValueIsFetchedAgainAndRotationIsSeen()
    {
        using var context = new CacheTestContext();
        await context.Cache.GetAsync(Password);
        context.Store.Set(SecretSource.SecretsManager, Password.Id, "pw-two", "v2");

        context.Time.Advance(TimeSpan.FromMinutes(7));
        Assert.Equal("pw-one", (await context.Cache.GetAsync(Password)).Reveal());

        context.Time.Advance(TimeSpan.FromMinutes(3) + TimeSpan.FromSeconds(1));
        var rotated = await context.Cache.GetAsync(Password);

        Assert.Equal("pw-two", rotated.Reveal());
        Assert.Equal("v2", rotated.VersionId);
        Assert.Equal(2, context.Store.GetCallCount);
    }

    [Fact]
    public async Task ReferenceTtlOverridesTheDefault()
    {
        using var context = new CacheTestContext();
        var shortLived = new SecretReference(SecretSource.SecretsManager, Password.Id) { Ttl = TimeSpan.FromSeconds(30) };
        await context.Cache.GetAsync(shortLived);

        context.Time.Advance(TimeSpan.FromSeconds(31));
        await context.Cache.GetAsync(shortLived);

        Assert.Equal(2, context.Store.GetCallCount);
    }

    [Fact]
    public async Task ReadInTheRefreshAheadWindowServesCachedValueAndRefreshesInBackground()
    {
        using var context = new CacheTestContext();
        await context.Cache.GetAsync(Password);
        context.Store.Set(SecretSource.SecretsManager, Password.Id, "pw-two");
        var gate = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        context.Store.HoldUntil(gate.Task);

        // Refresh starts after 80% of the 10-minute TTL.
        context.Time.Advance(TimeSpan.FromMinutes(8.5));
        var during = context.Cache.GetAsync(Password);
        var again = context.Cache.GetAsync(Password);

        Assert.True(during.IsCompletedSuccessfully);
        Assert.True(again.IsCompletedSuccessfully);
        Assert.Equal("pw-one", (await during).Reveal());
        Assert.Equal("pw-one", (await again).Reveal());
        Assert.Equal(2, context.Store.GetCallCount);

        context.Store.HoldUntil(null);
        gate.SetResult(true);
        await WaitUntilAsync(() => context.Cache.TryGetCached(Password, out var v) && v.Reveal() == "pw-two");
        Assert.Equal("pw-two", (await context.Cache.GetAsync(Password)).Reveal());
        Assert.Equal(2, context.Store.GetCallCount);
    }

    [Fact]
    public async Task RefreshTimeIsJitteredWithinTheConfiguredShare()
    {
        using var context = new CacheTestContext(o => o.RefreshJitterRatio = 0.1);
        var references = Enumerable.Range(0, 50).Select(i => new SecretReference(SecretSource.SecretsManager, "jitter/" + i)).ToList();
        foreach (var reference in references)
        {
            context.Store.Set(SecretSource.SecretsManager, reference.Id, "v");
            await context.Cache.GetAsync(reference);
        }

        // 10-minute TTL, refresh-ahead 20%, jitter up to 10%: every entry refreshes between 7 and 8 minutes.
        context.Time.Advance(TimeSpan.FromMinutes(7) - TimeSpan.FromSeconds(1));
        context.Store.ResetCounts();
        foreach (var reference in references)
        {
            await context.Cache.GetAsync(reference);
        }

        Assert.Equal(0, context.Store.GetCallCount);
        context.Time.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(2));
        foreach (var reference in references)
        {
            await context.Cache.GetAsync(reference);
        }

        Assert.Equal(50, context.Store.GetCallCount);
    }

    [Fact]
    public async Task ThousandConcurrentColdCallersCauseOneBackendCall()
    {
        using var context = new CacheTestContext();
        var gate = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        context.Store.HoldUntil(gate.Task);

        var callers = Enumerable.Range(0, 1000)
            .Select(_ => Task.Run(async () => await context.Cache.GetAsync(Password)))
            .ToArray();
        await WaitUntilAsync(() => context.Store.GetCallCount > 0);
        await Task.Delay(50);
        context.Store.HoldUntil(null);
        gate.SetResult(true);
        var values = await Task.WhenAll(callers);

        Assert.All(values, v => Assert.Equal("pw-one", v.Reveal()));
        Assert.Equal(1, context.Store.GetCallCount);
    }

    [Fact]
    public async Task CallerCancellationDoesNotCancelTheSharedFetch()
    {
        using var context = new CacheTestContext();
        var gate = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        context.Store.HoldUntil(gate.Task);
        using var cancel = new CancellationTokenSource();

        var cancelled = context.Cache.GetAsync(Password, cancel.Token).AsTask();
        var patient = context.Cache.GetAsync(Password).AsTask();
        cancel.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);

        context.Store.HoldUntil(null);
        gate.SetResult(true);
        Assert.Equal("pw-one", (await patient).Reveal());
        Assert.Equal(1, context.Store.GetCallCount);
    }

    [Fact]
    public async Task BackendDownServesStaleValueWithinGraceThenFails()
    {
        using var context = new CacheTestContext();
        await context.Cache.GetAsync(Password);
        context.Store.FailWith(new SecretStoreUnavailableException(Password, "connection refused."));

        context.Time.Advance(TimeSpan.FromMinutes(11));
        var stale = await context.Cache.GetAsync(Password);
        Assert.Equal("pw-one", stale.Reveal());

        context.Time.Advance(TimeSpan.FromMinutes(5));
        var error = await Assert.ThrowsAsync<SecretStoreUnavailableException>(async () => await context.Cache.GetAsync(Password));
        Assert.Contains(Password.Id, error.Message);

        context.Store.FailWith(null);
        Assert.Equal("pw-one", (await context.Cache.GetAsync(Password)).Reveal());
        Assert.Contains("SecretServedStale", context.Logger.AllText);
    }

    [Fact]
    public async Task DuringAnOutageReadsDoNotWaitForTheStoreAgainAndAgain()
    {
        using var context = new CacheTestContext(o => o.ErrorRetryInterval = TimeSpan.FromSeconds(10));
        var field = CacheTestContext.Credentials.WithJsonKey("password");
        await context.Cache.GetAsync(Password);
        await context.Cache.GetAsync(field);
        context.Store.FailWith(new SecretStoreUnavailableException(Password, "down."));
        context.Time.Advance(TimeSpan.FromMinutes(11));
        await context.Cache.GetAsync(Password);
        await context.Cache.GetAsync(field);
        context.Store.ResetCounts();

        for (var i = 0; i < 9; i++)
        {
            context.Time.Advance(TimeSpan.FromSeconds(1));
            Assert.True(context.Cache.GetAsync(Password).IsCompletedSuccessfully);
            Assert.Equal("pw-json", (await context.Cache.GetAsync(field)).Reveal());
        }

        Assert.Equal(0, context.Store.GetCallCount);

        // After the pause one read retries the store (in the background) and still gets the old value at once.
        context.Time.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal("pw-one", (await context.Cache.GetAsync(Password)).Reveal());
        Assert.Equal(1, context.Store.GetCallCount);
        Assert.Equal("pw-one", (await context.Cache.GetAsync(Password)).Reveal());
        Assert.Equal(1, context.Store.GetCallCount);

        context.Store.FailWith(null);
        context.Store.Set(SecretSource.SecretsManager, Password.Id, "pw-back");
        context.Time.Advance(TimeSpan.FromSeconds(11));
        await context.Cache.GetAsync(Password);
        await SecretCacheTests.WaitUntilAsync(() => context.Cache.TryGetCached(Password, out var v) && v.Reveal() == "pw-back");
    }

    [Fact]
    public async Task ThrottlingServesStaleButAccessDeniedDoesNot()
    {
        using var context = new CacheTestContext();
        await context.Cache.GetAsync(Password);
        context.Time.Advance(TimeSpan.FromMinutes(11));

        context.Store.FailWith(new SecretStoreThrottledException(Password, 3));
        Assert.Equal("pw-one", (await context.Cache.GetAsync(Password)).Reveal());

        context.Store.FailWith(new SecretAccessDeniedException(Password));
        context.Time.Advance(TimeSpan.FromSeconds(21));
        await Assert.ThrowsAsync<SecretAccessDeniedException>(async () => await context.Cache.GetAsync(Password));
    }

    [Fact]
    public async Task SlowStoreTimesOutAsUnavailable()
    {
        using var context = new CacheTestContext(o => o.FetchTimeout = TimeSpan.FromMilliseconds(100));
        context.Store.HoldUntil(new TaskCompletionSource<bool>().Task);

        var error = await Assert.ThrowsAsync<SecretStoreUnavailableException>(async () => await context.Cache.GetAsync(Password));

        Assert.Contains("timed out", error.Message);
        Assert.Contains(Password.Id, error.Message);
    }

    [Fact]
    public async Task DisposedCacheStillServesHitsButFailsFetches()
    {
        var context = new CacheTestContext();
        await context.Cache.GetAsync(Password);
        context.Dispose();

        Assert.Equal("pw-one", (await context.Cache.GetAsync(Password)).Reveal());
        await Assert.ThrowsAsync<ObjectDisposedException>(async () => await context.Cache.GetAsync(CacheTestContext.Credentials));
    }

    [Fact]
    public async Task DeletedSecretIsNotServedStale()
    {
        using var context = new CacheTestContext();
        await context.Cache.GetAsync(Password);
        context.Store.Remove(SecretSource.SecretsManager, Password.Id);
        context.Time.Advance(TimeSpan.FromMinutes(11));

        await Assert.ThrowsAsync<SecretNotFoundException>(async () => await context.Cache.GetAsync(Password));
        Assert.False(context.Cache.TryGetCached(Password, out _));
    }

    [Fact]
    public async Task UnknownStoreErrorsBecomeUnavailableWithoutTheirMessage()
    {
        using var context = new CacheTestContext();
        context.Store.FailWith(new InvalidOperationException("boom"));

        var error = await Assert.ThrowsAsync<SecretStoreUnavailableException>(async () => await context.Cache.GetAsync(Password));

        Assert.Contains("InvalidOperationException", error.Message);
        Assert.DoesNotContain("boom", error.ToString());
        Assert.Null(error.InnerException);
        Assert.Equal("InvalidOperationException", error.CauseType);
    }

    [Fact]
    public async Task InvalidateMakesTheNextReadFetch()
    {
        using var context = new CacheTestContext();
        await context.Cache.GetAsync(Password);
        context.Store.Set(SecretSource.SecretsManager, Password.Id, "pw-two");

        context.Cache.Invalidate(Password);

        Assert.Equal("pw-two", (await context.Cache.GetAsync(Password)).Reveal());
        Assert.Equal(2, context.Store.GetCallCount);
    }

    [Fact]
    public async Task RefreshReplacesTheCachedValue()
    {
        using var context = new CacheTestContext();
        await context.Cache.GetAsync(Password);
        context.Store.Set(SecretSource.SecretsManager, Password.Id, "pw-two");

        var refreshed = await context.Cache.RefreshAsync(Password);

        Assert.Equal("pw-two", refreshed.Reveal());
        Assert.Equal("pw-two", (await context.Cache.GetAsync(Password)).Reveal());
        Assert.Equal(2, context.Store.GetCallCount);
    }

    [Fact]
    public async Task ExecuteWithRotationRefreshesOnceAfterAnAuthenticationFailure()
    {
        using var context = new CacheTestContext();
        await context.Cache.GetAsync(Password);
        context.Store.Set(SecretSource.SecretsManager, Password.Id, "pw-two");
        var seen = new List<string>();

        var result = await context.Cache.ExecuteWithRotationAsync(
            Password,
            password =>
            {
                seen.Add(password);
                return password == "pw-two" ? Task.FromResult(42) : throw new UnauthorizedAccessException("login failed");
            },
            ex => ex is UnauthorizedAccessException);

        Assert.Equal(42, result);
        Assert.Equal(new[] { "pw-one", "pw-two" }, seen);
        Assert.Equal(2, context.Store.GetCallCount);
    }

    [Fact]
    public async Task CallerFailingAfterAnotherRefreshedUsesTheNewValueWithoutFetching()
    {
        using var context = new CacheTestContext();
        await context.Cache.GetAsync(Password);
        context.Store.Set(SecretSource.SecretsManager, Password.Id, "pw-two");
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        // The slow caller read the old value, and fails only after the fast caller has already refreshed.
        var slow = context.Cache.ExecuteWithRotationAsync(
            Password,
            async password =>
            {
                if (password == "pw-one")
                {
                    await gate.Task;
                    throw new UnauthorizedAccessException();
                }

                return password;
            },
            ex => ex is UnauthorizedAccessException);
        var fast = await context.Cache.ExecuteWithRotationAsync(
            Password,
            password => password == "pw-one" ? throw new UnauthorizedAccessException() : Task.FromResult(password),
            ex => ex is UnauthorizedAccessException);
        gate.SetResult();

        Assert.Equal("pw-two", fast);
        Assert.Equal("pw-two", await slow);
        Assert.Equal(2, context.Store.GetCallCount);
    }

    [Fact]
    public async Task ExecuteWithRotationDoesNotRetryOtherErrorsOrTwice()
    {
        using var context = new CacheTestContext();
        var calls = 0;

        await Assert.ThrowsAsync<TimeoutException>(() => context.Cache.ExecuteWithRotationAsync<int>(
            Password, _ => { calls++; throw new TimeoutException(); }, ex => ex is UnauthorizedAccessException));
        Assert.Equal(1, calls);

        calls = 0;
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => context.Cache.ExecuteWithRotationAsync<int>(
            Password, _ => { calls++; throw new UnauthorizedAccessException(); }, ex => ex is UnauthorizedAccessException));
        Assert.Equal(2, calls);
    }

    [Fact]
    public async Task EvictsLeastRecentlyUsedEntriesAtTheSizeBound()
    {
        using var context = new CacheTestContext(o => o.MaxEntries = 10);
        var references = Enumerable.Range(0, 11).Select(i => new SecretReference(SecretSource.ParameterStore, "/app/" + i)).ToList();
        foreach (var reference in references)
        {
            context.Store.Set(SecretSource.ParameterStore, reference.Id, "value");
        }

        for (var i = 0; i < 10; i++)
        {
            await context.Cache.GetAsync(references[i]);
            context.Time.Advance(TimeSpan.FromSeconds(1));
        }

        // Touch the oldest so that /app/1 becomes the least recently used.
        await context.Cache.GetAsync(references[0]);
        context.Time.Advance(TimeSpan.FromSeconds(1));
        await context.Cache.GetAsync(references[10]);

        Assert.True(context.Cache.Count <= 10);
        Assert.False(context.Cache.TryGetCached(references[1], out _));
        Assert.True(context.Cache.TryGetCached(references[0], out _));
        Assert.True(context.Cache.TryGetCached(references[10], out _));
    }

    [Fact]
    public async Task JsonFieldsShareOneFetchAndAreCachedPerKey()
    {
        using var context = new CacheTestContext();
        var username = CacheTestContext.Credentials.WithJsonKey("username");
        var password = CacheTestContext.Credentials.WithJsonKey("password");
        var port = CacheTestContext.Credentials.WithJsonKey("port");

        Assert.Equal("app", (await context.Cache.GetAsync(username)).Reveal());
        Assert.Equal("pw-json", (await context.Cache.GetAsync(password)).Reveal());
        Assert.Equal("5432", (await context.Cache.GetAsync(port)).Reveal());
        var hit = context.Cache.GetAsync(password);

        Assert.True(hit.IsCompletedSuccessfully);
        Assert.Equal(1, context.Store.GetCallCount);
        Assert.Equal("v1", (await hit).VersionId);
    }

    [Fact]
    public async Task JsonFieldFollowsRotationOfItsDocument()
    {
        using var context = new CacheTestContext();
        var password = CacheTestContext.Credentials.WithJsonKey("password");
        await context.Cache.GetAsync(password);
        context.Store.Set(SecretSource.SecretsManager, CacheTestContext.Credentials.Id, "{\"username\":\"app\",\"password\":\"pw-rotated\"}", "v2");

        await context.Cache.RefreshAsync(CacheTestContext.Credentials);

        Assert.Equal("pw-rotated", (await context.Cache.GetAsync(password)).Reveal());
        context.Cache.Invalidate(CacheTestContext.Credentials);
        context.Store.Set(SecretSource.SecretsManager, CacheTestContext.Credentials.Id, "{\"password\":\"pw-third\"}", "v3");
        Assert.Equal("pw-third", (await context.Cache.GetAsync(password)).Reveal());
    }

    [Fact]
    public async Task MissingJsonFieldIsNotFoundAndNonJsonIsAFormatError()
    {
        using var context = new CacheTestContext();
        var missing = CacheTestContext.Credentials.WithJsonKey("apiKey");
        var notFound = await Assert.ThrowsAsync<SecretNotFoundException>(async () => await context.Cache.GetAsync(missing));
        Assert.Contains("apiKey", notFound.Message);
        Assert.DoesNotContain("pw-json", notFound.Message);

        var notJson = Password.WithJsonKey("password");
        var format = await Assert.ThrowsAsync<SecretFormatException>(async () => await context.Cache.GetAsync(notJson));
        Assert.DoesNotContain("pw-one", format.ToString());
    }

    [Fact]
    public async Task VersionsAreDistinctCacheEntries()
    {
        using var context = new CacheTestContext();
        context.Store.Set(SecretSource.SecretsManager, Password.Id, "pw-two", "v2");
        var previous = new SecretReference(SecretSource.SecretsManager, Password.Id) { VersionStage = "AWSPREVIOUS" };
        var exact = new SecretReference(SecretSource.SecretsManager, Password.Id) { VersionId = "v1" };

        Assert.Equal("pw-two", (await context.Cache.GetAsync(Password)).Reveal());
        Assert.Equal("pw-one", (await context.Cache.GetAsync(previous)).Reveal());
        Assert.Equal("pw-one", (await context.Cache.GetAsync(exact)).Reveal());
    }

    [Fact]
    public async Task PreloadUsesOneBatchCallAndMakesReadsHits()
    {
        using var context = new CacheTestContext();
        var references = new List<SecretReference> { Password, CacheTestContext.Credentials.WithJsonKey("password"), CacheTestContext.Credentials.WithJsonKey("username") };
        for (var i = 0; i < 20; i++)
        {
            var id = "bulk/" + i;
            context.Store.Set(SecretSource.ParameterStore, id, "value-" + i);
            references.Add(new SecretReference(SecretSource.ParameterStore, id));
        }

        await context.Cache.PreloadAsync(references);
        foreach (var reference in references)
        {
            Assert.True(context.Cache.GetAsync(reference).IsCompletedSuccessfully);
        }

        Assert.Equal(1, context.Store.BatchCallCount);
        Assert.Equal(0, context.Store.GetCallCount);
        Assert.True(context.Cache.TryGetCached(references[1], out var field));
        Assert.Equal("pw-json", field.Reveal());
    }

    [Fact]
    public async Task PreloadReportsMissingSecretsAfterCachingTheRest()
    {
        using var context = new CacheTestContext();
        var missing = new SecretReference(SecretSource.ParameterStore, "/app/missing");

        var error = await Assert.ThrowsAsync<SecretNotFoundException>(() => context.Cache.PreloadAsync(new[] { Password, missing }));

        Assert.Equal(missing, error.Reference);
        Assert.True(context.Cache.TryGetCached(Password, out _));
    }

    [Fact]
    public async Task TryGetCachedNeverCallsTheStore()
    {
        using var context = new CacheTestContext();
        Assert.False(context.Cache.TryGetCached(Password, out _));
        Assert.Equal(0, context.Store.GetCallCount);

        await context.Cache.GetAsync(CacheTestContext.Credentials);
        Assert.True(context.Cache.TryGetCached(CacheTestContext.Credentials.WithJsonKey("username"), out var username));
        Assert.Equal("app", username.Reveal());
        Assert.Equal(1, context.Store.GetCallCount);
    }

    [Fact]
    public async Task PublishesMetrics()
    {
        using var context = new CacheTestContext();
        var totals = new Dictionary<string, long>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (ReferenceEquals(instrument.Meter, context.Cache.Metrics.Meter))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, _, _) =>
        {
            lock (totals)
            {
                totals[instrument.Name] = totals.GetValueOrDefault(instrument.Name) + value;
            }
        });
        listener.Start();

        await context.Cache.GetAsync(Password);
        await context.Cache.GetAsync(Password);
        await context.Cache.GetAsync(Password);
        context.Store.FailWith(new SecretStoreUnavailableException(Password, "down."));
        await context.Cache.RefreshAsync(Password).AsTask().ContinueWith(_ => { });

        Assert.Equal(SecretCacheMetrics.MeterName, context.Cache.Metrics.Meter.Name);
        Assert.Equal(2, totals["secretanalyzers.cache.hits"]);
        Assert.Equal(1, totals["secretanalyzers.cache.misses"]);
        Assert.Equal(2, totals["secretanalyzers.cache.backend_calls"]);
        Assert.Equal(1, totals["secretanalyzers.cache.errors"]);
        Assert.Equal(1, totals["secretanalyzers.cache.refreshes"]);
    }

    [Fact]
    public async Task NoValueReachesLogsOrExceptions()
    {
        using var context = new CacheTestContext();
        await context.Cache.GetAsync(Password);
        await context.Cache.GetAsync(CacheTestContext.Credentials.WithJsonKey("password"));
        var errors = new List<Exception>();
        context.Store.FailWith(new SecretStoreUnavailableException(Password, "down."));
        context.Time.Advance(TimeSpan.FromMinutes(11));
        await context.Cache.GetAsync(Password);
        context.Time.Advance(TimeSpan.FromMinutes(10));
        errors.Add(await Assert.ThrowsAnyAsync<SecretException>(async () => await context.Cache.GetAsync(Password)));
        context.Store.FailWith(null);
        errors.Add(await Assert.ThrowsAnyAsync<SecretException>(async () => await context.Cache.GetAsync(Password.WithJsonKey("x"))));
        errors.Add(await Assert.ThrowsAnyAsync<SecretException>(async () => await context.Cache.GetAsync(CacheTestContext.Credentials.WithJsonKey("nope"))));
        errors.Add(Assert.ThrowsAny<SecretException>(() => SecretJson.Parse(Password, new SecretValue("pw-one")).GetInt32("x")));

        var everything = context.Logger.AllText + string.Join("\n", errors.Select(e => e.ToString()));
        Assert.NotEmpty(context.Logger.Lines);
        foreach (var secret in new[] { "pw-one", "pw-json" })
        {
            Assert.DoesNotContain(secret, everything);
        }
    }

    internal static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 1500 && !condition(); i++)
        {
            await Task.Delay(10);
        }

        Assert.True(condition());
    }
}
