using System.Collections.Generic;
using System.Diagnostics.Metrics;

namespace SecretAnalyzers.Runtime.Aws;

/// <summary>
/// Region instruments on the meter <see cref="MeterName"/>, tagged with <c>region</c> only (never an id or a value).
/// </summary>
public static class RegionMetrics
{
    /// <summary>The meter name to subscribe to (OpenTelemetry: <c>AddMeter("SecretAnalyzers.Runtime.Aws")</c>).</summary>
    public const string MeterName = "SecretAnalyzers.Runtime.Aws";

    private static readonly Meter s_meter = new(MeterName);

    private static readonly Counter<long> s_failures = s_meter.CreateCounter<long>(
        "secretanalyzers.aws.region_failures", "{call}", "Calls to a region that throttled, failed with 5xx, timed out or could not reach it.");

    private static readonly Counter<long> s_failovers = s_meter.CreateCounter<long>(
        "secretanalyzers.aws.failovers", "{call}", "Reads that moved on from this region to the next one.");

    private static readonly Counter<long> s_circuitOpened = s_meter.CreateCounter<long>(
        "secretanalyzers.aws.circuit_opened", "{event}", "Times this region's circuit opened (the region is skipped for a while).");

    internal static void Failure(string region) => s_failures.Add(1, new KeyValuePair<string, object?>("region", region));

    internal static void Failover(string region) => s_failovers.Add(1, new KeyValuePair<string, object?>("region", region));

    internal static void CircuitOpened(string region) => s_circuitOpened.Add(1, new KeyValuePair<string, object?>("region", region));
}
