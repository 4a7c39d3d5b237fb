using System;

namespace SecretAnalyzers.Runtime;

/// <summary>
/// How a store retries a throttled backend: jittered exponential backoff ("full jitter": a random delay between
/// zero and <c>min(MaxDelay, BaseDelay × 2^attempt)</c>), at most <see cref="MaxAttempts"/> attempts, cancellable.
/// </summary>
public sealed class SecretRetryOptions
{
    /// <summary>Attempts in total, the first included. Default 4; 1 disables retrying.</summary>
    public int MaxAttempts { get; set; } = 4;

    /// <summary>The backoff before the second attempt (before jitter). Default 200 ms.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The longest backoff between two attempts. Default 5 seconds.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The clock backoff delays run on.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>The random backoff before attempt <paramref name="attempt"/> + 1 (attempt counts from 1).</summary>
    internal TimeSpan DelayAfter(int attempt, double randomFraction)
    {
        var exponent = Math.Min(attempt - 1, 30);
        var ceilingMs = Math.Min(MaxDelay.TotalMilliseconds, BaseDelay.TotalMilliseconds * Math.Pow(2, exponent));
        return TimeSpan.FromMilliseconds(Math.Max(0, ceilingMs) * randomFraction);
    }
}
