using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;

namespace SecretAnalyzers.Runtime;

/// <summary>
/// A configuration provider whose data is read asynchronously from a secret store, optionally re-read on an interval;
/// listeners are told only when a value actually changed (rotation).
/// </summary>
public abstract class PeriodicReloadConfigurationProvider : ConfigurationProvider, IDisposable
{
    private readonly TimeSpan? _reloadInterval;
    private Timer? _timer;
    private int _reloading;
    private int _reloadAgain;
    private int _disposed;

    /// <summary>Creates the provider.</summary>
    /// <param name="reloadInterval">How often to re-read after the first load; null or zero: never.</param>
    protected PeriodicReloadConfigurationProvider(TimeSpan? reloadInterval)
    {
        _reloadInterval = reloadInterval is { } interval && interval > TimeSpan.Zero ? interval : null;
    }

    /// <inheritdoc />
    public override void Load()
    {
        // Configuration is built synchronously; run the async read on the pool so no synchronization context deadlocks.
        Data = Task.Run(() => ReadAsync(CancellationToken.None)).GetAwaiter().GetResult();
        StartReloading();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            Interlocked.Exchange(ref _timer, null)?.Dispose();
        }
    }

    /// <summary>Reads every key and value this provider supplies.</summary>
    protected abstract Task<IDictionary<string, string?>> ReadAsync(CancellationToken cancellationToken);

    /// <summary>Starts the reload timer once, after the first load, so a reload never races the constructor.</summary>
    protected void StartReloading()
    {
        if (_reloadInterval is not { } interval || Volatile.Read(ref _disposed) == 1 || Volatile.Read(ref _timer) is not null)
        {
            return;
        }

        var timer = new Timer(static state => ((PeriodicReloadConfigurationProvider)state!).ReloadInBackground(), this, Timeout.Infinite, Timeout.Infinite);
        if (Interlocked.CompareExchange(ref _timer, timer, null) is null)
        {
            timer.Change(interval, interval);
        }
        else
        {
            timer.Dispose();
        }
    }

    /// <summary>Reads again now, in the background (for example when a secret rotated); listeners are told if a value changed.</summary>
    protected void RequestReload()
    {
        if (Volatile.Read(ref _disposed) == 0)
        {
            ReloadInBackground();
        }
    }

    private async void ReloadInBackground()
    {
        // A request that arrives during a reload is not dropped: that reload may have read the value before the change.
        Volatile.Write(ref _reloadAgain, 1);
        if (Interlocked.Exchange(ref _reloading, 1) == 1)
        {
            return;
        }

        try
        {
            while (Interlocked.Exchange(ref _reloadAgain, 0) == 1)
            {
                var data = await ReadAsync(CancellationToken.None).ConfigureAwait(false);
                if (!HasSameData(data))
                {
                    Data = data;
                    OnReload();
                }
            }
        }
        catch (Exception)
        {
            // A timer callback must never throw (it would end the process): keep the last good values.
            // The cache logs store failures.
        }
        finally
        {
            Volatile.Write(ref _reloading, 0);
        }
    }

    private bool HasSameData(IDictionary<string, string?> data)
    {
        if (data.Count != Data.Count)
        {
            return false;
        }

        foreach (var pair in data)
        {
            if (!Data.TryGetValue(pair.Key, out var existing) || !string.Equals(existing, pair.Value, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
