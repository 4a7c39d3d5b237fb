using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace SecretAnalyzers.Detection;

/// <summary>
/// Finds the first known token format in a value. One pass of a keyword automaton over the value marks the formats
/// whose keywords occur; only those run their regex, in catalogue order. A value with no direct match is decoded
/// (percent-encoding, <c>\u</c> escapes, base64 runs; see <see cref="TokenDecoder"/>) to a bounded depth and
/// scanned again; the match then spans the encoded text in the value.
/// </summary>
internal static class TokenScanner
{
    /// <summary>No known format is shorter than this.</summary>
    public const int MinTokenLength = 20;

    /// <summary>How many times a decoded value is decoded again (a base64 Basic header holding a percent-encoded token).</summary>
    public const int MaxDecodeDepth = 2;

    private static readonly KeywordAutomaton Keywords = BuildAutomaton();

    /// <summary>A format match: the format and the span of the secret inside the value.</summary>
    public readonly struct TokenMatch
    {
        public TokenMatch(TokenFormat format, int start, int length, bool decoded = false)
        {
            Format = format;
            Start = start;
            Length = length;
            Decoded = decoded;
        }

        public TokenFormat Format { get; }

        public int Start { get; }

        public int Length { get; }

        /// <summary>Gets whether the token was found after decoding the span (base64, percent or \u escapes).</summary>
        public bool Decoded { get; }
    }

    /// <summary>Gets the number of keyword automaton states (benchmark notes).</summary>
    public static int KeywordStates => Keywords.StateCount;

    /// <summary>
    /// True when a keyword of at least <paramref name="minKeywordLength"/> characters occurs in the range; with 1, a
    /// necessary condition of a direct match (every format has a keyword).
    /// </summary>
    public static bool MayContainToken(string text, int start, int end, int minKeywordLength) =>
        Keywords.ContainsAny(text, start, end, minKeywordLength);

    /// <summary>The first (most specific) known format in <paramref name="value"/>, if any.</summary>
    public static TokenMatch? Find(string value) => Find(value, name: null);

    /// <summary>
    /// The first known format in <paramref name="value"/>; when none is found directly, in its decoded forms; then,
    /// when <paramref name="name"/> (a configuration key or identifier) is given, the context formats that need a
    /// vendor word next to the value (<c>TWILIO_AUTH_TOKEN</c> = 32 hex) are tried with the name as that context.
    /// </summary>
    public static TokenMatch? Find(string value, string? name)
    {
        if (value is null || value.Length < MinTokenLength)
        {
            return null;
        }

        TokenMatch? match = FindDirect(value) ?? FindDecoded(value, MaxDecodeDepth);
        if (match is not null || name is null || name.Length == 0 || name.Length > 200)
        {
            return match;
        }

        string text = name + "=" + value;
        TokenMatch? named = FindDirect(text);
        if (named is { } found && found.Start > name.Length)
        {
            return new TokenMatch(found.Format, found.Start - name.Length - 1, found.Length);
        }

        return null;
    }

    /// <summary>The first format in <paramref name="value"/> itself, without decoding.</summary>
    public static TokenMatch? FindDirect(string value)
    {
        if (value.Length < MinTokenLength)
        {
            return null;
        }

        ulong[]? hits = null;
        TokenFormat[] formats = TokenFormats.All;
        Keywords.Scan(value, ref hits, formats.Length);
        if (hits is null)
        {
            return null;
        }

        // A documented example (AKIAIOSFODNN7EXAMPLE) only wins when nothing real is in the same value.
        TokenMatch? example = null;
        for (int word = 0; word < hits.Length; word++)
        {
            for (ulong bits = hits[word]; bits != 0; bits &= bits - 1)
            {
                int index = (word << 6) + TrailingZeros(bits);
                TokenMatch? match = Match(formats[index], value, ref example);
                if (match is not null)
                {
                    return match;
                }
            }
        }

        return example;
    }

    private static TokenMatch? FindDecoded(string value, int depth)
    {
        if (depth == 0)
        {
            return null;
        }

        foreach (TokenDecoder.Decoded decoded in TokenDecoder.Decode(value))
        {
            TokenMatch? inner = FindDirect(decoded.Text) ?? FindDecoded(decoded.Text, depth - 1);
            if (inner is { } found)
            {
                (int start, int end) = decoded.MapSpan(found.Start, found.Start + found.Length);
                return new TokenMatch(found.Format, start, end - start, decoded: true);
            }
        }

        return null;
    }

    private static TokenMatch? Match(TokenFormat format, string value, ref TokenMatch? example)
    {
        if (value.Length < format.MinLength)
        {
            return null;
        }

        try
        {
            for (Match match = format.Regex.Match(value); match.Success; match = match.NextMatch())
            {
                if (format.Validator is not null && !format.Validator.IsValid(value, match))
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

    /// <summary>Masked, filler or typed tokens (AKIAXXXXXXXXXXXXXXXX, ghp_000…, key-0123456789abcdef…): the format without the randomness.</summary>
    private static bool LooksFake(string value, int start, int length) =>
        Entropy.IsMostlySequential(value, start, length) ||
        value.IndexOf("XXXX", start, length, StringComparison.OrdinalIgnoreCase) >= 0
        || value.IndexOf("00000000", start, length, StringComparison.Ordinal) >= 0
        || value.IndexOf("********", start, length, StringComparison.Ordinal) >= 0
        || Entropy.ShannonEntropy(value, start, length) < 2.5;

    private static int TrailingZeros(ulong bits)
    {
        int count = 0;
        while ((bits & 1) == 0)
        {
            bits >>= 1;
            count++;
        }

        return count;
    }

    private static KeywordAutomaton BuildAutomaton()
    {
        TokenFormat[] formats = TokenFormats.All;
        var keywords = new List<KeywordAutomaton.Keyword>();
        for (int index = 0; index < formats.Length; index++)
        {
            TokenFormat format = formats[index];
            foreach (string keyword in format.Keywords)
            {
                bool caseSensitive = !format.KeywordsIgnoreCase && keyword.ToLowerInvariant() != keyword.ToUpperInvariant();
                keywords.Add(new KeywordAutomaton.Keyword(keyword, index, caseSensitive, format.MinLength));
            }
        }

        return new KeywordAutomaton(keywords);
    }
}
