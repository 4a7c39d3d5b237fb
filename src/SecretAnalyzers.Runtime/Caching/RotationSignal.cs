using System.Threading;
using Microsoft.Extensions.Primitives;

namespace SecretAnalyzers.Runtime.Caching;

/// <summary>The change token of one watched secret: each rotation fires the current token and arms a new one.</summary>
internal sealed class RotationSignal
{
    private CancellationTokenSource _current = new();

    public IChangeToken Token => new CancellationChangeToken(Volatile.Read(ref _current).Token);

    /// <summary>Fires the token; returns what its listeners threw (they never break the cache).</summary>
    public System.Exception? Fire()
    {
        var fired = Interlocked.Exchange(ref _current, new CancellationTokenSource());

        // Listeners run here, on the thread that installed the new value; the new token is armed first, so a listener
        // that asks for a token again gets one that will fire on the next rotation.
        try
        {
            fired.Cancel();
            return null;
        }
        catch (System.AggregateException ex)
        {
            return ex;
        }

        // Not disposed: tokens already handed out must stay usable, and a source without a timer holds nothing to free.
    }
}
