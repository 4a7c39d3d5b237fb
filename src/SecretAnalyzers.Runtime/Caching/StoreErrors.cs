using System;
using System.Threading;

namespace SecretAnalyzers.Runtime.Caching;

/// <summary>How the cache classifies and reports what its store threw.</summary>
internal static class StoreErrors
{
    /// <summary>An outage to ride out with the old value (stale-on-error), not an answer about the secret.</summary>
    public static bool CanServeStale(SecretException exception) =>
        exception is SecretStoreUnavailableException or SecretStoreThrottledException;

    /// <summary>
    /// Maps any store failure to a <see cref="SecretException"/>. A foreign exception is never chained and its message
    /// never copied (it can hold the value); only its type name is kept.
    /// </summary>
    public static SecretException Translate(SecretReference? reference, Exception exception, CancellationToken ownToken)
    {
        switch (exception)
        {
            case SecretException secretException:
                return secretException;
            case OperationCanceledException when ownToken.IsCancellationRequested:
                return new SecretStoreUnavailableException(reference, "the cache was disposed.").WithCause(exception);
            case OperationCanceledException:
            case TimeoutException:
                return new SecretStoreUnavailableException(reference, "the read timed out.").WithCause(exception);
            default:
                return new SecretStoreUnavailableException(reference, "the store failed (" + exception.GetType().Name + ").").WithCause(exception);
        }
    }
}
