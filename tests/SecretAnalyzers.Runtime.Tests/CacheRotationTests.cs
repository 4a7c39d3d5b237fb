using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace SecretAnalyzers.Runtime.Tests;

/// <summary>Rotation reaches every reader: synchronous reads, change tokens, configuration and IOptionsMonitor.</summary>
public class CacheRotationTests
{
    private static readonly SecretReference Password = CacheTestContext.Password;

    [Fact]
    public async Task SyncReadPastTheTtlServesTheCachedValueAndRefreshesInTheBackground()
    {
        using var context = new CacheTestContext();
        await context.Cache.GetAsync(Password);
        context.Store.Set(SecretSource.SecretsManager, Password.Id, "pw-two", "v2");
        context.Time.Advance(TimeSpan.FromMinutes(11));

        Assert.True(context.Cache.TryGetCached(Password, out var during));
        Assert.True(context.Cache.TryGetCached(Password, out _));

        Assert.Equal("pw-one", during.Reveal());
        await SecretCacheTests.WaitUntilAsync(() => context.Cache.TryGetCached(Password, out var v) && v.Reveal() == "pw-two");
        Assert.Equal(2, context.Store.GetCallCount);
    }

    [Fact]
    public async Task SyncReadOfAJsonFieldRefreshesItsDocument()
    {
        using var context = new CacheTestContext();
        var field = CacheTestContext.Credentials.WithJsonKey("password");
        await context.Cache.GetAsync(field);
        context.Store.Set(SecretSource.SecretsManager, CacheTestContext.Credentials.Id, "{\"password\":\"pw-rotated\"}", "v2");
        context.Time.Advance(TimeSpan.FromMinutes(9));

        Assert.True(context.Cache.TryGetCached(field, out var during));

        Assert.Equal("pw-json", during.Reveal());
        await SecretCacheTests.WaitUntilAsync(() => context.Cache.TryGetCached(field, out var v) && v.Reveal() == "pw-rotated");
    }

    [Fact]
    public async Task SyncReadDuringAnOutageDoesNotAskTheStoreOnEveryRead()
    {
        using var context = new CacheTestContext(o => o.ErrorRetryInterval = TimeSpan.FromSeconds(10));
        await context.Cache.GetAsync(Password);
        context.Store.FailWith(new SecretStoreUnavailableException(Password, "down."));
        context.Time.Advance(TimeSpan.FromMinutes(11));

        for (var i = 0; i < 100; i++)
        {
            Assert.True(context.Cache.TryGetCached(Password, out var stale));
            Assert.Equal("pw-one", stale.Reveal());
            await Task.Yield();
        }

        await SecretCacheTests.WaitUntilAsync(() => context.Logger.AllText.Contains("SecretRefreshFailed", StringComparison.Ordinal));
        Assert.True(context.Store.GetCallCount <= 3, "store calls: " + context.Store.GetCallCount);
    }

