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
public sealed class ChainSecretStore : ISecretStore, ISecretStoreLookup
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

        var lookedIn = new List<string>();
        var fixes = new List<string>();
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
                lookedIn.Add(ex.Detail ?? SecretLookup.Location(store, reference));
                SecretLookup.AddFix(fixes, store, reference);
            }
            catch (SecretStoreNotConfiguredException ex) when (lookedIn.Count > 0 && ex.LookedIn.Count == 0)
            {
                // "Not found locally, and AWS is not configured": one message with every place looked.
                throw new SecretStoreNotConfiguredException(reference, ex.Reason, Combine(fixes, ex.Fix), lookedIn, ex);
            }
        }

        throw new SecretNotFoundException(
            reference,
            lookedIn.Count == 0 ? "no configured store reads " + reference.Source + " secrets." : SecretLookup.Detail(lookedIn, fixes));
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

            IReadOnlyDictionary<SecretReference, SecretValue> found;
            try
            {
                found = await store.GetManyAsync(asked, cancellationToken).ConfigureAwait(false);
            }
            catch (SecretStoreNotConfiguredException ex) when (ex.LookedIn.Count == 0)
            {
                var missing = ex.Reference ?? asked[0];
                var lookedIn = LookedInBefore(store, missing);
                if (lookedIn.Count == 0)
                {
                    throw;
                }

                var fixes = new List<string>();
                foreach (var before in StoresBefore(store, missing.Source))
                {
                    SecretLookup.AddFix(fixes, before, missing);
                }

                var reason = asked.Count > 1 && ex.Reason.IndexOf(" more secrets", StringComparison.Ordinal) < 0
                    ? ex.Reason + " (" + (asked.Count - 1) + " more secrets are missing too)"
                    : ex.Reason;
                throw new SecretStoreNotConfiguredException(missing, reason, Combine(fixes, ex.Fix), lookedIn, ex);
            }

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

    /// <inheritdoc />
    public string DescribeLocation(SecretReference reference)
    {
        var places = new List<string>();
        foreach (var store in _stores)
        {
            if (store.CanRead(reference.Source))
            {
                places.Add(SecretLookup.Location(store, reference));
            }
        }

        return places.Count == 0 ? "no store (none reads " + reference.Source + " secrets)" : string.Join("; ", places);
    }

    /// <inheritdoc />
    public string DescribeFix(SecretReference reference)
    {
        var fixes = new List<string>();
        foreach (var store in _stores)
        {
            if (store.CanRead(reference.Source))
            {
                SecretLookup.AddFix(fixes, store, reference);
            }
        }

        return string.Join(", or ", fixes);
    }

    /// <summary>Whether every store only reads the machine (no AWS or other remote store).</summary>
    internal bool IsLocalOnly()
    {
        foreach (var store in _stores)
        {
            if (store is not ILocalSecretStore && !(store is ChainSecretStore chain && chain.IsLocalOnly()))
            {
                return false;
            }
        }

        return true;
    }

    private static string? Combine(List<string> fixes, string? last)
    {
        if (last is not null && !fixes.Contains(last))
        {
            fixes.Insert(0, last);
        }

        return fixes.Count == 0 ? null : string.Join(", or ", fixes);
    }

    private IEnumerable<ISecretStore> StoresBefore(ISecretStore store, SecretSource source)
    {
        foreach (var before in _stores)
        {
            if (ReferenceEquals(before, store))
            {
                yield break;
            }

            if (before.CanRead(source))
            {
                yield return before;
            }
        }
    }

    private List<string> LookedInBefore(ISecretStore store, SecretReference reference)
    {
        var lookedIn = new List<string>();
        foreach (var before in StoresBefore(store, reference.Source))
        {
            lookedIn.Add(SecretLookup.Location(before, reference));
        }

        return lookedIn;
    }
}
