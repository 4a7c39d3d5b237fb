using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Primitives;

namespace SecretAnalyzers.Runtime;

/// <summary>
/// Loads the secrets of a <see cref="SecretsConfigurationSource"/> with one batched preload, then reloads on an
/// interval if asked. Without an explicit provider the source reads through <see cref="SecretProvider.Default"/>, and
/// only when a key is first looked up: <c>builder.Configuration</c> loads a source the moment it is added, which may be
/// before <c>AddSecretProvider</c> has installed the configured provider. When the provider reports rotations
/// (<see cref="ISecretRotationNotifier"/>, as <see cref="SecretCache"/> does), a rotation of any of the secrets reloads
/// this source, so <c>IOptionsMonitor&lt;T&gt;</c> sees the new value.
/// </summary>
public sealed class SecretsConfigurationProvider : PeriodicReloadConfigurationProvider
{
    private readonly SecretsConfigurationSource _source;
    private readonly object _gate = new();
    private const int NotLoaded = 0;
    private const int Deferred = 1;
    private const int Loaded = 2;
    private int _state;
    private int _watching;

    /// <summary>Creates the provider.</summary>
    public SecretsConfigurationProvider(SecretsConfigurationSource source)
        : base((source ?? throw new ArgumentNullException(nameof(source))).ReloadInterval)
    {
        _source = source;
    }

    /// <inheritdoc />
    public override void Load()
    {
        lock (_gate)
        {
            if (_source.Provider is null && _state == NotLoaded)
            {
                // The first load of a source without a provider waits for the first lookup (see the type's remarks).
                _state = Deferred;
                return;
            }

            base.Load();
            _state = Loaded;
        }

        WatchRotations();
    }

    /// <inheritdoc />
    public override bool TryGet(string key, out string? value)
    {
        EnsureLoaded();
        return base.TryGet(key, out value);
    }

    /// <inheritdoc />
    public override IEnumerable<string> GetChildKeys(IEnumerable<string> earlierKeys, string? parentPath)
    {
        EnsureLoaded();
        return base.GetChildKeys(earlierKeys, parentPath);
    }

    /// <inheritdoc />
    public override string ToString() => nameof(SecretsConfigurationProvider) + " (" + _source.Secrets.Count + " secrets)";

    /// <inheritdoc />
    protected override async Task<IDictionary<string, string?>> ReadAsync(CancellationToken cancellationToken)
    {
        var provider = _source.Provider ?? SecretProvider.Default;
        try
        {
            await provider.PreloadAsync(_source.Secrets.Values, cancellationToken).ConfigureAwait(false);
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
                var value = await provider.GetAsync(pair.Value, cancellationToken).ConfigureAwait(false);
                data[pair.Key] = value.Reveal();
            }
            catch (SecretNotFoundException) when (_source.Optional)
            {
            }
        }

        return data;
    }

    private void EnsureLoaded()
    {
        if (Volatile.Read(ref _state) != Deferred)
        {
            return;
        }

        lock (_gate)
        {
            if (_state == Deferred)
            {
                // A failure leaves the state deferred: the next lookup reports it again rather than reading nothing.
                base.Load();
                _state = Loaded;
            }
        }

        WatchRotations();
    }

    private void WatchRotations()
    {
        if ((_source.Provider ?? SecretProvider.Default) is not ISecretRotationNotifier notifier
            || Interlocked.Exchange(ref _watching, 1) == 1)
        {
            return;
        }

        foreach (var reference in _source.Secrets.Values)
        {
            ChangeToken.OnChange(() => notifier.GetChangeToken(reference), RequestReload);
        }
    }
}
