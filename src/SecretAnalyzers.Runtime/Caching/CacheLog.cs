using System;
using Microsoft.Extensions.Logging;

namespace SecretAnalyzers.Runtime.Caching;

/// <summary>The cache's log messages. Arguments are references (source, id, key, version) and counts, never values.</summary>
internal static class CacheLog
{
    private static readonly Action<ILogger, string, string, Exception?> s_fetchFailed = LoggerMessage.Define<string, string>(
        LogLevel.Warning, new EventId(1, "SecretFetchFailed"), "Reading secret {SecretReference} failed ({ErrorType}).");

    private static readonly Action<ILogger, string, long, Exception?> s_servingStale = LoggerMessage.Define<string, long>(
        LogLevel.Warning, new EventId(2, "SecretServedStale"),
        "Serving the cached value of secret {SecretReference} because the store failed; it may be served for up to {StaleForMs} ms more.");

    private static readonly Action<ILogger, string, Exception?> s_refreshFailed = LoggerMessage.Define<string>(
        LogLevel.Warning, new EventId(3, "SecretRefreshFailed"),
        "Background refresh of secret {SecretReference} failed; the cached value is kept until it expires.");

    private static readonly Action<ILogger, int, int, Exception?> s_evicted = LoggerMessage.Define<int, int>(
        LogLevel.Debug, new EventId(4, "SecretCacheEvicted"), "Evicted {Count} least recently used secrets to stay within {MaxEntries} entries.");

    private static readonly Action<ILogger, string, Exception?> s_fetched = LoggerMessage.Define<string>(
        LogLevel.Debug, new EventId(5, "SecretFetched"), "Fetched secret {SecretReference}.");

    public static void FetchFailed(ILogger logger, SecretReference reference, Exception exception)
    {
        if (logger.IsEnabled(LogLevel.Warning))
        {
            s_fetchFailed(logger, reference.ToString(), exception.GetType().Name, exception);
        }
    }

    // staleForMs: how much longer the stale value may be served (the grace period left), always positive.
    public static void ServingStale(ILogger logger, SecretReference reference, long staleForMs, Exception exception)
    {
        if (logger.IsEnabled(LogLevel.Warning))
        {
            // Not "expired N ms ago": after a failed fetch the entry's expiry is pushed out, so that figure went negative.
            s_servingStale(logger, reference.ToString(), staleForMs, exception);
        }
    }

    public static void RefreshFailed(ILogger logger, SecretReference reference, Exception exception)
    {
        if (logger.IsEnabled(LogLevel.Warning))
        {
            s_refreshFailed(logger, reference.ToString(), exception);
        }
    }

    public static void Evicted(ILogger logger, int count, int maxEntries)
    {
        if (logger.IsEnabled(LogLevel.Debug))
        {
            s_evicted(logger, count, maxEntries, null);
        }
    }

    public static void Fetched(ILogger logger, SecretReference reference)
    {
        if (logger.IsEnabled(LogLevel.Debug))
        {
            s_fetched(logger, reference.ToString(), null);
        }
    }
}
