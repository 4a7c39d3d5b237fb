using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace SecretAnalyzers.Runtime;

/// <summary>
/// A store made by a factory over the container, created on first use after the container has resolved the secret
/// provider. Before that there is no container, and a read says so instead of silently skipping the store.
/// </summary>
internal sealed class ContainerCreatedStore : ISecretStore, ISecretStoreLookup
{
    private readonly SecretProviderBuilder _builder;
    private readonly Func<IServiceProvider, ISecretStore> _factory;
    private readonly object _gate = new();
    private ISecretStore? _store;

    public ContainerCreatedStore(SecretProviderBuilder builder, Func<IServiceProvider, ISecretStore> factory)
    {
        _builder = builder;
        _factory = factory;
    }

    // Until the store exists its sources are unknown; claim all, so a read reaches it and reports the missing container.
    public bool CanRead(SecretSource source) => _store?.CanRead(source) ?? true;

    public ValueTask<SecretValue> GetAsync(SecretReference reference, CancellationToken cancellationToken = default) =>
        Store(reference).GetAsync(reference, cancellationToken);

    public ValueTask<IReadOnlyDictionary<SecretReference, SecretValue>> GetManyAsync(
        IReadOnlyCollection<SecretReference> references,
        CancellationToken cancellationToken = default)
    {
        SecretReference? first = null;
        foreach (var reference in references ?? throw new ArgumentNullException(nameof(references)))
        {
            first = reference;
            break;
        }

        return Store(first).GetManyAsync(references, cancellationToken);
    }

    public string DescribeLocation(SecretReference reference) =>
        _store is { } store ? SecretLookup.Location(store, reference) : "a store added with UseStore(services => …) (not created yet)";

    public string DescribeFix(SecretReference reference) =>
        _store is ISecretStoreLookup lookup ? lookup.DescribeFix(reference) : string.Empty;

    private ISecretStore Store(SecretReference? reference)
    {
        lock (_gate)
        {
            if (_store is not null)
            {
                return _store;
            }

            var services = _builder.ServiceProvider
                ?? throw new SecretStoreNotConfiguredException(
                    reference,
                    "a store added with UseStore(services => …) needs the container, which does not exist before builder.Build()",
                    "pass the store instance to UseStore(store), or read this secret after the container has resolved ISecretProvider");
            return _store = _factory(services) ?? throw new InvalidOperationException("The store factory passed to UseStore returned null.");
        }
    }
}
