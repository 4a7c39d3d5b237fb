using System;
using System.Reflection;
using System.Reflection.Emit;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SecretAnalyzers.Runtime.Aws;

namespace SecretAnalyzers.Runtime.Tests.Aws;

/// <summary>
/// The manifest's <c>defaults.regions</c> reaches <c>UseAws</c> through the assembly attribute the generator emits:
/// explicit <c>o.Regions</c> first, then the attribute, then the SDK's default region. Two loopback fake endpoints.
/// </summary>
public sealed class ManifestRegionsTests : IDisposable
{
    private const string East = "us-east-1";
    private const string West = "us-west-2";
    private static readonly SecretReference Key = new(SecretSource.ParameterStore, "/app/key");

    private readonly FakeSsmServer _east = new();
    private readonly FakeSsmServer _west = new();
    private readonly FakeTimeProvider _time = new();

    public ManifestRegionsTests()
    {
        _east.PutParameter("/app/key", "pw-east");
        _west.PutParameter("/app/key", "pw-west");
    }

    [Fact]
    public async Task WithoutExplicitRegionsTheAttributesRegionsAreReadInOrder()
    {
        var provider = Provider(o => o.RegionsFrom(AssemblyWith(West, East)));

        Assert.Equal("pw-west", (await provider.GetAsync(Key)).Reveal());
        Assert.Empty(_east.Requests);
    }

    [Fact]
    public async Task TheAttributesSecondRegionTakesOverWhenTheFirstFails()
    {
        _east.Intercept = (_, _) => FakeSsmServer.Error(503, "ServiceUnavailable", "down");
        var provider = Provider(o => o.RegionsFrom(AssemblyWith(East, West)));

        Assert.Equal("pw-west", (await provider.GetAsync(Key)).Reveal());
        Assert.Equal(1, _east.CountOf("GetParameter"));
    }

    [Fact]
    public async Task ExplicitRegionsWinOverTheAttribute()
    {
        var provider = Provider(o =>
        {
            o.Regions = [East];
            o.RegionsFrom(AssemblyWith(West));
        });

        Assert.Equal("pw-east", (await provider.GetAsync(Key)).Reveal());
        Assert.Empty(_west.Requests);
    }

    [Fact]
    public async Task WithoutAnAttributeThePassedClientAndItsRegionApply()
    {
        var provider = Provider(o => o.RegionsFrom(AssemblyWith()), client: _west.CreateClient());

        Assert.Equal("pw-west", (await provider.GetAsync(Key)).Reveal());
        Assert.Empty(_east.Requests);
    }

    [Theory]
    [InlineData("us_east_1")]
    [InlineData("US-EAST-1")]
    [InlineData(" us-east-1")]
    [InlineData("")]
    [InlineData("useast1")]
    public void ABadRegionInTheAttributeIsAClearErrorAtWiringTime(string bad)
    {
        var assembly = AssemblyWith(East, bad);

        var ex = Assert.Throws<InvalidOperationException>(() => Provider(o => o.RegionsFrom(assembly)));

        Assert.Contains("[assembly: SecretStoreRegions]", ex.Message, StringComparison.Ordinal);
        Assert.Contains(assembly.GetName().Name!, ex.Message, StringComparison.Ordinal);
        Assert.Contains("defaults.regions", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("us-gov-west-1")]
    [InlineData("cn-north-1")]
    [InlineData("ap-southeast-2")]
    public void RealRegionNamesAreAccepted(string region)
    {
        var provider = Provider(o => o.RegionsFrom(AssemblyWith(region, East)));

        Assert.NotNull(provider);
    }

    [Fact]
    public void AnExplicitBadRegionIsAnErrorNamingTheOptionAtWiringTime()
    {
        var ex = Assert.Throws<ArgumentException>(() => Provider(o => o.Regions = ["us_east_1"]));

        Assert.Contains("Regions", ex.Message, StringComparison.Ordinal);
        Assert.Contains("us_east_1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RegionsFromRejectsNull()
    {
        Assert.Throws<ArgumentNullException>(() => new SsmSecretStoreOptions().RegionsFrom(null!));
    }

    public void Dispose()
    {
        _east.Dispose();
        _west.Dispose();
    }

    /// <summary>An in-memory assembly carrying the attribute the generator emits (none when no region is given).</summary>
    private static Assembly AssemblyWith(params string[] regions)
    {
        var name = new AssemblyName("ManifestApp" + Guid.NewGuid().ToString("N"));
        var attributes = regions.Length == 0
            ? Array.Empty<CustomAttributeBuilder>()
            : new[] { new CustomAttributeBuilder(typeof(SecretStoreRegionsAttribute).GetConstructor(new[] { typeof(string[]) })!, new object[] { regions }) };
        return AssemblyBuilder.DefineDynamicAssembly(name, AssemblyBuilderAccess.Run, attributes);
    }

    private ISecretProvider Provider(Action<SsmSecretStoreOptions> configure, Amazon.SimpleSystemsManagement.IAmazonSimpleSystemsManagement? client = null) =>
        new ServiceCollection()
            .AddSecretProvider(b => b.UseAws(client, o =>
            {
                o.ClientFactory = region => (region == East ? _east : _west).CreateClient();
                o.Retry = new SecretRetryOptions { MaxAttempts = 1, TimeProvider = _time };
                configure(o);
            }), o => o.FetchTimeout = null)
            .BuildServiceProvider()
            .GetRequiredService<ISecretProvider>();
}
