using System;
using System.Collections.Generic;
using System.Text;

namespace SecretAnalyzers.Detection;

/// <summary>
/// The decoded forms of a value in which a token may hide: percent-encoding (<c>%67hp_…</c> in a URL),
/// <c>\u0067</c> / <c>\x67</c> escapes left in the text (JSON inside a string), and base64 runs (a Basic
/// authorization header, a token wrapped for transport). Bounded: values and runs longer than
/// <see cref="MaxLength"/> are not decoded, and a base64 run is kept only when it decodes to printable text.
/// </summary>
internal static class TokenDecoder
{
    /// <summary>Longest value or base64 run that is decoded.</summary>
    public const int MaxLength = 4096;

    /// <summary>Shortest base64 run worth decoding: 21 bytes, just over the shortest token.</summary>
    public const int MinBase64Run = 28;

    /// <summary>A decoded text and how its positions map back into the text it was decoded from.</summary>
    public readonly struct Decoded
    {
        private readonly int[]? map;
        private readonly int runStart;
        private readonly int runEnd;

        public Decoded(string text, int[] map)
        {
            Text = text;
            this.map = map;
            runStart = 0;
            runEnd = 0;
        }

        public Decoded(string text, int runStart, int runEnd)
        {
            Text = text;
            map = null;
            this.runStart = runStart;
            this.runEnd = runEnd;
        }

        public string Text { get; }

        /// <summary>
        /// The span in the source that encodes decoded [start, end): exact for escapes, the whole run for base64
        /// (its bytes do not line up with characters).
        /// </summary>
        public (int Start, int End) MapSpan(int start, int end) =>
            map is null ? (runStart, runEnd) : (map[start], map[end]);
    }

    /// <summary>Every decoded form of <paramref name="value"/>, cheapest first; empty for most values.</summary>
    public static IEnumerable<Decoded> Decode(string value)
    {
        if (value.Length > MaxLength)
        {
            yield break;
        }

        if (value.IndexOf('%') >= 0 && TryUnescape(value, percent: true) is { } percentDecoded)
        {
            yield return percentDecoded;
        }

        if (value.IndexOf('\\') >= 0 && TryUnescape(value, percent: false) is { } escapeDecoded)
        {
            yield return escapeDecoded;
        }

        if (value.Length < MinBase64Run)
        {
            yield break;
        }

        int i = 0;
        while (i < value.Length)
        {
            if (!IsBase64(value[i]))
            {
                i++;
                continue;
            }

            int start = i;
            while (i < value.Length && IsBase64(value[i]))
            {
                i++;
            }

            int end = i;
            while (end < value.Length && end - i < 2 && value[end] == '=')
            {
                end++;
            }

            i = end;
            if (end - start >= MinBase64Run && TryBase64(value, start, end) is { } text)
            {
                yield return new Decoded(text, start, end);
            }
        }
    }

    private static Decoded? TryUnescape(string value, bool percent)
    {
        var builder = new StringBuilder(value.Length);
        var map = new List<int>(value.Length + 1);
        bool changed = false;
        int i = 0;
        while (i < value.Length)
        {
            int width = percent ? PercentEscape(value, i, out char decoded) : BackslashEscape(value, i, out decoded);
            map.Add(i);
            if (width > 0)
            {
                builder.Append(decoded);
                i += width;
                changed = true;
            }
            else
            {
                builder.Append(value[i]);
                i++;
            }
        }

        map.Add(value.Length);
        return changed ? new Decoded(builder.ToString(), map.ToArray()) : null;
    }

    /// <summary>%XX for a printable ASCII character; the width of the escape, or 0.</summary>
    private static int PercentEscape(string value, int i, out char decoded)
    {
        decoded = '\0';
        if (value[i] != '%' || i + 2 >= value.Length)
        {
            return 0;
        }

        int high = Hex(value[i + 1]), low = Hex(value[i + 2]);
        if (high < 0 || low < 0)
        {
            return 0;
        }

        int code = (high << 4) | low;
        if (code < 0x20 || code > 0x7e)
        {
            return 0;
        }

        decoded = (char)code;
        return 3;
    }

    /// <summary>\uXXXX, \xXX or \/ for a printable ASCII character; the width of the escape, or 0.</summary>
    private static int BackslashEscape(string value, int i, out char decoded)
    {
        decoded = '\0';
        if (value[i] != '\\' || i + 1 >= value.Length)
        {
            return 0;
        }

        char kind = value[i + 1];
        if (kind == '/')
        {
            decoded = '/';
            return 2;
        }

        int digits = kind == 'u' ? 4 : kind == 'x' ? 2 : 0;
        if (digits == 0 || i + 1 + digits >= value.Length)
        {
            return 0;
        }

        int code = 0;
        for (int d = 0; d < digits; d++)
        {
            int digit = Hex(value[i + 2 + d]);
            if (digit < 0)
            {
                return 0;
            }

            code = (code << 4) | digit;
        }

        if (code < 0x20 || code > 0x7e)
        {
            return 0;
        }

        decoded = (char)code;
        return 2 + digits;
    }

    private static string? TryBase64(string value, int start, int end)
    {
        byte[]? bytes = TokenChecksums.DecodeBase64UrlBytes(value, start, end - start);
        if (bytes is null || bytes.Length < TokenScanner.MinTokenLength)
        {
            return null;
        }

        var chars = new char[bytes.Length];
        for (int i = 0; i < bytes.Length; i++)
        {
            byte b = bytes[i];
            if ((b < 0x20 || b > 0x7e) && b != (byte)'\n' && b != (byte)'\r' && b != (byte)'\t')
            {
                return null; // binary: a hash or a key, not a wrapped token
            }

            chars[i] = (char)b;
        }

        return new string(chars);
    }

    private static bool IsBase64(char c) =>
        (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/' || c == '-' || c == '_';

    private static int Hex(char c) =>
        c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}
