using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace SecretAnalyzers.Runtime.Tests;

/// <summary>
/// Reads its values the moment it is called, then waits for <see cref="Hold"/> before answering: a slow network reply
/// that carries what was current when the request arrived. For lost-update races.
/// </summary>
internal sealed class ReadThenHoldStore : ISecretStore
{
    private readonly InMemorySecretStore _values;

    public ReadThenHoldStore(InMemorySecretStore values)
    {
        _values = values;
    }

    /// <summary>Calls made while this is set wait for it (null: answer at once).</summary>
    public Task? Hold { get; set; }

    public bool CanRead(SecretSource source) => true;

    public async ValueTask<SecretValue> GetAsync(SecretReference reference, CancellationToken cancellationToken = default)
    {
        var hold = Hold;
        var value = await _values.GetAsync(reference, cancellationToken);
        if (hold is not null)
        {
            await hold;
        }

        return value;
    }

    public async ValueTask<IReadOnlyDictionary<SecretReference, SecretValue>> GetManyAsync(
        IReadOnlyCollection<SecretReference> references,
        CancellationToken cancellationToken = default)
    {
        var hold = Hold;
        var values = await _values.GetManyAsync(references, cancellationToken);
        if (hold is not null)
        {
            await hold;
        }

        return values;
    }
}
