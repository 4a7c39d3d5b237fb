using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Amazon.SimpleSystemsManagement;
using BenchmarkDotNet.Attributes;
using SecretAnalyzers.Runtime.Aws;
using SecretAnalyzers.Runtime.Tests.Aws;

namespace SecretAnalyzers.Runtime.Benchmarks;

/// <summary>
/// 100 Secrets Manager secrets through the real SDK client against the local fake SSM server: batched preload
/// (goal: 10 backend calls) against reading them one at a time (100 calls).
/// </summary>
[MemoryDiagnoser]
public class PreloadBenchmarks
{
    private FakeSsmServer _server = null!;
    private AmazonSimpleSystemsManagementClient _client = null!;
    private SecretsManagerReferenceSecretStore _store = null!;
    private List<SecretReference> _references = null!;

    [GlobalSetup]
    public void Setup()
    {
        _server = new FakeSsmServer();
        _client = _server.CreateClient();
        _store = new SecretsManagerReferenceSecretStore(_client);
        _references = Enumerable.Range(0, 100).Select(i => new SecretReference(SecretSource.SecretsManager, "bulk/secret-" + i)).ToList();
        foreach (var reference in _references)
        {
            _server.PutSecret(reference.Id, "value-of-" + reference.Id, "v1");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _server.ClearRequests();
        PreloadHundred().GetAwaiter().GetResult();
        var batched = _server.Requests.Count;
        _server.ClearRequests();
        ReadHundredOneAtATime().GetAwaiter().GetResult();
        Console.WriteLine("// backend calls for 100 secrets: preload " + batched + ", one at a time " + _server.Requests.Count);
        _client.Dispose();
        _server.Dispose();
    }

    [Benchmark(Baseline = true)]
    public async Task PreloadHundred()
    {
        using var cache = new SecretCache(_store);
        await cache.PreloadAsync(_references);
    }

    [Benchmark]
    public async Task ReadHundredOneAtATime()
    {
        using var cache = new SecretCache(_store);
        foreach (var reference in _references)
        {
            await cache.GetAsync(reference);
        }
    }
}
