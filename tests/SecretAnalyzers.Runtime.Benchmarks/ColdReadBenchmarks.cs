using System;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;

namespace SecretAnalyzers.Runtime.Benchmarks;

/// <summary>Cold reads: one caller, and 100 concurrent callers sharing one backend call (single-flight).</summary>
[MemoryDiagnoser]
public class ColdReadBenchmarks
{
    private const int Callers = 100;
    private readonly SecretReference _password = new(SecretSource.SecretsManager, "prod/db-password");
    private readonly ValueTask<SecretValue>[] _pending = new ValueTask<SecretValue>[Callers];
    private InMemorySecretStore _store = null!;
    private SecretCache _cache = null!;

    [GlobalSetup]
    public void Setup()
    {
        _store = new InMemorySecretStore();
        _store.Set(SecretSource.SecretsManager, "prod/db-password", "benchmark-value");
        _cache = new SecretCache(_store);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        Console.WriteLine("// backend calls per cold read of " + Callers + " concurrent callers: " + BackendCallsForConcurrentColdRead());
        _cache.Dispose();
    }

    [Benchmark]
    public SecretValue ColdRead()
    {
        _cache.Invalidate(_password);
        return _cache.GetAsync(_password).Result;
    }

    [Benchmark(OperationsPerInvoke = Callers)]
    public async Task ColdReadHundredConcurrentCallers()
    {
        _cache.Invalidate(_password);
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _store.HoldUntil(gate.Task);
        for (var i = 0; i < Callers; i++)
        {
            _pending[i] = _cache.GetAsync(_password);
        }

        _store.HoldUntil(null);
        gate.SetResult();
        for (var i = 0; i < Callers; i++)
        {
            await _pending[i];
        }
    }

    private int BackendCallsForConcurrentColdRead()
    {
        _store.ResetCounts();
        ColdReadHundredConcurrentCallers().GetAwaiter().GetResult();
        return _store.GetCallCount;
    }
}
