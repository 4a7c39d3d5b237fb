using System;
using System.Diagnostics;
using System.Runtime.InteropServices;

namespace SecretAnalyzers.Benchmarks.Measurement;

/// <summary>CPU time of the calling thread on Linux (clock_gettime(CLOCK_THREAD_CPUTIME_ID)); wall time elsewhere.</summary>
internal static class ThreadClock
{
    private const int ClockThreadCpuTime = 3;

    public static string Description => OperatingSystem.IsLinux() ? "thread CPU time" : "wall time";

    public static TimeSpan Now()
    {
        if (OperatingSystem.IsLinux() && clock_gettime(ClockThreadCpuTime, out var spec) == 0)
        {
            return TimeSpan.FromTicks(spec.Seconds * TimeSpan.TicksPerSecond + spec.Nanoseconds / 100);
        }

        return Stopwatch.GetElapsedTime(0);
    }

    [DllImport("libc", SetLastError = false)]
    private static extern int clock_gettime(int clockId, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
