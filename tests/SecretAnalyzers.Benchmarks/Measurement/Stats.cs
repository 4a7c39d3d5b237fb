using System;
using System.Collections.Generic;
using System.Linq;

namespace SecretAnalyzers.Benchmarks.Measurement;

internal static class Stats
{
    public static TimeSpan Median(IEnumerable<TimeSpan> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        if (sorted.Count == 0)
        {
            return TimeSpan.Zero;
        }

        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    public static TimeSpan Min(IEnumerable<TimeSpan> values) => values.DefaultIfEmpty(TimeSpan.Zero).Min();

    public static string Ms(TimeSpan value) => value.TotalMilliseconds.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " ms";

    public static string Ratio(double value) => value.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) + "×";

    public static string Percent(double value) => (value * 100).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) + " %";
}
