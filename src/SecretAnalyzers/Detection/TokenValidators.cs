using System;
using System.Text.RegularExpressions;

namespace SecretAnalyzers.Detection;

/// <summary>
/// The validators the catalogue uses, each a local structural check (docs/rules/token-formats.md lists which
/// format uses which). Nothing here leaves the process.
/// </summary>
internal static class TokenValidators
{
    private const string Bech32Alphabet = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

    /// <summary>GitHub's and npm's last six base62 characters are the CRC32 of the thirty random ones.</summary>
    public static readonly TokenValidator Base62Crc32 = new(
        "CRC32 checksum (base62, last 6 characters)",
        (_, m) => TokenChecksums.HasValidBase62Crc32(m.Value, m.Value.IndexOf('_') + 1));

    /// <summary>The first part decodes to a JSON object with an <c>alg</c> member.</summary>
    public static readonly TokenValidator JwtHeader = new(
        "JWT header is JSON with \"alg\"",
        (_, m) => TokenChecksums.IsJwtHeader(m.Value));

    /// <summary>The body decodes to a version-2 macaroon whose first field is a location.</summary>
    public static readonly TokenValidator Macaroon = new(
        "macaroon v2 header (location, identifier)",
        (_, m) => IsMacaroon(m.Value, m.Value.IndexOf('-') + 1));

    /// <summary>age keys are Bech32: the last six characters are a BCH checksum over the rest.</summary>
    public static readonly TokenValidator Bech32 = new(
        "Bech32 checksum",
        (_, m) => HasValidBech32Checksum(m.Value));

    /// <summary>
    /// A key body of at least 40 base64 characters, or a shorter one (16+) closed by the END marker that is nothing but
    /// random base64 (upper, lower case and digits): a truncated or test key is still a key, while a header alone, or one
    /// around "…" or "your key here", is documentation.
    /// </summary>
    public static readonly TokenValidator PemBody = new(
        "base64 body of at least 40 characters, or of 16 closed by the END marker",
        (_, m) => CountBase64(m.Groups["body"]) >= 40 || (HasEndMarker(m) && IsShortKeyBody(m.Groups["body"])));

    /// <summary>An OpenSSH key body decodes to the <c>openssh-key-v1</c> magic.</summary>
    public static readonly TokenValidator OpenSshMagic = new(
        "body decodes to the openssh-key-v1 magic",
        (_, m) => DecodedBodyStartsWith(m.Groups["body"], "openssh-key-v1"));

    /// <summary>Upper case, lower case and a digit: random base62, not an identifier in capitals.</summary>
    public static readonly TokenValidator MixedCaseAndDigit = new(
        "random base62 (upper, lower and digit)",
        (_, m) => HasDigitAndCase(Secret(m)));

    /// <summary>Upper and lower case after the prefix (Hugging Face tokens are letters only).</summary>
    public static readonly TokenValidator MixedCase = new(
        "random letters (upper and lower case)",
        (_, m) => HasUpperAndLower(Secret(m)));

    /// <summary>The span is base64 of the given decoded size (64-byte storage keys, 32-byte shared access keys).</summary>
    public static TokenValidator Base64Bytes(int bytes) => new(
        "base64 of " + bytes.ToString(System.Globalization.CultureInfo.InvariantCulture) + " bytes",
        (_, m) => DecodedLength(Secret(m)) == bytes);

    /// <summary>The base64url segment after the prefix decodes to a JSON object.</summary>
    public static readonly TokenValidator JsonPayload = new(
        "payload decodes to JSON",
        (_, m) => IsJsonAfterPrefix(m.Value));

    /// <summary>Azure storage SAS: a signature next to a service version or expiry.</summary>
    public static readonly TokenValidator SasQuery = new(
        "signature with sv= or se= in the same value",
        (value, _) => value.IndexOf("sv=", StringComparison.Ordinal) >= 0 || value.IndexOf("se=", StringComparison.Ordinal) >= 0);

    private static string Secret(Match m)
    {
        Group secret = m.Groups["s"];
        return secret.Success ? secret.Value : m.Value;
    }

    /// <summary>Bech32 checksum of an HRP "1" data string (BIP 173), case-insensitive.</summary>
    public static bool HasValidBech32Checksum(string text)
    {
        int separator = text.LastIndexOf('1');
        if (separator < 1 || separator + 7 > text.Length)
        {
            return false;
        }

        string lower = text.ToLowerInvariant();
        uint checksum = 1;
        for (int i = 0; i < separator; i++)
        {
            checksum = Bech32Step(checksum) ^ (uint)(lower[i] >> 5);
        }

        checksum = Bech32Step(checksum);
        for (int i = 0; i < separator; i++)
        {
            checksum = Bech32Step(checksum) ^ (uint)(lower[i] & 31);
        }

        for (int i = separator + 1; i < lower.Length; i++)
        {
            int digit = Bech32Alphabet.IndexOf(lower[i]);
            if (digit < 0)
            {
                return false;
            }

            checksum = Bech32Step(checksum) ^ (uint)digit;
        }

        return checksum == 1;
    }

    /// <summary>One step of the Bech32 BCH polymod.</summary>
    public static uint Bech32Step(uint checksum)
    {
        uint top = checksum >> 25;
        checksum = (checksum & 0x1ffffff) << 5;
        if ((top & 1) != 0) checksum ^= 0x3b6a57b2;
        if ((top & 2) != 0) checksum ^= 0x26508e6d;
        if ((top & 4) != 0) checksum ^= 0x1ea119fa;
        if ((top & 8) != 0) checksum ^= 0x3d4299dc;
        if ((top & 16) != 0) checksum ^= 0x2a1462b3;
        return checksum;
    }

