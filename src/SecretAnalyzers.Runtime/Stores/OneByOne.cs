using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace SecretAnalyzers.Runtime;

/// <summary>Batch reads for stores whose reads are local and cheap: one read per reference, missing ones left out.</summary>
internal static class OneByOne
{
    public static async ValueTask<IReadOnlyDictionary<SecretReference, SecretValue>> GetManyAsync(
        ISecretStore store,
        IReadOnlyCollection<SecretReference> references,
        CancellationToken cancellationToken)
    {
        var result = new Dictionary<SecretReference, SecretValue>();
        foreach (var reference in references)
        {
            try
            {
                result[reference] = await store.GetAsync(reference, cancellationToken).ConfigureAwait(false);
            }
            catch (SecretNotFoundException)
            {
                // Absent from the result, as ISecretStore.GetManyAsync documents.
            }
        }

        return result;
    }
}
