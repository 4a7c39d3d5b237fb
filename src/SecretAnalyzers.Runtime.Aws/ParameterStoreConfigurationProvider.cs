using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;

namespace SecretAnalyzers.Runtime.Aws;

/// <summary>Loads a Parameter Store hierarchy with GetParametersByPath (paged, recursive) into configuration keys.</summary>
public sealed class ParameterStoreConfigurationProvider : PeriodicReloadConfigurationProvider
{
    private readonly ParameterStoreConfigurationSource _source;
    private readonly ParameterStoreSecretStore _store;

    /// <summary>Creates the provider.</summary>
    public ParameterStoreConfigurationProvider(ParameterStoreConfigurationSource source)
        : base((source ?? throw new ArgumentNullException(nameof(source))).ReloadInterval)
    {
        _source = source;
        _store = new ParameterStoreSecretStore(source.Client, source.Options);
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
            base.Load();
        }
        catch (SecretException) when (_source.Optional)
        {
            Data = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
            StartReloading();
        }
    }

    /// <inheritdoc />
    public override string ToString() => nameof(ParameterStoreConfigurationProvider) + " (" + _source.Path + ")";

    /// <inheritdoc />
    protected override async Task<IDictionary<string, string?>> ReadAsync(CancellationToken cancellationToken)
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
}
