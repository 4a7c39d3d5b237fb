using System.Threading;

namespace SecretAnalyzers.Runtime.Aws;

/// <summary>
/// Closed until <c>threshold</c> failures in a row, then open (the region is skipped) for the open duration, then
/// half-open: one read probes the region; success closes the circuit, failure opens it again.
/// </summary>
internal sealed class RegionCircuitBreaker
{
    private readonly int _threshold;
    private readonly long _openMs;
    private int _failures;
    private long _openUntilMs;
    private int _probing;

    public RegionCircuitBreaker(int threshold, long openMs)
    {
        _threshold = threshold;
        _openMs = openMs;
    }

    /// <summary>Whether the circuit is open or half-open (failed often enough to be skipped).</summary>
    public bool HasTripped => Volatile.Read(ref _failures) >= _threshold;

    /// <summary>Whether a read may go to this region now (in half-open state only one read at a time may).</summary>
    public bool TryEnter(long nowMs)
    {
        if (Volatile.Read(ref _failures) < _threshold)
        {
            return true;
        }

        return nowMs >= Volatile.Read(ref _openUntilMs) && Interlocked.CompareExchange(ref _probing, 1, 0) == 0;
    }

    public void OnSuccess()
    {
        Volatile.Write(ref _failures, 0);
        Volatile.Write(ref _probing, 0);
    }

    /// <summary>Counts a failure; returns true when it (re)opened the circuit.</summary>
    public bool OnFailure(long nowMs)
    {
        var failures = Interlocked.Increment(ref _failures);
        if (failures < _threshold)
        {
            return false;
        }

        var wasProbing = Interlocked.Exchange(ref _probing, 0) == 1;
        Volatile.Write(ref _openUntilMs, nowMs + _openMs);
        return failures == _threshold || wasProbing;
    }
}
