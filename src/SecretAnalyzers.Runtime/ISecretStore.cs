using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace SecretAnalyzers.Runtime;

/// <summary>
/// A backend that holds secrets (Parameter Store, Secrets Manager, environment, local file, memory).
/// Stores do no caching; put a <see cref="ISecretProvider"/> in front of them.
/// </summary>
public interface ISecretStore
{
    /// <summary>Whether this store answers for references of <paramref name="source"/>.</summary>
    bool CanRead(SecretSource source);

    /// <summary>Reads one secret. The reference never carries a JSON key here: the provider extracts fields.</summary>
    /// <exception cref="SecretNotFoundException">The secret does not exist in this store.</exception>
    /// <exception cref="SecretAccessDeniedException">The caller may not read it.</exception>
    /// <exception cref="SecretStoreThrottledException">The backend kept throttling after retries.</exception>
    /// <exception cref="SecretStoreUnavailableException">Timeouts, network errors, 5xx.</exception>
    ValueTask<SecretValue> GetAsync(SecretReference reference, CancellationToken cancellationToken = default);

    /// <summary>
    /// Reads many secrets in as few backend calls as the store allows (Parameter Store: 10 names a call).
    /// Secrets that do not exist are absent from the result; other failures throw.
    /// </summary>
    ValueTask<IReadOnlyDictionary<SecretReference, SecretValue>> GetManyAsync(
        IReadOnlyCollection<SecretReference> references,
        CancellationToken cancellationToken = default);
}
