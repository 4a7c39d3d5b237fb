using System;
using System.Collections.Concurrent;
using System.Threading;
using Microsoft.Extensions.Primitives;

namespace SecretAnalyzers.Runtime.Caching;

/// <summary>
/// The secrets someone watches (a change token or an <c>OnRotated</c> callback): one <see cref="RotationSignal"/> each,
/// and a timer that every second offers each of them to the cache for a due refresh, so that a rotation is seen even
/// when nobody reads the secret.
/// </summary>
internal sealed class RotationWatch : IDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    private readonly ConcurrentDictionary<SecretReference, RotationSignal> _signals = new();
    private readonly object _gate = new();
    private readonly TimeProvider _timeProvider;
    private readonly Action<SecretReference> _refreshIfDue;
    private ITimer? _timer;
    private bool _disposed;

    /// <param name="timeProvider">Creates the timer (a fake one in tests).</param>
    /// <param name="refreshIfDue">Called on each tick for each watched document; must not throw.</param>
    public RotationWatch(TimeProvider timeProvider, Action<SecretReference> refreshIfDue)
    {
        _timeProvider = timeProvider;
        _refreshIfDue = refreshIfDue;
    }

    /// <summary>Watches <paramref name="document"/> and returns the token its next rotation fires.</summary>
    public IChangeToken Watch(SecretReference document)
    {
        var signal = _signals.GetOrAdd(document, static _ => new RotationSignal());
        Start();
        return signal.Token;
    }

    /// <summary>Fires the document's token, if it is watched; returns whether a listener threw.</summary>
    public bool Fire(SecretReference document) => _signals.TryGetValue(document, out var signal) && signal.Fire() is not null;

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _timer?.Dispose();
            _timer = null;
        }
    }

    /// <summary>Starts the timer once.</summary>
    private void Start()
    {
        lock (_gate)
        {
            if (_timer is not null || _disposed)
            {
                return;
            }

            // No execution context flows into the timer: it must not keep a request's ambient state alive.
            var restoreFlow = !ExecutionContext.IsFlowSuppressed();
            if (restoreFlow)
            {
                ExecutionContext.SuppressFlow();
            }

            try
            {
                _timer = _timeProvider.CreateTimer(static state => ((RotationWatch)state!).Tick(), this, Interval, Interval);
            }
            finally
            {
                if (restoreFlow)
                {
                    ExecutionContext.RestoreFlow();
                }
            }
        }
    }

    private void Tick()
    {
        try
        {
            foreach (var pair in _signals)
            {
                _refreshIfDue(pair.Key);
            }
        }
        catch (Exception)
        {
            // A timer callback must never throw; the next tick tries again.
        }
    }
}
