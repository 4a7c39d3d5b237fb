using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics.Metrics;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SecretAnalyzers.Runtime.Aws;

namespace SecretAnalyzers.Runtime.Tests.Aws;

/// <summary>Two loopback fake SSM endpoints, one per region, read by the real SDK client.</summary>
public sealed class RegionalFailoverTests : IDisposable
{
    private const string East = "us-east-1";
    private const string West = "us-west-2";
    private static readonly SecretReference Key = new(SecretSource.ParameterStore, "/app/key");

    private readonly FakeSsmServer _east = new();
    private readonly FakeSsmServer _west = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly CapturingLogger _logger = new();

    public RegionalFailoverTests()
    {
        _east.PutParameter("/app/key", "pw-east");
        _west.PutParameter("/app/key", "pw-west");
        _east.PutSecret("prod/db", "sm-east", "v1");
        _west.PutSecret("prod/db", "sm-west", "v1");
    }

    [Fact]
    public async Task ServerErrorsInTheFirstRegionFailOverToTheNext()
    {
        _east.Intercept = (_, _) => FakeSsmServer.Error(503, "ServiceUnavailable", "down");
        var store = new ParameterStoreSecretStore(options: Options());

        var value = await store.GetAsync(Key);

        Assert.Equal("pw-west", value.Reveal());
        Assert.Equal(1, _east.CountOf("GetParameter"));
        Assert.Equal(1, _west.CountOf("GetParameter"));
        Assert.Contains(East, _logger.AllText);
        Assert.Contains("SecretRegionFailed", _logger.AllText);
        Assert.DoesNotContain("pw-", _logger.AllText);
    }

    [Fact]
    public async Task ThrottlingAndUnreachableRegionsFailOverToo()
    {
        _east.Intercept = (_, _) => FakeSsmServer.Error(400, "ThrottlingException", "Rate exceeded");
        var throttled = new ParameterStoreSecretStore(options: Options());
        Assert.Equal("pw-west", (await throttled.GetAsync(Key)).Reveal());

        int closedPort;
        using (var gone = new FakeSsmServer())
        {
            closedPort = new Uri(gone.Url).Port;
        }

        var unreachable = new ParameterStoreSecretStore(options: Options(region => region == East
            ? new Amazon.SimpleSystemsManagement.AmazonSimpleSystemsManagementClient(
                new Amazon.Runtime.BasicAWSCredentials(FakeSsmServer.AccessKey, FakeSsmServer.SecretKey),
                new Amazon.SimpleSystemsManagement.AmazonSimpleSystemsManagementConfig { ServiceURL = "http://127.0.0.1:" + closedPort + "/", AuthenticationRegion = East, MaxErrorRetry = 0 })
            : _west.CreateClient()));
        Assert.Equal("pw-west", (await unreachable.GetAsync(Key)).Reveal());
    }

    [Fact]
    public async Task NotFoundAndAccessDeniedDoNotFailOver()
    {
        var store = new ParameterStoreSecretStore(options: Options());
        _east.Intercept = (_, _) => FakeSsmServer.Error(400, "AccessDeniedException", "no");

        await Assert.ThrowsAsync<SecretAccessDeniedException>(async () => await store.GetAsync(Key));
        _east.Intercept = null;
        await Assert.ThrowsAsync<SecretNotFoundException>(async () => await store.GetAsync(new SecretReference(SecretSource.ParameterStore, "/app/missing")));

        Assert.Empty(_west.Requests);
    }

    [Fact]
    public async Task CircuitOpensAfterNFailuresThenOneProbeClosesIt()
    {
        _east.Intercept = (_, _) => FakeSsmServer.Error(500, "InternalServerError", "down");
        var store = new ParameterStoreSecretStore(options: Options());

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal("pw-west", (await store.GetAsync(Key)).Reveal());
        }

        Assert.Equal(2, _east.CountOf("GetParameter"));
        Assert.Equal(5, _west.CountOf("GetParameter"));
        Assert.Contains("SecretRegionCircuitOpened", _logger.AllText);

        _east.Intercept = null;
        _time.Advance(TimeSpan.FromSeconds(29));
        Assert.Equal("pw-west", (await store.GetAsync(Key)).Reveal());
        Assert.Equal(2, _east.CountOf("GetParameter"));

