using System;
using System.Threading;
using System.Threading.Tasks;
using SecretAnalyzers.Runtime.Caching;

namespace SecretAnalyzers.Runtime;

/// <summary>
/// Retries a store's backend call while it is throttled, with the jittered backoff of <see cref="SecretRetryOptions"/>.
/// Public so that stores in other packages (SecretAnalyzers.Runtime.Aws, your own) retry exactly like the built-in
/// ones without reaching into this assembly's internals. See docs/runtime.md, "Custom stores".
/// </summary>
public static class SecretStoreRetry
{
    /// <summary>
    /// Runs <paramref name="call"/>; when it fails with an exception <paramref name="isThrottled"/> accepts, waits and
    /// tries again, up to <see cref="SecretRetryOptions.MaxAttempts"/> attempts in total.
    /// </summary>
    /// <remarks>
    /// After the last attempt the backend's own exception propagates unchanged, so that the store's translation can keep
    /// its error code, status code and request id (see <see cref="SecretException.ErrorCode"/>) and report
    /// <see cref="SecretStoreThrottledException"/> with the number of attempts.
    /// </remarks>
    /// <typeparam name="T">The call's result.</typeparam>
    /// <param name="call">The backend call; receives <paramref name="cancellationToken"/>.</param>
    /// <param name="isThrottled">Whether a failure is throttling (worth retrying); other failures propagate at once.</param>
    /// <param name="options">Attempts, backoff and the clock the delays run on.</param>
    /// <param name="cancellationToken">Stops the call and the backoff delays.</param>
    /// <returns>The call's result.</returns>
    public static async Task<T> ExecuteAsync<T>(
        Func<CancellationToken, Task<T>> call,
        Func<Exception, bool> isThrottled,
        SecretRetryOptions options,
        CancellationToken cancellationToken)
    {
        if (call is null)
        {
            throw new ArgumentNullException(nameof(call));
        }

        if (isThrottled is null)
        {
            throw new ArgumentNullException(nameof(isThrottled));
        }

        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

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
