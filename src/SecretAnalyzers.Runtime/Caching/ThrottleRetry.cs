using System;
using System.Threading;
using System.Threading.Tasks;

namespace SecretAnalyzers.Runtime.Caching;

/// <summary>Runs a backend call, retrying it while <c>isThrottled</c> says the failure was throttling.</summary>
internal static class ThrottleRetry
{
    /// <remarks>
    /// After the last attempt the backend's own exception propagates unchanged, so that the store's translation can keep
    /// its error code, status code and request id (see <see cref="SecretException.ErrorCode"/>) without chaining it.
    /// </remarks>
    public static async Task<T> ExecuteAsync<T>(
        Func<CancellationToken, Task<T>> call,
        Func<Exception, bool> isThrottled,
        SecretRetryOptions options,
        SecretReference? reference,
        CancellationToken cancellationToken)
    {
        var maxAttempts = Math.Max(1, options.MaxAttempts);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await call(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (attempt < maxAttempts && isThrottled(ex) && !cancellationToken.IsCancellationRequested)
            {
                var delay = options.DelayAfter(attempt, Jitter.NextFraction());
                if (delay > TimeSpan.Zero)
                {
                    await DelayAsync(options.TimeProvider, delay, cancellationToken).ConfigureAwait(false);
                }
            }
        }
    }

    private static Task DelayAsync(TimeProvider timeProvider, TimeSpan delay, CancellationToken cancellationToken)
    {
#if NET
        return Task.Delay(delay, timeProvider, cancellationToken);
#else
        return timeProvider.Delay(delay, cancellationToken);
#endif
    }
}
