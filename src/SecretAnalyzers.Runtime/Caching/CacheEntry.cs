using System.Threading.Tasks;

namespace SecretAnalyzers.Runtime.Caching;

/// <summary>
/// One cache slot. Readers only ever load <see cref="Snapshot"/> (immutable) so a hit needs no lock; every write
/// (install, failure, invalidation) locks the entry and is checked against the fetch's ticket, so an older read can
/// never overwrite a newer one or undo an invalidation.
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

    /// <summary>The last failure and until when it is the answer (negative caching); null after a success.</summary>
    public volatile CacheFailure? Failure;

    /// <summary>The fetch in progress (single-flight); guarded by locking the entry.</summary>
    public TaskCompletionSource<CacheSnapshot>? Pending;

    /// <summary>Coarse last-read time for LRU-ish eviction; written only when it changes to keep hits cheap.</summary>
    public long LastAccessMs;

    // Tickets, all guarded by locking the entry. Each read of the store takes the next ticket when it starts; its result
    // is installed only when its ticket is newer than the last installed one and than the last invalidation.
    private long _lastTicket;
    private long _installedTicket;
    private long _invalidatedTicket;

    /// <summary>The last value installed, kept across invalidation to tell a rotation (new version) from a re-read.</summary>
    private SecretValue? _lastValue;

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

    /// <summary>The ticket of a read that starts now. Call with the entry locked.</summary>
    public long TakeTicket() => ++_lastTicket;

    /// <summary>
    /// Installs <paramref name="snapshot"/> read under <paramref name="ticket"/> unless a newer read or an invalidation
    /// came first. Returns whether it was installed; <paramref name="rotatedFrom"/> is the previous value when the new
    /// one is a rotation of it.
    /// </summary>
    public bool TryInstall(long ticket, CacheSnapshot snapshot, out SecretValue? rotatedFrom)
    {
        rotatedFrom = null;
        lock (this)
        {
            if (!IsNewest(ticket))
            {
                return false;
            }

            _installedTicket = ticket;
            if (_lastValue is { } previous && IsRotation(previous, snapshot.Value))
            {
                rotatedFrom = previous;
            }

            _lastValue = snapshot.Value;
            Failure = null;
            Snapshot = snapshot;
            return true;
        }
    }

    /// <summary>Records a failed read under <paramref name="ticket"/> unless a newer read or an invalidation came first.</summary>
    public bool TryFail(long ticket, CacheFailure failure, CacheSnapshot? replacement, bool dropSnapshot)
    {
        lock (this)
        {
            if (!IsNewest(ticket))
            {
                return false;
            }

            _installedTicket = ticket;
            Failure = failure;
            if (dropSnapshot)
            {
                Snapshot = null;
            }
            else if (replacement is not null)
            {
                Snapshot = replacement;
            }

            return true;
        }
    }

    /// <summary>Forgets the value and any failure; reads already in flight will not install theirs.</summary>
    public void Invalidate()
    {
        lock (this)
        {
            _invalidatedTicket = ++_lastTicket;
            Pending = null;
            Failure = null;
            Snapshot = null;
        }
    }

    private bool IsNewest(long ticket) => ticket > _installedTicket && ticket > _invalidatedTicket;

    /// <summary>A new version id, or (for stores without versions) a new plaintext.</summary>
    private static bool IsRotation(SecretValue previous, SecretValue current)
    {
        if (ReferenceEquals(previous, current))
        {
            return false;
        }

        return previous.VersionId is not null && current.VersionId is not null
            ? !string.Equals(previous.VersionId, current.VersionId, System.StringComparison.Ordinal)
            : !string.Equals(previous.Reveal(), current.Reveal(), System.StringComparison.Ordinal);
    }
}
