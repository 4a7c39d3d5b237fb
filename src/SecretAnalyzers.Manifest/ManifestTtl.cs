using System;
using System.Globalization;

namespace SecretAnalyzers.Manifest;

/// <summary>
/// Reads a TTL: either a .NET constant TimeSpan (<c>"00:05:00"</c>, <c>"1.00:00:00"</c>) or a compact duration made of
/// whole-number units in decreasing order (<c>"30s"</c>, <c>"5m"</c>, <c>"1h30m"</c>, <c>"2d"</c>, <c>"500ms"</c>).
/// A TTL must be greater than zero.
/// </summary>
internal static class ManifestTtl
{
    private static readonly string[] Units = { "d", "h", "m", "s", "ms" };
    private static readonly long[] TicksPerUnit =
    {
        TimeSpan.TicksPerDay, TimeSpan.TicksPerHour, TimeSpan.TicksPerMinute, TimeSpan.TicksPerSecond, TimeSpan.TicksPerMillisecond,
    };

    public static bool TryParse(string text, out TimeSpan ttl)
    {
        ttl = default;
        text = text.Trim();
        if (text.Length == 0)
        {
            return false;
        }

        if (text.IndexOf(':') >= 0)
        {
            return TimeSpan.TryParseExact(text, "c", CultureInfo.InvariantCulture, out ttl) && ttl > TimeSpan.Zero;
        }

        return TryParseCompact(text, out ttl) && ttl > TimeSpan.Zero;
    }

    /// <summary>The canonical compact spelling, used in documentation and tests (<c>1h30m</c>).</summary>
    public static string Format(TimeSpan ttl)
    {
        var remaining = ttl.Ticks;
        var text = string.Empty;
        for (var i = 0; i < Units.Length; i++)
        {
            var count = remaining / TicksPerUnit[i];
            if (count > 0)
            {
                text += count.ToString(CultureInfo.InvariantCulture) + Units[i];
                remaining -= count * TicksPerUnit[i];
            }
        }

        return text.Length == 0 ? "0s" : text;
    }

    private static bool TryParseCompact(string text, out TimeSpan ttl)
    {
        ttl = default;
        long ticks = 0;
        var position = 0;
        var nextUnit = 0;
        while (position < text.Length)
        {
            var digitsStart = position;
            while (position < text.Length && text[position] >= '0' && text[position] <= '9')
            {
                position++;
            }

            if (position == digitsStart || position - digitsStart > 9)
            {
                return false;
            }

            var count = long.Parse(text.Substring(digitsStart, position - digitsStart), CultureInfo.InvariantCulture);
            var unitStart = position;
            while (position < text.Length && char.IsLetter(text[position]))
            {
                position++;
            }

            var unit = text.Substring(unitStart, position - unitStart).ToLowerInvariant();
            var unitIndex = Array.IndexOf(Units, unit);
            if (unitIndex < nextUnit)
            {
                // Unknown unit (-1), a missing unit, or units out of order ("5m1h").
                return false;
            }

            nextUnit = unitIndex + 1;
            try
            {
                ticks = checked(ticks + (count * TicksPerUnit[unitIndex]));
            }
            catch (OverflowException)
            {
                return false;
            }
        }

        ttl = TimeSpan.FromTicks(ticks);
        return true;
    }
}
