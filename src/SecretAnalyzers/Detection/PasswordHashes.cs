using System;

namespace SecretAnalyzers.Detection;

/// <summary>
/// Stored password hashes (bcrypt, scrypt, yescrypt, argon2, PBKDF2, crypt(3) SHA/MD5, ASP.NET Core Identity). A
/// hash under a password name is a test fixture or a seed user's stored hash: it does not give the password away, so
/// it is not a hardcoded password.
/// </summary>
internal static class PasswordHashes
{
    /// <summary>Modular-crypt prefixes ($id$…) and the PBKDF2 spellings of common frameworks.</summary>
    private static readonly string[] Prefixes =
    {
        "$2a$", "$2b$", "$2y$", "$2x$", "$2$", "$argon2id$", "$argon2i$", "$argon2d$", "$scrypt$", "$s0$", "$7$", "$y$",
        "$gy$", "$pbkdf2", "$5$", "$6$", "$1$", "$sha1$", "pbkdf2_sha256$", "pbkdf2_sha1$", "pbkdf2:sha256:",
        "pbkdf2:sha1:", "pbkdf2$", "argon2$argon2", "bcrypt$$2", "scrypt:",
    };

    /// <summary>True when <paramref name="value"/> is one of the known password-hash formats.</summary>
    public static bool IsPasswordHash(string value)
    {
        if (value is null || value.Length < 20)
        {
            return false;
        }

        foreach (string prefix in Prefixes)
        {
            if (value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && value.IndexOf('$', prefix.Length - 1) >= 0)
            {
                return true;
            }
        }

        return IsAspNetIdentityHash(value);
    }

    /// <summary>
    /// ASP.NET Core Identity's PasswordHasher output: base64 of a format marker byte, then v2 (0x00) salt 16 + subkey
    /// 32 bytes, or v3 (0x01) PRF, iteration count and salt length as big-endian integers, salt and subkey.
    /// </summary>
    private static bool IsAspNetIdentityHash(string value)
    {
        if (value.Length < 64 || value.Length > 200 || value.Length % 4 != 0)
        {
            return false;
        }

        foreach (char c in value)
        {
            if (!(char.IsLetterOrDigit(c) || c is '+' or '/' or '='))
            {
                return false;
            }
        }

        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(value);
        }
        catch (FormatException)
        {
            return false;
        }

        if (bytes.Length == 49 && bytes[0] == 0x00)
        {
            return true;
        }

        if (bytes.Length < 13 || bytes[0] != 0x01)
        {
            return false;
        }

        uint prf = ReadBigEndian(bytes, 1);
        uint iterations = ReadBigEndian(bytes, 5);
        uint saltLength = ReadBigEndian(bytes, 9);
        return prf <= 2 && iterations > 0 && saltLength >= 8 && saltLength <= 64 && 13 + saltLength + 16 <= bytes.Length;
    }

    private static uint ReadBigEndian(byte[] bytes, int offset) =>
        ((uint)bytes[offset] << 24) | ((uint)bytes[offset + 1] << 16) | ((uint)bytes[offset + 2] << 8) | bytes[offset + 3];
}
