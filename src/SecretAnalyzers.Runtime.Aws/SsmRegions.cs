using System;
using System.Collections.Generic;
using System.Threading;
using Amazon;
using Amazon.SimpleSystemsManagement;

namespace SecretAnalyzers.Runtime.Aws;

/// <summary>The regions a store reads from, in order, each with its client (made on first use) and circuit breaker.</summary>
internal sealed class SsmRegions
{
    private SsmRegions(IReadOnlyList<SsmRegion> regions, bool isMultiRegion)
    {
        Regions = regions;
        IsMultiRegion = isMultiRegion;
    }

    public IReadOnlyList<SsmRegion> Regions { get; }

    /// <summary>Whether reads fail over (and ARNs are rewritten per region).</summary>
    public bool IsMultiRegion { get; }

    /// <summary>One client, no failover: the store's own client or the SDK default.</summary>
    public static SsmRegions Single(Func<IAmazonSimpleSystemsManagement> clientFactory) =>
        new(new[] { new SsmRegion(null, clientFactory, new RegionCircuitBreaker(int.MaxValue, 0)) }, isMultiRegion: false);

    public static SsmRegions Create(SsmSecretStoreOptions options)
    {
        if (options.FailuresToOpenCircuit < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "FailuresToOpenCircuit must be at least 1.");
        }

        if (options.CircuitOpenDuration < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "CircuitOpenDuration must not be negative.");
        }

        var factory = options.ClientFactory ?? (static region => new AmazonSimpleSystemsManagementClient(RegionEndpoint.GetBySystemName(region)));
        var regions = new List<SsmRegion>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in options.Regions!)
        {
            if (!AwsRegionName.IsValid(name))
            {
                throw new ArgumentException("Regions holds '" + name + "', which is not an AWS region name (" + AwsRegionName.Example + ").", nameof(options));
            }

            if (seen.Add(name))
            {
                var region = name;
                regions.Add(new SsmRegion(region, () => factory(region), new RegionCircuitBreaker(options.FailuresToOpenCircuit, (long)options.CircuitOpenDuration.TotalMilliseconds)));
            }
        }

        return new SsmRegions(regions, regions.Count > 1);
    }

    /// <summary>
    /// The name to request in <paramref name="region"/>: an ARN anywhere in it (also after the reference path) gets
    /// that region, because a Secrets Manager replica's ARN differs from the primary's only there.
    /// </summary>
    public string NameIn(SsmRegion region, string name)
    {
        if (!IsMultiRegion || region.Name is null)
        {
            return name;
        }

        var arnStart = name.IndexOf("arn:", StringComparison.Ordinal);
        if (arnStart < 0)
        {
            return name;
        }

        // arn:<partition>:<service>:<region>:<account>:…
        var regionStart = arnStart;
        for (var colons = 0; colons < 3; colons++)
        {
            regionStart = name.IndexOf(':', regionStart) + 1;
            if (regionStart == 0)
            {
                return name;
            }
        }

        var regionEnd = name.IndexOf(':', regionStart);
        return regionEnd < 0 || regionEnd == regionStart
            ? name
            : name.Substring(0, regionStart) + region.Name + name.Substring(regionEnd);
    }
}
