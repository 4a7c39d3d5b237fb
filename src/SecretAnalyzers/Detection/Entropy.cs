using System;

namespace SecretAnalyzers.Detection;

/// <summary>Shannon entropy and the "looks random" test used for values under key/token names.</summary>
internal static class Entropy
{
    /// <summary>Values shorter than this are never called random.</summary>
    public const int MinRandomLength = 16;

    private const int MaxMeasuredLength = 512;

    /// <summary>Shannon entropy in bits per character of value[start..start+length), without allocating.</summary>
    public static double ShannonEntropy(string value, int start, int length)
    {
        if (length <= 0)
        {
            return 0;
        }

        length = Math.Min(length, MaxMeasuredLength);
        int end = start + length;
        double entropy = 0;
        for (int i = start; i < end; i++)
        {
            char c = value[i];
            if (value.IndexOf(c, start, i - start) >= 0)
            {
                continue; // counted at its first occurrence
            }

            int occurrences = 0;
            for (int j = i; j < end; j++)
            {
                if (value[j] == c)
                {
                    occurrences++;
                }
            }

            double p = (double)occurrences / length;
            entropy -= p * Math.Log(p, 2);
        }

        return entropy;
    }

    /// <summary>"0123456789abcdef", "abcdefgh12345678": runs of consecutive characters are typed, not random.</summary>
    internal static bool IsMostlySequential(string value, int start, int length)
    {
        int sequential = 0;
        for (int i = start + 1; i < start + length; i++)
        {
            int step = value[i] - value[i - 1];
            if (step == 1 || step == -1)
            {
                sequential++;
            }
        }

        return sequential * 2 >= length;
    }

    /// <summary>Shannon entropy of the whole string.</summary>
    public static double ShannonEntropy(string value) => ShannonEntropy(value, 0, value.Length);

    /// <summary>
    /// True for a single run of key-like characters (no spaces) of at least <see cref="MinRandomLength"/> characters
    /// that mixes letters and digits and reaches <paramref name="threshold"/> bits per character. Hex-only values are
    /// compared against threshold − 0.5 because their alphabet carries at most 4 bits.
    /// </summary>
    public static bool LooksRandom(string value, int start, int length, double threshold)
    {
        if (length < MinRandomLength)
        {
            return false;
        }

        bool hasLetter = false;
        bool hasDigit = false;
        bool hexOnly = true;
        for (int i = start; i < start + length; i++)
        {
            char c = value[i];
            if (c <= ' ' || c > '~')
            {
                return false;
            }

            if (c >= '0' && c <= '9')
            {
                hasDigit = true;
            }
            else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
            {
                hasLetter = true;
                hexOnly &= (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
            }
            else
            {
                hexOnly = false;
                if (c is not ('+' or '/' or '=' or '_' or '-' or '.' or '~' or '!' or '@' or '#' or '$' or '%' or '^' or '&' or '*' or ':'))
                {
                    return false;
                }
            }
        }

        if (!hasLetter || !hasDigit || IsMostlySequential(value, start, length))
        {
            return false;
        }

        double required = hexOnly ? threshold - 0.5 : threshold;
        return ShannonEntropy(value, start, length) >= required && !IsMadeOfWords(value, start, length);
    }

    /// <summary>
    /// "dotnet_diagnostic.SEC0005.severity", "SomeLongIdentifierName123": identifiers made of real words have long
    /// alphabetic runs, random keys split into many one- or two-letter pieces.
    /// </summary>
    private static bool IsMadeOfWords(string value, int start, int length)
    {
        var words = NameWords.Split(value.Substring(start, length));
        int letters = 0, wordCount = 0;
        foreach (string word in words)
        {
            if (char.IsLetter(word[0]))
            {
                letters += word.Length;
                wordCount++;
            }
        }

        return wordCount > 0 && letters >= wordCount * 4 && letters * 2 >= length;
    }
}
