using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace SecretAnalyzers.Runtime;

/// <summary>
/// What application code and generated accessors call: a cached view over one or more <see cref="ISecretStore"/>s
/// (TTL, refresh-ahead, single-flight, stale-on-error, bounded size).
/// </summary>
public interface ISecretProvider
{
    /// <summary>
    /// The secret's value (the JSON field when <see cref="SecretReference.JsonKey"/> is set): from cache when fresh,
    /// otherwise fetched once however many callers ask at the same time.
    /// </summary>
    ValueTask<SecretValue> GetAsync(SecretReference reference, CancellationToken cancellationToken = default);

    /// <summary>The cached value if one is present (fresh or within its stale grace), without any I/O.</summary>
    bool TryGetCached(SecretReference reference, out SecretValue value);

    /// <summary>Fetches all references with batched backend calls and puts them in the cache.</summary>
    Task PreloadAsync(IEnumerable<SecretReference> references, CancellationToken cancellationToken = default);

    /// <summary>Drops the cached value; the next read fetches.</summary>
    void Invalidate(SecretReference reference);

    /// <summary>Fetches now and replaces the cached value (for example after the backend rejected the old credential).</summary>
    ValueTask<SecretValue> RefreshAsync(SecretReference reference, CancellationToken cancellationToken = default);
}
