using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;

namespace SecretAnalyzers.Runtime.Benchmarks;

/// <summary>A fresh cached read: the path every generated accessor takes after the first fetch. Goal ≤ 25 ns, 0 bytes.</summary>
[MemoryDiagnoser]
public class HotPathBenchmarks
{
    private readonly SecretReference _password = new(SecretSource.SecretsManager, "prod/db-password");
    private readonly SecretReference _field = new SecretReference(SecretSource.SecretsManager, "prod/db").WithJsonKey("password");
    private SecretCache _cache = null!;

    // Generated accessors call through the interface, so the benchmark does too.
    private ISecretProvider _provider = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var store = new InMemorySecretStore();
        store.Set(SecretSource.SecretsManager, "prod/db-password", "benchmark-value");
        store.Set(SecretSource.SecretsManager, "prod/db", "{\"username\":\"app\",\"password\":\"benchmark-value\"}");
        _cache = new SecretCache(store, new SecretCacheOptions { DefaultTtl = System.TimeSpan.FromHours(1) });
        _provider = _cache;
        await _cache.GetAsync(_password);
        await _cache.GetAsync(_field);
    }

    [GlobalCleanup]
    public void Cleanup() => _cache.Dispose();

    [Benchmark(Baseline = true)]
    public SecretValue CachedRead() => _provider.GetAsync(_password).Result;

    [Benchmark]
    public SecretValue CachedJsonFieldRead() => _provider.GetAsync(_field).Result;

    [Benchmark]
    public bool TryGetCached() => _provider.TryGetCached(_password, out _);
}
