using System;
using Amazon.SimpleSystemsManagement;
using Microsoft.Extensions.Time.Testing;
using SecretAnalyzers.Runtime.Aws;

namespace SecretAnalyzers.Runtime.Tests.Aws;

/// <summary>The fake SSM server, a real SDK client pointed at it (SDK retries off, so ours are what is tested) and the stores.</summary>
internal sealed class AwsTestContext : IDisposable
{
    public AwsTestContext(int maxAttempts = 4)
    {
        Client = Server.CreateClient(maxErrorRetry: 0);
        Options = new SsmSecretStoreOptions
        {
            Retry = new SecretRetryOptions { MaxAttempts = maxAttempts, BaseDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(5) },
        };
        ParameterStore = new ParameterStoreSecretStore(Client, Options);
        SecretsManager = new SecretsManagerReferenceSecretStore(Client, Options);
    }

    public FakeSsmServer Server { get; } = new();

    public AmazonSimpleSystemsManagementClient Client { get; }

    public SsmSecretStoreOptions Options { get; }

    public ParameterStoreSecretStore ParameterStore { get; }

    public SecretsManagerReferenceSecretStore SecretsManager { get; }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    public CapturingLogger Logger { get; } = new();

    public SecretCache CreateCache(Action<SecretCacheOptions>? configure = null)
    {
        var options = new SecretCacheOptions { DefaultTtl = TimeSpan.FromMinutes(10), RefreshJitterRatio = 0, StaleGracePeriod = TimeSpan.FromMinutes(5), FetchTimeout = null };
        configure?.Invoke(options);
        return new SecretCache(new ChainSecretStore(ParameterStore, SecretsManager), options, Time, Logger);
    }

    public void Dispose()
    {
        Client.Dispose();
        Server.Dispose();
    }
}
