using System.Collections.Generic;
using System.Globalization;

namespace SecretAnalyzers.Detection;

/// <summary>
/// A constant byte array handed to a key parameter (CWE-321, hardcoded cryptographic key): decides whether the bytes
/// can be a key at all, and shows them masked as their length only (no byte of a key is ever put in a message).
/// </summary>
internal static class ConstantKeyBytes
{
    /// <summary>Fewer bytes than this are no key (the smallest real symmetric keys are 8-byte DES keys).</summary>
    public const int MinLength = 8;

    /// <summary>
    /// True when the bytes can be a key: long enough and not a fill pattern (<c>new byte[16] { 0, 0, … }</c> and
    /// <c>{ 0xFF, 0xFF, … }</c> stand for "no key yet", as an all-zero buffer does).
    /// </summary>
    public static bool LooksLikeKey(IReadOnlyList<byte> bytes)
    {
        if (bytes.Count < MinLength)
        {
            return false;
        }

        var distinct = new HashSet<byte>();
        foreach (byte b in bytes)
        {
            distinct.Add(b);
            if (distinct.Count >= 3)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The masked form of a key of <paramref name="length"/> bytes: its length and nothing else.</summary>
    public static string Mask(int length) => length.ToString(CultureInfo.InvariantCulture) + " bytes";
}
