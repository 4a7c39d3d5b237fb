using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace SecretAnalyzers.Runtime;

/// <summary>
/// Secrets held in memory: for tests, samples and values computed at start-up. Each id keeps its version history,
/// so <c>AWSCURRENT</c> (the latest), <c>AWSPREVIOUS</c> and exact version ids resolve as they would in AWS.
/// Counts its calls and can simulate a slow or failing backend.
/// </summary>
public sealed class InMemorySecretStore : ISecretStore, ISecretStoreLookup
{
    private readonly ConcurrentDictionary<(SecretSource Source, string Id), List<SecretValue>> _secrets = new();
    private int _getCallCount;
    private int _batchCallCount;
    private volatile Exception? _failure;
    private volatile Task? _gate;

    /// <summary>How many times <see cref="GetAsync"/> was called.</summary>
    public int GetCallCount => Volatile.Read(ref _getCallCount);

    /// <summary>How many times <see cref="GetManyAsync"/> was called.</summary>
    public int BatchCallCount => Volatile.Read(ref _batchCallCount);

    /// <summary>Stores a new current value (the previous one becomes <c>AWSPREVIOUS</c>).</summary>
    public void Set(SecretSource source, string id, string value, string? versionId = null)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new ArgumentException("A secret id must not be empty.", nameof(id));
        }

        var secret = new SecretValue(value, versionId);
        var versions = _secrets.GetOrAdd((source, id), static _ => new List<SecretValue>());
        lock (versions)
        {
            versions.Add(secret);
        }
    }

    /// <summary>Removes the secret and its history; returns whether it existed.</summary>
    public bool Remove(SecretSource source, string id) => _secrets.TryRemove((source, id), out _);

    /// <summary>Makes every following read throw <paramref name="failure"/> (null: answer normally again).</summary>
    public void FailWith(Exception? failure) => _failure = failure;

    /// <summary>Makes every following read wait for <paramref name="gate"/> first (null: answer at once).</summary>
    public void HoldUntil(Task? gate) => _gate = gate;

    /// <summary>Sets the call counters back to zero.</summary>
    public void ResetCounts()
    {
        Interlocked.Exchange(ref _getCallCount, 0);
        Interlocked.Exchange(ref _batchCallCount, 0);
    }

    /// <inheritdoc />
    public bool CanRead(SecretSource source) => true;

    /// <inheritdoc />
    public ValueTask<SecretValue> GetAsync(SecretReference reference, CancellationToken cancellationToken = default)
    {
        if (reference is null)
        {
            throw new ArgumentNullException(nameof(reference));
        }

        Interlocked.Increment(ref _getCallCount);
        if (_gate is null && _failure is null)
        {
            return new ValueTask<SecretValue>(Find(reference) ?? throw NotFound(reference));
        }

        return GetSlowAsync(reference, cancellationToken);
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

        Interlocked.Increment(ref _batchCallCount);
        await WaitAndFailAsync(cancellationToken).ConfigureAwait(false);
        var result = new Dictionary<SecretReference, SecretValue>();
        foreach (var reference in references)
        {
            if (Find(reference) is { } value)
            {
                result[reference] = value;
            }
        }

        return result;
    }

    private async ValueTask<SecretValue> GetSlowAsync(SecretReference reference, CancellationToken cancellationToken)
    {
        await WaitAndFailAsync(cancellationToken).ConfigureAwait(false);
        return Find(reference) ?? throw NotFound(reference);
    }

    private async Task WaitAndFailAsync(CancellationToken cancellationToken)
    {
        if (_gate is { } gate)
        {
            await Caching.TaskWaiting.WaitAsync(WrapGate(gate), cancellationToken).ConfigureAwait(false);
        }

        if (_failure is { } failure)
        {
            throw failure;
        }
    }

    private static async Task<bool> WrapGate(Task gate)
    {
        await gate.ConfigureAwait(false);
        return true;
    }

    private SecretValue? Find(SecretReference reference)
    {
        if (!_secrets.TryGetValue((reference.Source, reference.Id), out var versions))
        {
            return null;
        }

        lock (versions)
        {
            if (versions.Count == 0)
            {
                return null;
            }

            if (reference.VersionId is { } versionId)
            {
                return versions.Find(v => string.Equals(v.VersionId, versionId, StringComparison.Ordinal));
            }

            return reference.VersionStage switch
            {
                null or "AWSCURRENT" => versions[versions.Count - 1],
                "AWSPREVIOUS" => versions.Count > 1 ? versions[versions.Count - 2] : null,
                _ => null,
            };
        }
    }

    /// <inheritdoc />
    public string DescribeLocation(SecretReference reference) => "the in-memory store";

    /// <inheritdoc />
    public string DescribeFix(SecretReference reference) => "add it with InMemorySecretStore.Set";

    private static SecretNotFoundException NotFound(SecretReference reference) => new(reference, "the in-memory store (no such secret)");
}
