using System;
using System.Collections.Generic;
using Microsoft.Extensions.DependencyInjection;

namespace SecretAnalyzers.Runtime;

/// <summary>
/// Chooses the stores behind the registered <see cref="ISecretProvider"/>. Stores are asked in the order they are
/// added (first one that has the secret wins), so add local overrides before AWS:
/// <c>b.UseEnvironment().UseLocalFile().UseSecretsManagerViaParameterStore()</c>.
/// </summary>
public sealed class SecretProviderBuilder
{
    private readonly List<Func<IServiceProvider, ISecretStore>> _stores = new();

    internal SecretProviderBuilder(IServiceCollection services)
    {
        Services = services;
    }

    /// <summary>The service collection, for extensions that register what their stores need.</summary>
    public IServiceCollection Services { get; }

    /// <summary>
    /// Whether the provider, when first resolved, also becomes <see cref="SecretProvider.Default"/> (what generated
    /// static accessors use). Default true.
    /// </summary>
    public bool SetAsDefault { get; set; } = true;

    /// <summary>Adds a store instance.</summary>
    public SecretProviderBuilder UseStore(ISecretStore store)
    {
        if (store is null)
        {
            throw new ArgumentNullException(nameof(store));
        }

        _stores.Add(_ => store);
        return this;
    }

    /// <summary>Adds a store created from the service provider when the secret provider is first resolved.</summary>
    public SecretProviderBuilder UseStore(Func<IServiceProvider, ISecretStore> factory)
    {
        _stores.Add(factory ?? throw new ArgumentNullException(nameof(factory)));
        return this;
    }

    /// <summary>Adds environment variables (<c>prod/db-password</c> → <c>PROD_DB_PASSWORD</c>, see <see cref="EnvironmentSecretStore"/>).</summary>
    public SecretProviderBuilder UseEnvironment(string? prefix = null) => UseStore(new EnvironmentSecretStore(prefix));

    /// <summary>Adds a local JSON file keyed by secret id; null finds <c>secrets.local.json</c> as the default provider does.</summary>
    public SecretProviderBuilder UseLocalFile(string? path = null) =>
        UseStore(_ => path is null ? LocalFileSecretStore.CreateDefault() : new LocalFileSecretStore(path));

    internal ISecretStore Build(IServiceProvider services)
    {
        if (_stores.Count == 0)
        {
            return SecretProvider.CreateLocalDefaultStore();
        }

        if (_stores.Count == 1)
        {
            return _stores[0](services);
        }

        var stores = new ISecretStore[_stores.Count];
        for (var i = 0; i < stores.Length; i++)
        {
            stores[i] = _stores[i](services);
        }

        return new ChainSecretStore(stores);
    }
}
