using System;
using System.Collections.Generic;

namespace SecretAnalyzers.Detection;

/// <summary>Shape tests on a value: UI text, a name or path rather than a secret, the AWS secret-key shape.</summary>
internal static class ValueShape
{
    private static readonly HashSet<string> NonSecretValues = new(StringComparer.OrdinalIgnoreCase)
    {
        "true", "false", "yes", "no", "on", "off", "enabled", "disabled", "bearer", "basic", "digest", "ntlm",
        "negotiate", "oauth", "oauth2", "jwt", "sha256", "sha512", "hmacsha256", "hs256", "rs256", "aes", "utf-8",
        "utf8", "ascii", "base64", "hex", "json", "xml", "text", "plain",
    };

    /// <summary>"Password" in other languages: a localisation table maps the key to these words, not to secrets.</summary>
    private static readonly HashSet<string> TranslatedCredentialWords = new(StringComparer.Ordinal)
    {
        "passwort", "kennwort", "contraseña", "contrasena", "clave", "senha", "wachtwoord", "lösenord", "losenord",
        "hasło", "haslo", "parola", "salasana", "adgangskode", "passord", "heslo", "jelszó", "jelszo", "geslo",
        "lozinka", "şifre", "sifre", "parool", "пароль", "гасло", "κωδικός", "パスワード", "密码", "密碼", "비밀번호",
        "סיסמה", "كلمةالمرور", "mật", "khẩu", "รหัสผ่าน", "kata", "sandi", "parolă", "mot", "passe", "token", "jeton",
        "geheimnis", "secreto", "segredo", "segreto", "geheim", "sleutel", "schlüssel", "clé", "chiave", "chave",
    };

    /// <summary>Messages, labels and prompts: "Password is required", "Enter password:", "Password".</summary>
    public static bool LooksLikeText(string value)
    {
        string trimmed = value.Trim();
        if (trimmed.Length == 0)
        {
            return true;
        }

        // Whitespace between words: passwords with spaces are rare, sentences are common.
        for (int i = 1; i < trimmed.Length - 1; i++)
        {
            if (char.IsWhiteSpace(trimmed[i]))
            {
                return true;
            }
        }

        char last = trimmed[trimmed.Length - 1];
        if (last == ':' && trimmed.Length > 1 && char.IsLetter(trimmed[trimmed.Length - 2]))
        {
            return true;
        }

        return trimmed.IndexOf('\n') >= 0 || NonSecretValues.Contains(trimmed);
    }

    /// <summary>
    /// A value that names something instead of being a secret: identifier-like text (letters and separators only,
    /// no digits) that contains a credential word or repeats the symbol's name ("password", "X-Api-Key",
    /// "new-password", "ApiKey"), a path, a URL without credentials or a www. host, or a regular expression.
    /// </summary>
    public static bool LooksLikeNameOrPath(string value, CredentialName credential, DetectionOptions options)
    {
        if (value.StartsWith("/", StringComparison.Ordinal) || value.StartsWith("~/", StringComparison.Ordinal)
            || value.StartsWith("./", StringComparison.Ordinal) || value.StartsWith("../", StringComparison.Ordinal)
            || value.IndexOf("://", StringComparison.Ordinal) >= 0
            || value.StartsWith("www.", StringComparison.OrdinalIgnoreCase) // a web address: "Contraseña: www.site.org"
            || (value.Length > 3 && char.IsLetter(value[0]) && value[1] == ':' && value[2] == '\\'))
        {
            return true;
        }

        if (value.Length > 2 && value[0] == '^' && value[value.Length - 1] == '$')
        {
            return true;
        }

        if (value.Length > 64)
        {
            return false;
        }

        if (IsDiagnosticCode(value))
        {
            return true; // const string HardcodedCredential = "SEC0001", CS8600, CA2100, IDE0005
        }

        string normalized = Placeholders.Normalize(value, 0, value.Length);
        if (normalized.Length > 0 && normalized == credential.NormalizedName)
        {
            return true;
        }

        bool identifierLike = true;
        foreach (char c in value)
        {
            if (!(char.IsLetter(c) || c is '_' or '-' or '.' or ':' or ' '))
            {
                identifierLike = false;
                break;
            }
        }

        if (!identifierLike)
        {
            return false;
        }

        List<string> words = NameWords.Split(value);
        for (int i = 0; i < words.Count; i++)
        {
            if (CredentialNames.IsCredentialWord(words[i], options) || TranslatedCredentialWords.Contains(words[i])
                || (i > 0 && CredentialNames.IsCredentialWord(words[i - 1] + words[i], options)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Two to six upper-case letters followed by three to six digits: a diagnostic or error code.</summary>
    public static bool IsDiagnosticCode(string value)
    {
        int letters = 0;
        while (letters < value.Length && value[letters] >= 'A' && value[letters] <= 'Z')
        {
            letters++;
        }

        int digits = value.Length - letters;
        if (letters < 2 || letters > 6 || digits < 3 || digits > 6)
        {
            return false;
        }

        for (int i = letters; i < value.Length; i++)
        {
            if (value[i] < '0' || value[i] > '9')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Letters only ("class", "Enter", "EOF").</summary>
    public static bool IsSingleWord(string value)
    {
        foreach (char c in value)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Exactly 40 characters of base64 with at least one digit or symbol and mixed case.</summary>
    public static bool IsAwsSecretKeyShape(string value)
    {
        if (value.Length != 40)
        {
            return false;
        }

        bool upper = false, lower = false, other = false;
        foreach (char c in value)
        {
            if (c >= 'A' && c <= 'Z')
            {
                upper = true;
            }
            else if (c >= 'a' && c <= 'z')
            {
                lower = true;
            }
            else if ((c >= '0' && c <= '9') || c == '/' || c == '+')
            {
                other = true;
            }
            else
            {
                return false;
            }
        }

        return upper && lower && other;
    }
}