    [Fact]
    public async Task PastTtlAndGraceWithAFailingStoreASyncReadWaitsAtMostTheFetchTimeout()
    {
        using var context = new CacheTestContext(o => o.FetchTimeout = TimeSpan.FromMilliseconds(200));
        await context.Cache.GetAsync(Password);
        context.Store.HoldUntil(new TaskCompletionSource<bool>().Task);
        context.Time.Advance(TimeSpan.FromMinutes(16));

        Assert.False(context.Cache.TryGetCached(Password, out _));

        // What generated synchronous accessors do when nothing can be served.
        var started = DateTime.UtcNow;
        var read = Task.Run(() => context.Cache.GetAsync(Password).AsTask());
        await Assert.ThrowsAsync<SecretStoreUnavailableException>(() => read.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task RotationFiresTheChangeTokenAndTheRotatedEventWithVersionsOnly()
    {
        using var context = new CacheTestContext();
        await context.Cache.GetAsync(Password);
        var events = new List<SecretRotatedEventArgs>();
        context.Cache.Rotated += (_, e) => events.Add(e);
        var token = context.Cache.GetChangeToken(Password);

        await context.Cache.RefreshAsync(Password);
        Assert.False(token.HasChanged);

        context.Store.Set(SecretSource.SecretsManager, Password.Id, "pw-two", "v2");
        await context.Cache.RefreshAsync(Password);

        Assert.True(token.HasChanged);
        var rotated = Assert.Single(events);
        Assert.Equal(Password, rotated.Reference);
        Assert.Equal("v1", rotated.PreviousVersionId);
        Assert.Equal("v2", rotated.VersionId);
        Assert.False(context.Cache.GetChangeToken(Password).HasChanged);
        Assert.Contains("SecretRotated", context.Logger.AllText);
        Assert.DoesNotContain("pw-two", context.Logger.AllText);
    }

    [Fact]
    public async Task OnRotatedCallsBackPerReferenceUntilDisposed()
    {
        using var context = new CacheTestContext();
        var field = CacheTestContext.Credentials.WithJsonKey("password");
        await context.Cache.GetAsync(Password);
        await context.Cache.GetAsync(field);
        var passwordCalls = 0;
        var fieldCalls = 0;
        var subscription = context.Cache.OnRotated(Password, _ => passwordCalls++);
        using var fieldSubscription = context.Cache.OnRotated(field, _ => fieldCalls++);

        context.Store.Set(SecretSource.SecretsManager, CacheTestContext.Credentials.Id, "{\"password\":\"pw-new\"}", "v2");
        await context.Cache.RefreshAsync(field);
        context.Store.Set(SecretSource.SecretsManager, Password.Id, "pw-two", "v2");
        await context.Cache.RefreshAsync(Password);
        subscription.Dispose();
        context.Store.Set(SecretSource.SecretsManager, Password.Id, "pw-three", "v3");
        await context.Cache.RefreshAsync(Password);

        Assert.Equal(1, passwordCalls);
        Assert.Equal(1, fieldCalls);
    }

    [Fact]
    public async Task ThrowingRotationListenersDoNotBreakTheCache()
    {
        using var context = new CacheTestContext();
        await context.Cache.GetAsync(Password);
        context.Cache.Rotated += (_, _) => throw new InvalidOperationException("listener bug");
        ChangeToken.OnChange(() => context.Cache.GetChangeToken(Password), () => throw new InvalidOperationException("token listener bug"));
        context.Store.Set(SecretSource.SecretsManager, Password.Id, "pw-two", "v2");

        var refreshed = await context.Cache.RefreshAsync(Password);

        Assert.Equal("pw-two", refreshed.Reveal());
        Assert.Contains("SecretRotationListenerFailed", context.Logger.AllText);
    }

    [Fact]
    public async Task WatchedSecretIsRefreshedAndSignalledWithoutAnyRead()
    {
        using var context = new CacheTestContext();
        await context.Cache.GetAsync(Password);
        var token = context.Cache.GetChangeToken(Password);
        context.Store.Set(SecretSource.SecretsManager, Password.Id, "pw-two", "v2");

        context.Time.Advance(TimeSpan.FromMinutes(8.5));

        await SecretCacheTests.WaitUntilAsync(() => token.HasChanged);
        Assert.True(context.Cache.TryGetCached(Password, out var value));
        Assert.Equal("pw-two", value.Reveal());
    }

    [Fact]
    public async Task ConfigurationReloadsOnRotationSoOptionsMonitorSeesTheNewValue()
    {
        using var context = new CacheTestContext();
        var configuration = new ConfigurationBuilder()
            .AddSecrets(context.Cache, new Dictionary<string, SecretReference> { ["Db:Password"] = Password })
            .Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<IOptionsChangeTokenSource<DbOptions>>(new ConfigurationTokenSource<DbOptions>(configuration))
            .Configure<DbOptions>(o => o.Password = configuration["Db:Password"])
            .BuildServiceProvider();
        var monitor = services.GetRequiredService<IOptionsMonitor<DbOptions>>();
        Assert.Equal("pw-one", monitor.CurrentValue.Password);
        var seen = new List<string?>();
        using var listening = monitor.OnChange(o => seen.Add(o.Password));

        context.Store.Set(SecretSource.SecretsManager, Password.Id, "pw-two", "v2");
        await context.Cache.RefreshAsync(Password);

        await SecretCacheTests.WaitUntilAsync(() => monitor.CurrentValue.Password == "pw-two");
        Assert.Equal("pw-two", configuration["Db:Password"]);
        Assert.Contains("pw-two", seen);
    }

    private sealed class DbOptions
    {
        public string? Password { get; set; }
    }

    /// <summary>What Options.ConfigurationExtensions' <c>Configure&lt;T&gt;(IConfiguration)</c> registers, without the package.</summary>
    private sealed class ConfigurationTokenSource<T>(IConfiguration configuration) : IOptionsChangeTokenSource<T>
    {
        public string Name => Options.DefaultName;

        public IChangeToken GetChangeToken() => configuration.GetReloadToken();
    }
}
