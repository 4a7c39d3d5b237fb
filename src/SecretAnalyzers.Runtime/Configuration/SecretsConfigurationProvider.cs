using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;

namespace SecretAnalyzers.Runtime;

/// <summary>Loads the secrets of a <see cref="SecretsConfigurationSource"/> with one batched preload, then reloads on an interval if asked.</summary>
public sealed class SecretsConfigurationProvider : ConfigurationProvider, IDisposable
{
    private readonly SecretsConfigurationSource _source;
    private readonly ISecretProvider _provider;
    private readonly Timer? _timer;
    private int _reloading;

    /// <summary>Creates the provider.</summary>
    public SecretsConfigurationProvider(SecretsConfigurationSource source)
    {
        _source = source ?? throw new ArgumentNullException(nameof(source));
        _provider = source.Provider ?? SecretProvider.Default;
        if (source.ReloadInterval is { } interval && interval > TimeSpan.Zero)
        {
            _timer = new Timer(static state => ((SecretsConfigurationProvider)state!).ReloadInBackground(), this, interval, interval);
        }
    }

    /// <inheritdoc />
    public override void Load()
    {
        // Configuration is built synchronously; run the async read on the pool so no synchronization context deadlocks.
        Data = Task.Run(() => ReadAsync(CancellationToken.None)).GetAwaiter().GetResult();
    }

    /// <inheritdoc />
    public void Dispose() => _timer?.Dispose();

    /// <inheritdoc />
    public override string ToString() => nameof(SecretsConfigurationProvider) + " (" + _source.Secrets.Count + " secrets)";

    private async Task<IDictionary<string, string?>> ReadAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _provider.PreloadAsync(_source.Secrets.Values, cancellationToken).ConfigureAwait(false);
        }
        catch (SecretNotFoundException) when (_source.Optional)
        {
            // Preload cached everything that exists; missing keys stay unset.
        }

        var data = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in _source.Secrets)
        {
            try
            {
                var value = await _provider.GetAsync(pair.Value, cancellationToken).ConfigureAwait(false);
                data[pair.Key] = value.Reveal();
            }
            catch (SecretNotFoundException) when (_source.Optional)
            {
            }
        }

        return data;
    }

    private async void ReloadInBackground()
    {
        if (Interlocked.Exchange(ref _reloading, 1) == 1)
        {
            return;
        }

        try
        {
            var data = await ReadAsync(CancellationToken.None).ConfigureAwait(false);
            if (!SameData(data))
            {
                Data = data;
                OnReload();
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

    private bool SameData(IDictionary<string, string?> data)
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
