using System;
using System.Diagnostics;
using System.Threading;

namespace SecretAnalyzers.Runtime.Caching;

/// <summary>
/// Milliseconds since the cache started. With the system clock it reads <see cref="CoarseClock"/>, a process-wide
/// value a background thread advances every few milliseconds: reading the OS clock on every cache hit would cost more than the
/// rest of the hit (tens of nanoseconds on some virtual machines). Any other <see cref="TimeProvider"/> (a fake one in
/// tests) is asked directly, so tests stay exact.
/// </summary>
internal sealed class CacheClock
{
    private readonly TimeProvider _timeProvider;
    private readonly bool _useCoarseClock;
    private readonly long _start;
    private readonly double _msPerTimestampTick;

    public CacheClock(TimeProvider timeProvider)
    {
        _timeProvider = timeProvider;
        _msPerTimestampTick = 1000.0 / timeProvider.TimestampFrequency;
        _useCoarseClock = ReferenceEquals(timeProvider, TimeProvider.System);
        _start = _useCoarseClock ? CoarseClock.NowMs : timeProvider.GetTimestamp();
    }

    public TimeProvider TimeProvider => _timeProvider;

    public long NowMs() =>
        _useCoarseClock
            ? CoarseClock.NowMs - _start
            : (long)((_timeProvider.GetTimestamp() - _start) * _msPerTimestampTick);
}

/// <summary>
/// A monotonic millisecond clock advanced every <see cref="ResolutionMs"/> ms by a dedicated background thread (a
/// thread-pool timer would stop advancing while the pool is starved, and the cache would then serve values past their
/// TTL). Where threads cannot be started, a timer advances it instead.
/// </summary>
internal static class CoarseClock
{
    public const int ResolutionMs = 10;

    // Held so that the fallback timer is not collected.
    private static readonly Timer? s_timer;
    private static long s_nowMs;

    static CoarseClock()
    {
        s_nowMs = ReadOsClock();

        // No execution context flows into the thread or timer: it must not keep a request's ambient state alive.
        var restoreFlow = !ExecutionContext.IsFlowSuppressed();
        if (restoreFlow)
        {
            ExecutionContext.SuppressFlow();
        }

        try
        {
            try
            {
                new Thread(Run) { IsBackground = true, Name = "SecretAnalyzers coarse clock" }.Start();
            }
            catch (Exception ex) when (ex is PlatformNotSupportedException or NotSupportedException or OutOfMemoryException)
            {
                s_timer = new Timer(static _ => Advance(), null, ResolutionMs, ResolutionMs);
            }
        }
        finally
        {
            if (restoreFlow)
            {
                ExecutionContext.RestoreFlow();
            }
        }
    }

    public static long NowMs => Volatile.Read(ref s_nowMs);

    private static void Run()
    {
        while (true)
        {
            Thread.Sleep(ResolutionMs);
            Advance();
        }
    }

    private static void Advance()
    {
        var now = ReadOsClock();
        if (now > Volatile.Read(ref s_nowMs))
        {
            Volatile.Write(ref s_nowMs, now);
        }
    }

    private static long ReadOsClock()
    {
#if NET
        return Environment.TickCount64;
#else
        return (long)(Stopwatch.GetTimestamp() * (1000.0 / Stopwatch.Frequency));
#endif
    }
}