        _time.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal("pw-east", (await store.GetAsync(Key)).Reveal());
        Assert.Equal("pw-east", (await store.GetAsync(Key)).Reveal());
        Assert.Equal(4, _east.CountOf("GetParameter"));
        Assert.Contains("SecretRegionCircuitClosed", _logger.AllText);
    }

    [Fact]
    public async Task FailedProbeOpensTheCircuitAgain()
    {
        _east.Intercept = (_, _) => FakeSsmServer.Error(503, "ServiceUnavailable", "down");
        var store = new ParameterStoreSecretStore(options: Options());
        await store.GetAsync(Key);
        await store.GetAsync(Key);

        _time.Advance(TimeSpan.FromSeconds(31));
        await store.GetAsync(Key);
        await store.GetAsync(Key);

        Assert.Equal(3, _east.CountOf("GetParameter"));
    }

    [Fact]
    public async Task EveryRegionFailingReportsTheLastRegionsError()
    {
        _east.Intercept = (_, _) => FakeSsmServer.Error(503, "ServiceUnavailable", "down");
        _west.Intercept = (_, _) => FakeSsmServer.Error(500, "InternalServerError", "down");
        var store = new ParameterStoreSecretStore(options: Options());

        var error = await Assert.ThrowsAsync<SecretStoreUnavailableException>(async () => await store.GetAsync(Key));

        Assert.Equal(West, error.Region);
        Assert.Equal(500, error.StatusCode);
        Assert.Null(error.InnerException);
    }

    [Fact]
    public async Task SecretsManagerReplicasAreReadByNameAndByArnInTheNextRegion()
    {
        _east.Intercept = (_, _) => FakeSsmServer.Error(503, "ServiceUnavailable", "down");
        var store = new SecretsManagerReferenceSecretStore(options: Options());
        var byArn = new SecretReference(SecretSource.SecretsManager, "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf");

        Assert.Equal("sm-west", (await store.GetAsync(new SecretReference(SecretSource.SecretsManager, "prod/db"))).Reveal());
        Assert.Equal("sm-west", (await store.GetAsync(byArn)).Reveal());
        var many = await store.GetManyAsync(new[] { byArn });

        Assert.Equal("sm-west", many[byArn].Reveal());
        var westNames = _west.Requests.SelectMany(r => NamesOf(JsonNode.Parse(r.Body)!)).ToList();
        Assert.Contains("/aws/reference/secretsmanager/arn:aws:secretsmanager:us-west-2:123456789012:secret:prod/db-AbCdEf", westNames);
    }

    [Fact]
    public async Task BatchedPreloadFailsOverAsAWhole()
    {
        _east.Intercept = (_, _) => FakeSsmServer.Error(503, "ServiceUnavailable", "down");
        var store = new ParameterStoreSecretStore(options: Options());
        using var cache = new SecretCache(store, new SecretCacheOptions { FetchTimeout = null }, _time);

        await cache.PreloadAsync(new[] { Key });

        Assert.True(cache.TryGetCached(Key, out var value));
        Assert.Equal("pw-west", value.Reveal());
        Assert.Equal(1, _west.CountOf("GetParameters"));
    }

    [Fact]
    public async Task MetricsNameTheRegionAndNothingElse()
    {
        var measurements = new ConcurrentQueue<(string Instrument, long Value, string Tags)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == RegionMetrics.MeterName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
            measurements.Enqueue((instrument.Name, value, string.Join(",", tags.ToArray().Select(t => t.Key + "=" + t.Value)))));
        listener.Start();
        _east.Intercept = (_, _) => FakeSsmServer.Error(503, "ServiceUnavailable", "down");
        var store = new ParameterStoreSecretStore(options: Options());

        await store.GetAsync(Key);
        await store.GetAsync(Key);

        var mine = measurements.Where(m => m.Tags == "region=" + East).ToList();
        Assert.Contains(mine, m => m.Instrument == "secretanalyzers.aws.region_failures");
        Assert.Contains(mine, m => m.Instrument == "secretanalyzers.aws.failovers");
        Assert.Contains(mine, m => m.Instrument == "secretanalyzers.aws.circuit_opened");
        Assert.All(measurements, m => Assert.Matches("^region=us-(east-1|west-2)$", m.Tags));
    }

    [Fact]
    public async Task UseAwsWithRegionsSharesBreakersBetweenBothStores()
    {
        _east.Intercept = (_, _) => FakeSsmServer.Error(503, "ServiceUnavailable", "down");
        var services = new ServiceCollection()
            .AddSecretProvider(b => b.UseAws(o =>
            {
                o.Regions = [East, West];
                o.ClientFactory = ClientFor;
                o.Retry = new SecretRetryOptions { MaxAttempts = 1, TimeProvider = _time };
                o.FailuresToOpenCircuit = 2;
            }), o => o.FetchTimeout = null)
            .BuildServiceProvider();
        var provider = services.GetRequiredService<ISecretProvider>();

        Assert.Equal("pw-west", (await provider.GetAsync(Key)).Reveal());
        Assert.Equal("sm-west", (await provider.GetAsync(new SecretReference(SecretSource.SecretsManager, "prod/db"))).Reveal());
        _west.PutParameter("/app/other", "pw-other");
        Assert.Equal("pw-other", (await provider.GetAsync(new SecretReference(SecretSource.ParameterStore, "/app/other"))).Reveal());

        // Two failures (one per store) opened the shared circuit: the third read skips the failing region.
        Assert.Equal(2, _east.Requests.Count);
    }

    public void Dispose()
    {
        _east.Dispose();
        _west.Dispose();
    }

    private static IEnumerable<string> NamesOf(JsonNode body) =>
        body["Name"] is { } name ? new[] { (string)name! } : body["Names"]!.AsArray().Select(n => (string)n!);

    private Amazon.SimpleSystemsManagement.IAmazonSimpleSystemsManagement ClientFor(string region) =>
        (region == East ? _east : _west).CreateClient();

    private SsmSecretStoreOptions Options(Func<string, Amazon.SimpleSystemsManagement.IAmazonSimpleSystemsManagement>? factory = null) => new()
    {
        Regions = [East, West],
        ClientFactory = factory ?? ClientFor,
        Retry = new SecretRetryOptions { MaxAttempts = 1, TimeProvider = _time },
        FailuresToOpenCircuit = 2,
        CircuitOpenDuration = TimeSpan.FromSeconds(30),
        Logger = _logger,
    };
}
