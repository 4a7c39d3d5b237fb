using System;

namespace SecretAnalyzers.Detection;

/// <summary>Turns a secret into text that is safe to show: a few characters at each end and the length.</summary>
internal static class SecretMasker
{
    private const char Ellipsis = '\u2026';

    /// <summary>
    /// <c>AK…LE (20 chars)</c>. At most a tenth of the value is shown at each end (so at most a fifth in all) and at
    /// most four characters per end; secrets shorter than ten characters show only their length (<c>*** (6 chars)</c>).
    /// Passwords are short and guessable, so a typical one shows a single character at each end.
    /// </summary>
    public static string Mask(string secret)
    {
        if (secret is null)
        {
            return "*** (0 chars)";
        }

        int length = secret.Length;
        int shown = Math.Min(4, length / 10);
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
