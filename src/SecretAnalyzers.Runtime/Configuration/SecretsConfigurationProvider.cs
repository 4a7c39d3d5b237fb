using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Primitives;

namespace SecretAnalyzers.Runtime;

/// <summary>Loads the secrets of a <see cref="SecretsConfigurationSource"/> with one batched preload, then reloads on an interval if asked.</summary>
public sealed class SecretsConfigurationProvider : PeriodicReloadConfigurationProvider
{
    private readonly SecretsConfigurationSource _source;
    private readonly ISecretProvider _provider;
    private int _watching;

    /// <summary>Creates the provider.</summary>
    public SecretsConfigurationProvider(SecretsConfigurationSource source)
        : base((source ?? throw new ArgumentNullException(nameof(source))).ReloadInterval)
    {
        _source = source;
        _provider = source.Provider ?? SecretProvider.Default;
    }

    /// <inheritdoc />
    /// <remarks>
    /// When the provider reports rotations (<see cref="ISecretRotationNotifier"/>, as <see cref="SecretCache"/> does), a
    /// rotation of any of the secrets reloads this source, so <c>IOptionsMonitor&lt;T&gt;</c> sees the new value.
    /// </remarks>
    public override void Load()
    {
        base.Load();
        WatchRotations();
    }

    /// <inheritdoc />
    public override string ToString() => nameof(SecretsConfigurationProvider) + " (" + _source.Secrets.Count + " secrets)";

    /// <inheritdoc />
    protected override async Task<IDictionary<string, string?>> ReadAsync(CancellationToken cancellationToken)
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

    private void WatchRotations()
    {
        if (_provider is not ISecretRotationNotifier notifier || Interlocked.Exchange(ref _watching, 1) == 1)
        {
            return;
        }

        foreach (var reference in _source.Secrets.Values)
        {
            ChangeToken.OnChange(() => notifier.GetChangeToken(reference), RequestReload);
        }
    }
}
