using System;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;

namespace SecretAnalyzers.Runtime.Tests;

/// <summary>Regression tests for the defects of issue 12 (hang, negative caching, leaks through chaining, lost updates).</summary>
public class CacheDefectTests
{
    private static readonly SecretReference Password = CacheTestContext.Password;
    private static readonly TimeSpan NoHang = TimeSpan.FromSeconds(10);

    public static TheoryData<string, Action<SecretCacheOptions>> OutOfRangeOptions => new()
    {
        { "FetchTimeout", o => o.FetchTimeout = TimeSpan.MaxValue },
        { "FetchTimeout", o => o.FetchTimeout = TimeSpan.FromSeconds(-1) },
        { "FetchTimeout", o => o.FetchTimeout = TimeSpan.Zero },
        { "DefaultTtl", o => o.DefaultTtl = TimeSpan.FromSeconds(-1) },
        { "RefreshAheadRatio", o => o.RefreshAheadRatio = 1.5 },
        { "RefreshJitterRatio", o => o.RefreshJitterRatio = double.NaN },
        { "StaleGracePeriod", o => o.StaleGracePeriod = TimeSpan.FromSeconds(-1) },
        { "ErrorRetryInterval", o => o.ErrorRetryInterval = TimeSpan.FromSeconds(-1) },
        { "MaxEntries", o => o.MaxEntries = 0 },
        { "PreloadConcurrency", o => o.PreloadConcurrency = 0 },
        { "PreloadBatchSize", o => o.PreloadBatchSize = 0 },
        { "PreloadJitter", o => o.PreloadJitter = TimeSpan.FromDays(1) },
    };

    [Theory]
    [MemberData(nameof(OutOfRangeOptions))]
    public void OutOfRangeOptionsThrowAtConstruction(string option, Action<SecretCacheOptions> configure)
    {
        var options = new SecretCacheOptions();
        configure(options);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new SecretCache(new InMemorySecretStore(), options));

