using System;
using System.Threading;
using Amazon.SimpleSystemsManagement;

namespace SecretAnalyzers.Runtime.Aws;

/// <summary>One region: its name (null for the single default client), lazy client and circuit breaker.</summary>
internal sealed class SsmRegion
{
    private readonly Lazy<IAmazonSimpleSystemsManagement> _client;

    public SsmRegion(string? name, Func<IAmazonSimpleSystemsManagement> clientFactory, RegionCircuitBreaker breaker)
    {
        Name = name;
        _client = new Lazy<IAmazonSimpleSystemsManagement>(clientFactory, LazyThreadSafetyMode.ExecutionAndPublication);
        Breaker = breaker;
    }

    public string? Name { get; }

    public IAmazonSimpleSystemsManagement Client => _client.Value;

    /// <summary>Whether the client exists yet (describing a region must not create one).</summary>
    public bool IsClientCreated => _client.IsValueCreated;

    public RegionCircuitBreaker Breaker { get; }
}
