using System.Threading;
using System.Threading.Tasks;

namespace SecretAnalyzers.Runtime.Caching;

/// <summary>Awaits a shared fetch with one caller's cancellation without cancelling the fetch for the others.</summary>
internal static class TaskWaiting
{
    public static Task<T> WaitAsync<T>(Task<T> task, CancellationToken cancellationToken)
    {
        if (!cancellationToken.CanBeCanceled || task.IsCompleted)
        {
            return task;
        }
#if NET
        return task.WaitAsync(cancellationToken);
#else
        return WaitSlowAsync(task, cancellationToken);
#endif
    }

#if !NET
    private static async Task<T> WaitSlowAsync<T>(Task<T> task, CancellationToken cancellationToken)
    {
        var cancelled = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        using (cancellationToken.Register(static state => ((TaskCompletionSource<bool>)state!).TrySetResult(true), cancelled))
        {
            if (await Task.WhenAny(task, cancelled.Task).ConfigureAwait(false) != task)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
        }

        return await task.ConfigureAwait(false);
    }
#endif
}
