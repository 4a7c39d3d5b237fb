using System;

namespace SecretAnalyzers.Runtime.Caching;

/// <summary>
/// Milliseconds since the cache started. With the system clock on .NET it reads <c>Environment.TickCount64</c>
/// (a coarse monotonic clock that costs a few nanoseconds); with any other <see cref="TimeProvider"/> (tests) it
/// asks the provider.
/// </summary>
internal sealed class CacheClock
{
    private readonly TimeProvider _timeProvider;
#if NET
    private readonly bool _useTickCount;
#endif
    private readonly long _start;
    private readonly double _msPerTimestampTick;

    public CacheClock(TimeProvider timeProvider)
    {
        _timeProvider = timeProvider;
        _msPerTimestampTick = 1000.0 / timeProvider.TimestampFrequency;
#if NET
        _useTickCount = ReferenceEquals(timeProvider, TimeProvider.System);
        _start = _useTickCount ? Environment.TickCount64 : timeProvider.GetTimestamp();
#else
        _start = timeProvider.GetTimestamp();
#endif
    }

    public TimeProvider TimeProvider => _timeProvider;

    public long NowMs()
    {
#if NET
        if (_useTickCount)
        {
            return Environment.TickCount64 - _start;
        }
#endif
        return (long)((_timeProvider.GetTimestamp() - _start) * _msPerTimestampTick);
    }
}