    /// <summary>
    /// Macaroon v2 (PyPI tokens): version byte 2, then field 1 (location: printable, with a dot), then field 2
    /// (identifier). Checked on the bytes, so no host name needs to be written here.
    /// </summary>
    private static bool IsMacaroon(string token, int start)
    {
        byte[]? bytes = TokenChecksums.DecodeBase64UrlBytes(token, start, Math.Min(token.Length - start, 64));
        if (bytes is null || bytes.Length < 6 || bytes[0] != 2 || bytes[1] != 1)
        {
            return false;
        }

        int length = bytes[2];
        if (length == 0 || 3 + length + 2 > bytes.Length)
        {
            return false;
        }

        bool dot = false;
        for (int i = 3; i < 3 + length; i++)
        {
            if (bytes[i] < 0x21 || bytes[i] > 0x7e)
            {
                return false;
            }

            dot |= bytes[i] == (byte)'.';
        }

        return dot && bytes[3 + length] == 2;
    }

    private static bool DecodedBodyStartsWith(Group body, string magic)
    {
        if (!body.Success)
        {
            return false;
        }

        var compact = new System.Text.StringBuilder(Math.Min(body.Length, 64));
        foreach (char c in body.Value)
        {
            if (IsBase64Char(c))
            {
                compact.Append(c);
                if (compact.Length == 24)
                {
                    break;
                }
            }
        }

        byte[]? bytes = TokenChecksums.DecodeBase64UrlBytes(compact.ToString(), 0, compact.Length);
        if (bytes is null || bytes.Length < magic.Length)
        {
            return false;
        }

        for (int i = 0; i < magic.Length; i++)
        {
            if (bytes[i] != magic[i])
            {
                return false;
            }
        }

        return true;
    }

    private static int DecodedLength(string base64)
    {
        byte[]? bytes = TokenChecksums.DecodeBase64UrlBytes(base64, 0, base64.Length);
        return bytes?.Length ?? -1;
    }

    private static bool IsJsonAfterPrefix(string token)
    {
        int start = token.IndexOf("eyJ", StringComparison.Ordinal);
        if (start < 0)
        {
            return false;
        }

        int end = start;
        while (end < token.Length && (char.IsLetterOrDigit(token[end]) || token[end] is '-' or '_' or '+' or '/' or '='))
        {
            end++;
        }

        // Long payloads: the first 400 characters are enough to see the object open and a member name.
        int length = Math.Min(end - start, 400) & ~3;
        string? json = TokenChecksums.DecodeBase64Url(token.Replace('+', '-').Replace('/', '_'), start, length);
        return json is not null && json.StartsWith("{\"", StringComparison.Ordinal);
    }

    private static int CountBase64(Group group)
    {
        if (!group.Success)
        {
            return 0;
        }

        int count = 0;
        foreach (char c in group.Value)
        {
            if (IsBase64Char(c))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The END marker matched after the body (the pattern ends with the marker or the end of the text).</summary>
    private static bool HasEndMarker(Match m)
    {
        Group body = m.Groups["body"];
        return body.Success && m.Index + m.Length > body.Index + body.Length;
    }

    /// <summary>At least <see cref="MinShortPemBody"/> random base64 characters and nothing else but line breaks, <c>\n</c> escapes and comment markers.</summary>
    private static bool IsShortKeyBody(Group body)
    {
        string text = body.Value;
        int count = 0;
        bool upper = false, lower = false, digit = false, lineStart = true;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\\' && i + 1 < text.Length && text[i + 1] is 'n' or 'r')
            {
                i++;
                lineStart = true;
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                lineStart |= c is '\n' or '\r';
                continue;
            }

            if (lineStart && c is '/' or '*' or '#' or '"')
            {
                continue; // a key pasted into // lines, a /* */ block, a script, or concatenated string lines
            }

            lineStart = false;
            if (c == '=')
            {
                continue;
            }

            if (!IsBase64Char(c))
            {
                return false;
            }

            count++;
            upper |= c >= 'A' && c <= 'Z';
            lower |= c >= 'a' && c <= 'z';
            digit |= c >= '0' && c <= '9';
        }

        return count >= MinShortPemBody && upper && lower && digit;
    }

    /// <summary>Shortest key body believed between the BEGIN and END markers.</summary>
    private const int MinShortPemBody = 16;

    private static bool IsBase64Char(char c) =>
        (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';

    private static bool HasDigitAndCase(string value)
    {
        bool digit = false, upper = false, lower = false;
        foreach (char c in value)
        {
            digit |= c >= '0' && c <= '9';
            upper |= c >= 'A' && c <= 'Z';
            lower |= c >= 'a' && c <= 'z';
        }

        return digit && upper && lower;
    }

    private static bool HasUpperAndLower(string value)
    {
        int start = value.LastIndexOf('_') + 1;
        bool upper = false, lower = false;
        for (int i = start; i < value.Length; i++)
        {
            upper |= value[i] >= 'A' && value[i] <= 'Z';
            lower |= value[i] >= 'a' && value[i] <= 'z';
        }

        return upper && lower;
    }
}
