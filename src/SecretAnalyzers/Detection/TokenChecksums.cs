using System;
using System.Text;

namespace SecretAnalyzers.Detection;

/// <summary>
/// Validators that turn a format match into a real token: the CRC32 checksum GitHub and npm put in the last six
/// base62 characters of their tokens, and a decodable JWT header with an "alg" member.
/// </summary>
internal static class TokenChecksums
{
    private const string Base62Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    private static readonly uint[] CrcTable = CreateCrcTable();

    /// <summary>
    /// <c>prefix_</c> + 30 random characters + 6 base62 characters of CRC32(random part), as GitHub ("ghp_…") and
    /// npm ("npm_…") issue them. The token must be exactly prefix + 36 characters.
    /// </summary>
    public static bool HasValidBase62Crc32(string token, int prefixLength)
    {
        if (token.Length != prefixLength + 36)
        {
            return false;
        }

        uint crc = Crc32(token, prefixLength, 30);
        ulong expected = 0;
        for (int i = token.Length - 6; i < token.Length; i++)
        {
            int digit = Base62Alphabet.IndexOf(token[i]);
            if (digit < 0)
            {
                return false;
            }

            expected = (expected * 62) + (ulong)digit;
        }

        return expected == crc;
    }

    /// <summary>Builds the six-character base62 checksum (used by tests to build well-formed fake tokens).</summary>
    public static string Base62Crc32(string randomPart)
    {
        uint crc = Crc32(randomPart, 0, randomPart.Length);
        char[] digits = new char[6];
        for (int i = 5; i >= 0; i--)
        {
            digits[i] = Base62Alphabet[(int)(crc % 62)];
            crc /= 62;
        }

        return new string(digits);
    }

    /// <summary>CRC-32 (IEEE) of the ASCII characters value[start..start+length).</summary>
    public static uint Crc32(string value, int start, int length)
    {
        uint crc = 0xFFFFFFFFu;
        for (int i = start; i < start + length; i++)
        {
            crc = (crc >> 8) ^ CrcTable[(crc ^ (byte)value[i]) & 0xFF];
        }

        return crc ^ 0xFFFFFFFFu;
    }

    /// <summary>The first dot-separated part of a JWT decodes (base64url) to JSON with an "alg" member.</summary>
    public static bool IsJwtHeader(string token)
    {
        int dot = token.IndexOf('.');
        if (dot <= 0)
        {
            return false;
        }

        string? header = DecodeBase64Url(token, 0, dot);
        return header is not null
            && header.IndexOf("\"alg\"", StringComparison.Ordinal) >= 0
            && header.TrimStart().StartsWith("{", StringComparison.Ordinal);
    }

    /// <summary>Decodes base64url text to UTF-8, or null when it is not valid.</summary>
    public static string? DecodeBase64Url(string text, int start, int length)
    {
        byte[]? bytes = DecodeBase64UrlBytes(text, start, length);
        return bytes is null ? null : Encoding.UTF8.GetString(bytes);
    }

    /// <summary>Decodes base64 or base64url text (padding optional) to bytes, or null when it is not valid.</summary>
    public static byte[]? DecodeBase64UrlBytes(string text, int start, int length)
    {
        if (length <= 0 || length > 4096 || length % 4 == 1)
        {
            return null;
        }

        var builder = new StringBuilder(length + 3);
        for (int i = start; i < start + length; i++)
        {
            char c = text[i];
            builder.Append(c == '-' ? '+' : c == '_' ? '/' : c);
        }

        while (builder.Length % 4 != 0)
        {
            builder.Append('=');
        }

        try
        {
            return Convert.FromBase64String(builder.ToString());
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static uint[] CreateCrcTable()
    {
        var table = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            uint c = n;
            for (int k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }
}
