using System;

namespace SecretAnalyzers.Detection;

/// <summary>Turns a secret into text that is safe to show: a few characters at each end and the length.</summary>
internal static class SecretMasker
{
    private const char Ellipsis = '\u2026';

    /// <summary>
    /// <c>AKIA…MPLE (20 chars)</c>. At most a fifth of the value is shown, split between both ends, and at most four
    /// characters per end; secrets of eight characters or fewer show only their length (<c>*** (6 chars)</c>).
    /// </summary>
    public static string Mask(string secret)
    {
        if (secret is null)
        {
            return "*** (0 chars)";
        }

        int length = secret.Length;
        int shown = length <= 8 ? 0 : Math.Min(4, length / 5);
        if (shown == 0)
        {
            return "*** (" + length.ToString(System.Globalization.CultureInfo.InvariantCulture) + " chars)";
        }

        return secret.Substring(0, shown) + Ellipsis + secret.Substring(length - shown) + " ("
            + length.ToString(System.Globalization.CultureInfo.InvariantCulture) + " chars)";
    }

    /// <summary>Masks the part of <paramref name="value"/> at [start, start + length).</summary>
    public static string Mask(string value, int start, int length) => Mask(value.Substring(start, length));
}
