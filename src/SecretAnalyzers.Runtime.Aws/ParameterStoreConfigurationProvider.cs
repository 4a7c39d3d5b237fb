using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;

namespace SecretAnalyzers.Runtime.Aws;

/// <summary>Loads a Parameter Store hierarchy with GetParametersByPath (paged, recursive) into configuration keys.</summary>
public sealed class ParameterStoreConfigurationProvider : ConfigurationProvider, IDisposable
{
    private readonly ParameterStoreConfigurationSource _source;
    private readonly ParameterStoreSecretStore _store;
    private readonly Timer? _timer;
    private int _reloading;

    /// <summary>Creates the provider.</summary>
    public ParameterStoreConfigurationProvider(ParameterStoreConfigurationSource source)
    {
        _source = source ?? throw new ArgumentNullException(nameof(source));
        _store = new ParameterStoreSecretStore(source.Client, source.Options);
        if (source.ReloadInterval is { } interval && interval > TimeSpan.Zero)
        {
            _timer = new Timer(static state => ((ParameterStoreConfigurationProvider)state!).ReloadInBackground(), this, interval, interval);
        }
    }

    /// <summary>The configuration key for a parameter name under <paramref name="path"/>: the rest of the name with <c>/</c> as <c>:</c>.</summary>
    public static string ToConfigurationKey(string path, string parameterName)
    {
        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        if (parameterName is null)
        {
            throw new ArgumentNullException(nameof(parameterName));
        }

        var prefix = path.TrimEnd('/');
        var rest = parameterName.StartsWith(prefix + "/", StringComparison.Ordinal) ? parameterName.Substring(prefix.Length + 1) : parameterName.TrimStart('/');
        return rest.Trim('/').Replace("/", ConfigurationPath.KeyDelimiter);
    }

    /// <inheritdoc />
    public override void Load()
    {
        try
        {
            // Configuration is built synchronously; run the async read on the pool so no synchronization context deadlocks.
            Data = Task.Run(() => ReadAsync(CancellationToken.None)).GetAwaiter().GetResult();
        }
        catch (SecretException) when (_source.Optional)
        {
            Data = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _timer?.Dispose();

    /// <inheritdoc />
    public override string ToString() => nameof(ParameterStoreConfigurationProvider) + " (" + _source.Path + ")";

    private async Task<IDictionary<string, string?>> ReadAsync(CancellationToken cancellationToken)
    {
        var parameters = await _store.GetByPathAsync(_source.Path, recursive: true, cancellationToken).ConfigureAwait(false);
        var data = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in parameters)
        {
            var key = ToConfigurationKey(_source.Path, pair.Key);
            if (key.Length > 0)
            {
                data[key] = pair.Value.Reveal();
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
            if (!Same(data))
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

    private bool Same(IDictionary<string, string?> data)
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
