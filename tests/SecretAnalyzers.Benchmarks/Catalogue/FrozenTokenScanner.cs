using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

using SecretAnalyzers.Detection;

namespace SecretAnalyzers.Benchmarks.Catalogue;

/// <summary>
/// FROZEN COPY of the 52-format catalogue as it stood before issue 11, kept only so the benchmark can compare
/// the old and the new scanner side by side in one run (--catalogue). Not used by the analyzers; do not extend.
/// </summary>
/// <remarks>
/// Finds the first known token format in a value. One pass over the value looks up each character in a table of
/// marker first-characters; only formats whose marker occurs are handed to their regex.
/// </remarks>
internal static class FrozenTokenScanner
{
    /// <summary>No known format is shorter than this.</summary>
    public const int MinTokenLength = 20;

    private static readonly MarkerEntry[]?[] MarkersByFirstChar = BuildMarkerTable();

    /// <summary>A format match: the format and the span of the secret inside the value.</summary>
    public readonly struct TokenMatch
    {
        public TokenMatch(FrozenTokenFormat format, int start, int length)
        {
            Format = format;
            Start = start;
            Length = length;
        }

        public FrozenTokenFormat Format { get; }

        public int Start { get; }

        public int Length { get; }
    }

    /// <summary>The first (most specific) known format in <paramref name="value"/>, if any.</summary>
    public static TokenMatch? Find(string value)
    {
        if (value is null || value.Length < MinTokenLength)
        {
            return null;
        }

        ulong low = 0, high = 0;
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (c >= 128)
            {
                continue;
            }

            MarkerEntry[]? entries = MarkersByFirstChar[c];
            if (entries is null)
            {
                continue;
            }

            foreach (MarkerEntry entry in entries)
            {
                int index = entry.FormatIndex;
                if (IsSet(low, high, index) || value.Length - i < entry.Marker.Length || value.Length < FrozenTokenFormats.All[index].MinLength)
                {
                    continue;
                }

                if (string.Compare(value, i, entry.Marker, 0, entry.Marker.Length, entry.Comparison) == 0)
                {
                    Set(ref low, ref high, index);
                }
            }
        }

        if (low == 0 && high == 0)
        {
            return null;
        }

        // A documented example (AKIAIOSFODNN7EXAMPLE) only wins when nothing real is in the same value.
        TokenMatch? example = null;
        FrozenTokenFormat[] formats = FrozenTokenFormats.All;
        for (int index = 0; index < formats.Length; index++)
        {
            if (!IsSet(low, high, index))
            {
                continue;
            }

            TokenMatch? match = Match(formats[index], value, ref example);
            if (match is not null)
            {
                return match;
            }
        }

        return example;
    }

    private static TokenMatch? Match(FrozenTokenFormat format, string value, ref TokenMatch? example)
    {
        try
        {
            for (Match match = format.Regex.Match(value); match.Success; match = match.NextMatch())
            {
                if (format.Validate is not null && !format.Validate(value, match))
                {
                    continue;
                }

                Group secret = match.Groups["s"];
                int start = secret.Success ? secret.Index : match.Index;
                int length = secret.Success ? secret.Length : match.Length;
                if (LooksFake(value, start, length))
                {
                    continue;
                }

                if (DocumentedExamples.IsDocumentedExample(value, start, length))
                {
                    example ??= new TokenMatch(format, start, length);
                    continue;
                }

                return new TokenMatch(format, start, length);
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // A value too slow to match is not reported; the IDE must stay responsive.
        }

        return null;
    }

    /// <summary>Masked or filler tokens (AKIAXXXXXXXXXXXXXXXX, ghp_000…): the format without the randomness.</summary>
    private static bool LooksFake(string value, int start, int length) =>
        value.IndexOf("XXXX", start, length, StringComparison.OrdinalIgnoreCase) >= 0
        || value.IndexOf("00000000", start, length, StringComparison.Ordinal) >= 0
        || value.IndexOf("********", start, length, StringComparison.Ordinal) >= 0
        || Entropy.ShannonEntropy(value, start, length) < 2.5;

    private static bool IsSet(ulong low, ulong high, int index) =>
        index < 64 ? (low & (1UL << index)) != 0 : (high & (1UL << (index - 64))) != 0;

    private static void Set(ref ulong low, ref ulong high, int index)
    {
        if (index < 64)
        {
            low |= 1UL << index;
        }
        else
        {
            high |= 1UL << (index - 64);
        }
    }

    private static MarkerEntry[]?[] BuildMarkerTable()
    {
        FrozenTokenFormat[] formats = FrozenTokenFormats.All;
        if (formats.Length > 128)
        {
            throw new InvalidOperationException("TokenScanner tracks at most 128 formats.");
        }

        var lists = new List<MarkerEntry>?[128];
        for (int index = 0; index < formats.Length; index++)
        {
            FrozenTokenFormat format = formats[index];
            foreach (string marker in format.Markers)
            {
                var comparison = format.MarkersIgnoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
                Add(lists, marker[0], new MarkerEntry(marker, index, comparison));
                if (format.MarkersIgnoreCase && char.ToUpperInvariant(marker[0]) != char.ToLowerInvariant(marker[0]))
                {
                    Add(lists, char.ToUpperInvariant(marker[0]), new MarkerEntry(marker, index, comparison));
                    Add(lists, char.ToLowerInvariant(marker[0]), new MarkerEntry(marker, index, comparison));
                }
            }
        }

        var table = new MarkerEntry[]?[128];
        for (int c = 0; c < 128; c++)
        {
            table[c] = lists[c]?.ToArray();
        }

        return table;
    }

    private static void Add(List<MarkerEntry>?[] lists, char first, MarkerEntry entry)
    {
        if (first >= 128)
        {
            return;
        }

        List<MarkerEntry> list = lists[first] ??= new List<MarkerEntry>();
        foreach (MarkerEntry existing in list)
        {
            if (existing.FormatIndex == entry.FormatIndex && existing.Marker == entry.Marker)
            {
                return;
            }
        }

        list.Add(entry);
    }

    private sealed class MarkerEntry
    {
        public MarkerEntry(string marker, int formatIndex, StringComparison comparison)
        {
            Marker = marker;
            FormatIndex = formatIndex;
            Comparison = comparison;
        }

        public string Marker { get; }

        public int FormatIndex { get; }

        public StringComparison Comparison { get; }
    }
}
