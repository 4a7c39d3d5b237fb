using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace SecretAnalyzers.Runtime;

/// <summary>
/// Asks several stores in order (for example local overrides, then AWS): the first store that has the secret wins.
/// "Not found" falls through to the next store; any other error (access denied, throttling, outage) propagates,
/// so that a broken backend never silently turns into a different value.
/// </summary>
public sealed class ChainSecretStore : ISecretStore
{
    private readonly ISecretStore[] _stores;

    /// <summary>Creates the chain; earlier stores take precedence.</summary>
    public ChainSecretStore(params ISecretStore[] stores)
        : this((IEnumerable<ISecretStore>)stores)
    {
    }

    /// <summary>Creates the chain; earlier stores take precedence.</summary>
    public ChainSecretStore(IEnumerable<ISecretStore> stores)
    {
        if (stores is null)
        {
            throw new ArgumentNullException(nameof(stores));
        }

        _stores = stores.ToArray();
        if (Array.IndexOf(_stores, null) >= 0)
        {
            throw new ArgumentException("The stores must not contain null.", nameof(stores));
        }
    }

    /// <summary>The stores, in the order they are asked.</summary>
    public IReadOnlyList<ISecretStore> Stores => _stores;

    /// <inheritdoc />
    public bool CanRead(SecretSource source)
    {
        foreach (var store in _stores)
        {
            if (store.CanRead(source))
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc />
    public async ValueTask<SecretValue> GetAsync(SecretReference reference, CancellationToken cancellationToken = default)
    {
        if (reference is null)
        {
            throw new ArgumentNullException(nameof(reference));
        }

        List<string>? details = null;
        foreach (var store in _stores)
        {
            if (!store.CanRead(reference.Source))
            {
                continue;
            }

            try
            {
                return await store.GetAsync(reference, cancellationToken).ConfigureAwait(false);
            }
            catch (SecretNotFoundException ex)
            {
                (details ??= new List<string>()).Add(ex.Detail ?? store.GetType().Name);
            }
        }

        throw new SecretNotFoundException(
            reference,
            details is null ? "no configured store reads " + reference.Source + " secrets." : "looked in: " + string.Join("; ", details));
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyDictionary<SecretReference, SecretValue>> GetManyAsync(
        IReadOnlyCollection<SecretReference> references,
        CancellationToken cancellationToken = default)
    {
        if (references is null)
        {
            throw new ArgumentNullException(nameof(references));
        }

        var result = new Dictionary<SecretReference, SecretValue>();
        var remaining = new List<SecretReference>(references);
        foreach (var store in _stores)
        {
            var asked = remaining.FindAll(r => store.CanRead(r.Source));
            if (asked.Count == 0)
            {
                continue;
            }

            var found = await store.GetManyAsync(asked, cancellationToken).ConfigureAwait(false);
            foreach (var pair in found)
            {
                result[pair.Key] = pair.Value;
            }

            remaining.RemoveAll(result.ContainsKey);
            if (remaining.Count == 0)
            {
                break;
            }
        }

        return result;
    }
}
