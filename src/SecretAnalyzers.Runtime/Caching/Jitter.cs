using System;

namespace SecretAnalyzers.Runtime.Caching;

/// <summary>Thread-safe random fractions for jittered refresh and backoff.</summary>
internal static class Jitter
{
    [ThreadStatic]
    private static Random? t_random;

    /// <summary>A value in [0, 1).</summary>
    public static double NextFraction() => (t_random ??= new Random(Guid.NewGuid().GetHashCode())).NextDouble();
}
