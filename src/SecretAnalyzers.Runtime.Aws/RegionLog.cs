using System;
using Microsoft.Extensions.Logging;

namespace SecretAnalyzers.Runtime.Aws;

/// <summary>Region events: region names, references and error types only, never a value. A throwing logger is ignored.</summary>
internal static class RegionLog
{
    private static readonly Action<ILogger, string, string, string, Exception?> s_regionFailed = LoggerMessage.Define<string, string, string>(
        LogLevel.Warning, new EventId(20, "SecretRegionFailed"), "Reading {SecretReference} in region {Region} failed ({ErrorType}); trying the next region.");

    private static readonly Action<ILogger, string, int, long, Exception?> s_circuitOpened = LoggerMessage.Define<string, int, long>(
        LogLevel.Warning, new EventId(21, "SecretRegionCircuitOpened"), "Region {Region} failed {Failures} times in a row; skipping it for {OpenMs} ms.");

    private static readonly Action<ILogger, string, Exception?> s_circuitClosed = LoggerMessage.Define<string>(
        LogLevel.Information, new EventId(22, "SecretRegionCircuitClosed"), "Region {Region} answered again; reads go back to it.");

    public static void RegionFailed(ILogger? logger, string? reference, string region, string errorType) =>
        Write(logger, LogLevel.Warning, l => s_regionFailed(l, reference ?? "(batch)", region, errorType, null));

    public static void CircuitOpened(ILogger? logger, string region, int failures, long openMs) =>
        Write(logger, LogLevel.Warning, l => s_circuitOpened(l, region, failures, openMs, null));

    public static void CircuitClosed(ILogger? logger, string region) =>
        Write(logger, LogLevel.Information, l => s_circuitClosed(l, region, null));

    private static void Write(ILogger? logger, LogLevel level, Action<ILogger> write)
    {
        try
        {
            if (logger is not null && logger.IsEnabled(level))
            {
                write(logger);
            }
        }
        catch (Exception)
        {
            // Logging must never break a read.
        }
    }
}
