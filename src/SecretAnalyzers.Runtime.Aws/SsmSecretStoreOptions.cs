using System;
using System.Collections.Generic;
using System.Reflection;
using Amazon.SimpleSystemsManagement;
using Microsoft.Extensions.Logging;
using SecretAnalyzers.Runtime;

namespace SecretAnalyzers.Runtime.Aws;

/// <summary>Options of the stores that read through the AWS Systems Manager (SSM) client.</summary>
public sealed class SsmSecretStoreOptions
{
    private readonly object _regionsGate = new();
    private SsmRegions? _sharedRegions;
    private Assembly? _regionsAssembly;

    /// <summary>
    /// Retries of throttled calls, on top of the SDK's own retries (see docs/runtime.md: set the client's
    /// <c>MaxErrorRetry</c> to choose who retries).
    /// </summary>
    public SecretRetryOptions Retry { get; set; } = new();

    /// <summary>Decrypt SecureString parameters. Default true; the Secrets Manager reference path always decrypts.</summary>
    public bool WithDecryption { get; set; } = true;

    /// <summary>
    /// Regions to read from, in order of preference (<c>["us-east-1", "us-west-2"]</c>). When not set, <c>UseAws</c>
    /// takes them from the application's <see cref="SecretStoreRegionsAttribute"/> (the manifest's
    /// <c>defaults.regions</c>; see <see cref="RegionsFrom"/>), and without one the SDK's region resolution applies. A region that throttles,
    /// answers 5xx, times out or cannot be reached counts a failure and the read moves to the next region; after
    /// <see cref="FailuresToOpenCircuit"/> failures in a row the region is skipped for <see cref="CircuitOpenDuration"/>,
    /// then one read probes it. Secrets Manager replicas keep their name in every region, and an ARN's region is
    /// rewritten for the region asked. Null or empty: one client, with the SDK's region resolution.
    /// When set, clients come from <see cref="ClientFactory"/> (else an SDK client per region), not from a client
    /// passed to the store.
    /// </summary>
    public IReadOnlyList<string>? Regions { get; set; }

    /// <summary>Creates the SSM client of one region (tests point it at a local endpoint); null: the SDK's client for that region.</summary>
    public Func<string, IAmazonSimpleSystemsManagement>? ClientFactory { get; set; }

    /// <summary>Failures in a row that open a region's circuit. Default 3.</summary>
    public int FailuresToOpenCircuit { get; set; } = 3;

    /// <summary>How long an open circuit skips its region before one read probes it again. Default 30 seconds.</summary>
    public TimeSpan CircuitOpenDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Where region failures, failovers and circuit changes are logged (region and reference, never a value).</summary>
    public ILogger? Logger { get; set; }

    /// <summary>
    /// Takes the regions from <paramref name="assembly"/>'s <see cref="SecretStoreRegionsAttribute"/> (which the source
    /// generator emits from the manifest's <c>defaults.regions</c>) when <see cref="Regions"/> is not set. Without this
    /// call <c>UseAws</c> reads the entry assembly's attribute, unless a client was passed to it. Call it when the
    /// manifest belongs to a library, or when the entry assembly is a host (a test runner, a worker shell).
    /// </summary>
    /// <param name="assembly">The assembly compiled with the manifest.</param>
    /// <returns>These options.</returns>
    public SsmSecretStoreOptions RegionsFrom(Assembly assembly)
    {
        _regionsAssembly = assembly ?? throw new ArgumentNullException(nameof(assembly));
        return this;
    }

    /// <summary>
    /// Resolves the regions once, at wiring time, so that a bad attribute fails at start-up: explicit
    /// <see cref="Regions"/>, else the attribute of the <see cref="RegionsFrom"/> assembly, else (when no client was
    /// passed) the entry assembly's attribute, else none (the SDK's default region).
    /// </summary>
    internal void ApplyManifestRegions(bool clientGiven)
    {
        if (Regions is { Count: > 0 })
        {
            return;
        }

        var assembly = _regionsAssembly ?? (clientGiven ? null : Assembly.GetEntryAssembly());
        if (ManifestRegions.Read(assembly) is { } regions)
        {
            Regions = regions;
        }
    }

    /// <summary>The regional clients and breakers, made once per options object so that stores sharing it share them.</summary>
    internal SsmRegions? GetSharedRegions()
    {
        if (Regions is not { Count: > 0 })
        {
            return null;
        }

        lock (_regionsGate)
        {
            return _sharedRegions ??= SsmRegions.Create(this);
        }
    }
}
