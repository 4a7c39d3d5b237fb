using System;
using System.Threading.Tasks;
using Amazon.SimpleSystemsManagement;
using SecretAnalyzers.Runtime.Aws;
using SecretAnalyzers.Runtime.Tests.Aws;

namespace SecretAnalyzers.Runtime.Tests;

/// <summary>Issue 9, item 6: a missing secret names every place looked and the fix; no SDK jargon, no values.</summary>
[Collection(DefaultProviderCollection.Name)]
public sealed class MissingSecretMessageTests
{
    private static readonly SecretReference ApiKey = new(SecretSource.ParameterStore, "/msg/api-key");

    [Fact]
    public async Task UseAwsWithoutARegionSaysNotFoundLocallyAndAwsIsNotConfigured()
    {
        // No region from the environment, and no instance metadata lookup (only loopback is allowed here).
        var saved = (Region: Environment.GetEnvironmentVariable("AWS_REGION"), Default: Environment.GetEnvironmentVariable("AWS_DEFAULT_REGION"),
            Metadata: Environment.GetEnvironmentVariable("AWS_EC2_METADATA_DISABLED"), Config: Environment.GetEnvironmentVariable("AWS_CONFIG_FILE"));
        Environment.SetEnvironmentVariable("AWS_REGION", null);
        Environment.SetEnvironmentVariable("AWS_DEFAULT_REGION", null);
        Environment.SetEnvironmentVariable("AWS_EC2_METADATA_DISABLED", "true");
        Environment.SetEnvironmentVariable("AWS_CONFIG_FILE", System.IO.Path.Combine(System.IO.Path.GetTempPath(), "sa-no-such-aws-config"));
        try
        {
            var builder = TestBuilder();
            builder.EnvironmentName = "Production";
            builder.UseEnvironment("SA_MSG_NONE_").UseAws();
            using var cache = new SecretCache(builder.Build());

            var error = await Assert.ThrowsAsync<SecretStoreNotConfiguredException>(async () => await cache.GetAsync(ApiKey));

            Assert.StartsWith("Secret 'parameterstore:/msg/api-key' was not found locally (looked in environment variable SA_MSG_NONE_MSG_API_KEY (not set)), and AWS is not configured (set AWS_REGION)", error.Message);
            Assert.Contains("To fix: set AWS_REGION", error.Message);
            Assert.DoesNotContain("No RegionEndpoint", error.Message);

            var preload = await Assert.ThrowsAsync<SecretStoreNotConfiguredException>(async () => await cache.PreloadAsync(new[] { ApiKey }));
            Assert.Contains("not found locally", preload.Message);
            Assert.Contains("AWS is not configured (set AWS_REGION)", preload.Message);
        }
        finally
        {
            Environment.SetEnvironmentVariable("AWS_REGION", saved.Region);
            Environment.SetEnvironmentVariable("AWS_DEFAULT_REGION", saved.Default);
            Environment.SetEnvironmentVariable("AWS_EC2_METADATA_DISABLED", saved.Metadata);
            Environment.SetEnvironmentVariable("AWS_CONFIG_FILE", saved.Config);
        }
    }

    [Fact]
    public async Task NotFoundAnywhereNamesTheVariableTheParameterTheEndpointAndTheFix()
    {
        using var server = new FakeSsmServer();
        server.PutParameter("/msg/other", "other-value");
        using var client = server.CreateClient();
        using var cache = new SecretCache(new ChainSecretStore(new EnvironmentSecretStore("SA_MSG_NONE_"), new ParameterStoreSecretStore(client)));
        await cache.GetAsync(new SecretReference(SecretSource.ParameterStore, "/msg/other"));

        var error = await Assert.ThrowsAsync<SecretNotFoundException>(async () => await cache.GetAsync(ApiKey));

        Assert.Contains("environment variable SA_MSG_NONE_MSG_API_KEY (not set)", error.Message);
        Assert.Contains("Parameter Store parameter '/msg/api-key' (endpoint " + server.Url + "): AWS answered ParameterNotFound", error.Message);
        Assert.Contains("To fix: set SA_MSG_NONE_MSG_API_KEY, or aws ssm put-parameter --name /msg/api-key --type SecureString --value <value>", error.Message);
        Assert.DoesNotContain("other-value", error.Message);
    }

    [Fact]
    public async Task PreloadSaysWhereItLookedForEachMissingSecret()
    {
        using var server = new FakeSsmServer();
        server.PutParameter("/msg/present", "present-value");
        using var client = server.CreateClient();
        using var cache = new SecretCache(new ChainSecretStore(new EnvironmentSecretStore("SA_MSG_NONE_"), new ParameterStoreSecretStore(client)));

        var error = await Assert.ThrowsAsync<SecretNotFoundException>(async () => await cache.PreloadAsync(new[]
        {
            new SecretReference(SecretSource.ParameterStore, "/msg/present"),
            ApiKey,
            new SecretReference(SecretSource.ParameterStore, "/msg/token"),
        }));

        Assert.Contains("2 secrets were not found during preload", error.Message);
        Assert.Contains("parameterstore:/msg/api-key (looked in environment variable SA_MSG_NONE_MSG_API_KEY; Parameter Store parameter '/msg/api-key' (endpoint " + server.Url, error.Message);
        Assert.Contains("parameterstore:/msg/token (looked in environment variable SA_MSG_NONE_MSG_TOKEN", error.Message);
        Assert.Contains("To fix parameterstore:/msg/api-key: set SA_MSG_NONE_MSG_API_KEY, or aws ssm put-parameter --name /msg/api-key", error.Message);
        Assert.DoesNotContain("present-value", error.Message);
    }

    [Fact]
    public async Task ServingStaleLogsHowMuchLongerNeverANegativeAge()
    {
        using var context = new CacheTestContext(o => o.ErrorRetryInterval = TimeSpan.FromSeconds(10));
        await context.Cache.GetAsync(CacheTestContext.Password);
        context.Store.FailWith(new SecretStoreUnavailableException(CacheTestContext.Password, "connection refused."));

        // Past the TTL: the first failed fetch pushes the entry's expiry out, which used to make the age negative.
        context.Time.Advance(TimeSpan.FromMinutes(11));
        await context.Cache.GetAsync(CacheTestContext.Password);
        context.Time.Advance(TimeSpan.FromSeconds(30));
        await context.Cache.GetAsync(CacheTestContext.Password);

        var lines = context.Logger.Lines;
        Assert.Contains(lines, l => l.Contains("SecretServedStale", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains(" -", StringComparison.Ordinal) && l.Contains("SecretServedStale", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("may be served for up to 240000 ms more", StringComparison.Ordinal));
    }

    private static SecretProviderBuilder TestBuilder() =>
        new(new Microsoft.Extensions.DependencyInjection.ServiceCollection());
}
