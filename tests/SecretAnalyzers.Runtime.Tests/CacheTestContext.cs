using System;
using Microsoft.Extensions.Time.Testing;

namespace SecretAnalyzers.Runtime.Tests;

/// <summary>A cache over an in-memory store with a fake clock and no jitter, so timings are exact.</summary>
internal sealed class CacheTestContext : IDisposable
{
    public static readonly SecretReference Password = new(SecretSource.SecretsManager, "prod/db-password");
    public static readonly SecretReference Credentials = new(SecretSource.SecretsManager, "prod/db");

    public CacheTestContext(Action<SecretCacheOptions>? configure = null)
    {
        Store.Set(SecretSource.SecretsManager, Password.Id, "pw-one", "v1");
        Store.Set(SecretSource.SecretsManager, Credentials.Id, "{\"username\":\"app\",\"password\":\"pw-json\",\"port\":5432}", "v1");
        Options = new SecretCacheOptions
        {
            DefaultTtl = TimeSpan.FromMinutes(10),
            RefreshAheadRatio = 0.2,
            RefreshJitterRatio = 0,
            StaleGracePeriod = TimeSpan.FromMinutes(5),
            FetchTimeout = null,
        };
        configure?.Invoke(Options);
        Cache = new SecretCache(Store, Options, Time, Logger);
    }

    public InMemorySecretStore Store { get; } = new();

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    public CapturingLogger Logger { get; } = new();

    public SecretCacheOptions Options { get; }

    public SecretCache Cache { get; }

    public void Dispose() => Cache.Dispose();
}
