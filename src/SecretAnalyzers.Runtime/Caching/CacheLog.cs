using System;
using Microsoft.Extensions.Logging;

namespace SecretAnalyzers.Runtime.Caching;

/// <summary>
/// The cache's log messages. Arguments are references (source, id, key, version) and counts, never values. A logger
/// that throws is ignored: logging must never break a read or leave a fetch unfinished.
/// </summary>
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

    private static readonly Action<ILogger, string, string, string, Exception?> s_rotated = LoggerMessage.Define<string, string, string>(
        LogLevel.Information, new EventId(6, "SecretRotated"), "Secret {SecretReference} rotated from version {PreviousVersionId} to {VersionId}.");

    private static readonly Action<ILogger, string, Exception?> s_listenerFailed = LoggerMessage.Define<string>(
        LogLevel.Warning, new EventId(7, "SecretRotationListenerFailed"), "A rotation listener of secret {SecretReference} threw; the cache carries on.");

    public static void FetchFailed(ILogger logger, SecretReference reference, SecretException exception) =>
        Write(logger, LogLevel.Warning, () => s_fetchFailed(logger, reference.ToString(), exception.CauseType ?? exception.GetType().Name, exception));

    // staleForMs: how much longer the stale value may be served (the grace left), always positive. Not "expired N ms
    // ago": after a failed fetch the entry's expiry is pushed out, so that figure went negative.
    public static void ServingStale(ILogger logger, SecretReference reference, long staleForMs, Exception exception) =>
        Write(logger, LogLevel.Warning, () => s_servingStale(logger, reference.ToString(), staleForMs, exception));

    public static void RefreshFailed(ILogger logger, SecretReference reference, Exception exception) =>
        Write(logger, LogLevel.Warning, () => s_refreshFailed(logger, reference.ToString(), exception));

    public static void Evicted(ILogger logger, int count, int maxEntries) =>
        Write(logger, LogLevel.Debug, () => s_evicted(logger, count, maxEntries, null));

    public static void Fetched(ILogger logger, SecretReference reference) =>
        Write(logger, LogLevel.Debug, () => s_fetched(logger, reference.ToString(), null));

    public static void Rotated(ILogger logger, SecretReference reference, string? previousVersionId, string? versionId) =>
        Write(logger, LogLevel.Information, () => s_rotated(logger, reference.ToString(), previousVersionId ?? "(none)", versionId ?? "(none)", null));

    /// <remarks>The listener's exception is not logged: it is foreign code and its message could hold anything.</remarks>
    public static void ListenerFailed(ILogger logger, SecretReference reference) =>
        Write(logger, LogLevel.Warning, () => s_listenerFailed(logger, reference.ToString(), null));

    private static void Write(ILogger logger, LogLevel level, Action write)
    {
        try
        {
            if (logger.IsEnabled(level))
            {
                write();
            }
        }
        catch (Exception)
        {
            // A broken logger must not break the cache (a throw here once left a fetch pending forever).
        }
    }
}