        Assert.Equal(option, error.ParamName);
    }

    [Fact]
    public void InRangeOptionsAreAccepted()
    {
        using var cache = new SecretCache(new InMemorySecretStore(), new SecretCacheOptions
        {
            FetchTimeout = TimeSpan.FromDays(24),
            DefaultTtl = TimeSpan.MaxValue,
            StaleGracePeriod = TimeSpan.Zero,
            ErrorRetryInterval = TimeSpan.Zero,
            PreloadJitter = TimeSpan.FromMinutes(1),
        });

        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public async Task OptionsChangedAfterConstructionCannotMakeFetchesHang()
    {
        var options = new SecretCacheOptions { FetchTimeout = TimeSpan.FromSeconds(5) };
        var store = new InMemorySecretStore();
        store.Set(SecretSource.SecretsManager, Password.Id, "pw-one");
        using var cache = new SecretCache(store, options);

        options.FetchTimeout = TimeSpan.MaxValue;

        Assert.Equal("pw-one", (await cache.GetAsync(Password).AsTask().WaitAsync(NoHang)).Reveal());
    }

    [Fact]
    public async Task ThrowingLoggerNeverLeavesAFetchPending()
    {
        var store = new InMemorySecretStore();
        store.Set(SecretSource.SecretsManager, Password.Id, "pw-one");
        store.FailWith(new SecretStoreUnavailableException(Password, "down."));
        using var cache = new SecretCache(store, new SecretCacheOptions { ErrorRetryInterval = TimeSpan.Zero }, TimeProvider.System, new ThrowingLogger());

        await Assert.ThrowsAsync<SecretStoreUnavailableException>(() => cache.GetAsync(Password).AsTask().WaitAsync(NoHang));
        store.FailWith(null);

        Assert.Equal("pw-one", (await cache.GetAsync(Password).AsTask().WaitAsync(NoHang)).Reveal());
    }

    public static TheoryData<string> DefinitiveFailures => new() { "not-found", "denied", "format" };

    [Theory]
    [MemberData(nameof(DefinitiveFailures))]
    public async Task DefinitiveFailuresAreCachedForTheRetryInterval(string kind)
    {
        using var context = new CacheTestContext(o => o.ErrorRetryInterval = TimeSpan.FromSeconds(10));
        var reference = kind == "not-found" ? new SecretReference(SecretSource.SecretsManager, "prod/missing") : Password;
        if (kind != "not-found")
        {
            context.Store.FailWith(kind == "denied" ? new SecretAccessDeniedException(Password) : new SecretFormatException(Password, "binary secret."));
        }

        for (var i = 0; i < 200; i++)
        {
            await Assert.ThrowsAnyAsync<SecretException>(async () => await context.Cache.GetAsync(reference));
        }

        Assert.Equal(1, context.Store.GetCallCount);

        context.Time.Advance(TimeSpan.FromSeconds(10));
        await Assert.ThrowsAnyAsync<SecretException>(async () => await context.Cache.GetAsync(reference));
        Assert.Equal(2, context.Store.GetCallCount);
    }

    [Fact]
    public async Task NegativeCachingIsJitteredSoInstancesDoNotRetryTogether()
    {
        var retries = new System.Collections.Generic.HashSet<int>();
        for (var instance = 0; instance < 20; instance++)
        {
            using var context = new CacheTestContext(o =>
            {
                o.ErrorRetryInterval = TimeSpan.FromSeconds(10);
                o.RefreshJitterRatio = 0.5;
            });
            var missing = new SecretReference(SecretSource.SecretsManager, "prod/missing");
            await Assert.ThrowsAsync<SecretNotFoundException>(async () => await context.Cache.GetAsync(missing));
            var second = 0;
            while (context.Store.GetCallCount == 1 && second < 20)
            {
                context.Time.Advance(TimeSpan.FromSeconds(1));
                second++;
                await Assert.ThrowsAsync<SecretNotFoundException>(async () => await context.Cache.GetAsync(missing));
            }

            Assert.InRange(second, 5, 10);
            retries.Add(second);
        }

        Assert.True(retries.Count > 1, "every instance retried after the same pause");
    }

    [Theory]
    [MemberData(nameof(DefinitiveFailures))]
    public async Task FailedRefreshAheadIsNotRetriedOnEveryRead(string kind)
    {
        using var context = new CacheTestContext(o => o.ErrorRetryInterval = TimeSpan.FromSeconds(10));
        await context.Cache.GetAsync(Password);
        context.Store.FailWith(kind switch
        {
            "not-found" => new SecretNotFoundException(Password),
            "denied" => new SecretAccessDeniedException(Password),
            _ => new SecretFormatException(Password, "binary secret."),
        });
        context.Time.Advance(TimeSpan.FromMinutes(8.5));

        for (var i = 0; i < 50; i++)
        {
            try
            {
                await context.Cache.GetAsync(Password);
            }
            catch (SecretException)
            {
            }

            await Task.Yield();
        }

        Assert.Equal(2, context.Store.GetCallCount);
    }

    [Fact]
    public async Task StoreExceptionsAreNeverChained()
    {
        using var context = new CacheTestContext();
        context.Store.FailWith(new InvalidOperationException("the body was {\"SecretString\":\"pw-one\"}"));

        var error = await Assert.ThrowsAsync<SecretStoreUnavailableException>(async () => await context.Cache.GetAsync(Password));

        Assert.Null(error.InnerException);
        Assert.Equal(nameof(InvalidOperationException), error.CauseType);
        Assert.DoesNotContain("pw-one", error.ToString());
        Assert.DoesNotContain("pw-one", context.Logger.AllText);
    }

    [Fact]
    public async Task PreloadReadBeforeARotationDoesNotOverwriteTheRefreshedValue()
    {
        var values = new InMemorySecretStore();
        values.Set(SecretSource.SecretsManager, Password.Id, "pw-one", "v1");
        var store = new ReadThenHoldStore(values);
        using var cache = new SecretCache(store, new SecretCacheOptions { FetchTimeout = null }, new FakeTimeProvider());
        var hold = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);

        store.Hold = hold.Task;
        var preload = cache.PreloadAsync(new[] { Password });
        store.Hold = null;
        values.Set(SecretSource.SecretsManager, Password.Id, "pw-two", "v2");
        Assert.Equal("pw-two", (await cache.RefreshAsync(Password)).Reveal());
        hold.SetResult(true);
        await preload.WaitAsync(NoHang);

        Assert.Equal("pw-two", (await cache.GetAsync(Password)).Reveal());
    }

    [Fact]
    public async Task InvalidateDuringAJsonFieldReadDoesNotLeaveTheFieldOnAnOrphanedDocument()
    {
        var values = new InMemorySecretStore();
        var document = CacheTestContext.Credentials;
        var field = document.WithJsonKey("password");
        values.Set(SecretSource.SecretsManager, document.Id, "{\"password\":\"old\"}", "v1");
        var store = new ReadThenHoldStore(values);
        using var cache = new SecretCache(store, new SecretCacheOptions { FetchTimeout = null }, new FakeTimeProvider());
        var hold = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);

        store.Hold = hold.Task;
        var first = cache.GetAsync(field).AsTask();
        store.Hold = null;
        cache.Invalidate(field);
        values.Set(SecretSource.SecretsManager, document.Id, "{\"password\":\"new\"}", "v2");
        hold.SetResult(true);
        await first.WaitAsync(NoHang);

        Assert.Equal("new", (await cache.GetAsync(field)).Reveal());
        Assert.True(cache.TryGetCached(field, out var cached));
        Assert.Equal("new", cached.Reveal());
    }

    [Fact]
    public async Task InvalidateDuringAFetchMakesTheNextReadFetchAgain()
    {
        var values = new InMemorySecretStore();
        values.Set(SecretSource.SecretsManager, Password.Id, "pw-one", "v1");
        var store = new ReadThenHoldStore(values);
        using var cache = new SecretCache(store, new SecretCacheOptions { FetchTimeout = null }, new FakeTimeProvider());
        var hold = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);

        store.Hold = hold.Task;
        var first = cache.GetAsync(Password).AsTask();
        store.Hold = null;
        cache.Invalidate(Password);
        values.Set(SecretSource.SecretsManager, Password.Id, "pw-two", "v2");
        var second = await cache.GetAsync(Password).AsTask().WaitAsync(NoHang);
        hold.SetResult(true);
        await first.WaitAsync(NoHang);

        Assert.Equal("pw-two", second.Reveal());
        Assert.Equal("pw-two", (await cache.GetAsync(Password)).Reveal());
    }
}
