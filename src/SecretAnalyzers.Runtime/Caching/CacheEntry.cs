namespace SecretAnalyzers.Runtime.Caching;

/// <summary>
/// One cache slot. Readers only ever load <see cref="Snapshot"/> (immutable) so a hit needs no lock; the slow path
/// locks the entry to start at most one fetch at a time.
/// </summary>
internal sealed class CacheEntry
{
    public CacheEntry(SecretReference key, long nowMs)
    {
        Key = key;
        LastAccessMs = nowMs;
    }

    public SecretReference Key { get; }

    /// <summary>The current value; null until the first fetch and after invalidation or eviction.</summary>
    public volatile CacheSnapshot? Snapshot;

    /// <summary>For a JSON-field entry: the document entry its value was extracted from.</summary>
    public volatile CacheEntry? Parent;

    /// <summary>The fetch in progress (single-flight); guarded by locking the entry.</summary>
    public System.Threading.Tasks.TaskCompletionSource<CacheSnapshot>? Pending;

    /// <summary>Coarse last-read time for LRU-ish eviction; written only when it changes to keep hits cheap.</summary>
    public long LastAccessMs;

    /// <summary>Whether the snapshot is still the one to serve (a field entry follows its document).</summary>
    public bool IsCurrent(CacheSnapshot snapshot)
    {
        var origin = snapshot.Origin;
        return origin is null || ReferenceEquals(origin, Parent?.Snapshot);
    }

    public void Touch(long nowMs)
    {
        if (LastAccessMs != nowMs)
        {
            LastAccessMs = nowMs;
        }
    }
}
