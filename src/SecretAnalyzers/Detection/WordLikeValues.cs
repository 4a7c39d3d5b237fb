using System;
using System.Collections.Generic;

namespace SecretAnalyzers.Detection;

/// <summary>
/// Values made of words rather than random characters: what a <c>token</c> or <c>key</c> parameter of a parser,
/// a naming scheme or a feature-flag API receives ("theme-music", "SOME_SETTING", "=>", "utf8"), identifier-like slugs
/// that repeat their constant's name, and the character alphabets of password generators.
/// </summary>
internal static class WordLikeValues
{
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const",
        "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern",
        "false", "finally", "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface",
        "internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out", "override",
        "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof",
        "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try", "typeof", "uint",
        "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile", "while", "var", "async",
        "await", "yield", "function", "let", "def", "select", "from", "where", "and", "or", "not", "nil", "none",
    };

    /// <summary>
    /// A value that cannot be a random key or token: punctuation only, a keyword, a short lowercase identifier, or
    /// words (letters only, consistently cased) with separators and number segments ("theme-music", "Foo.Bar",
    /// "pm-123-device-key", "ThemeMusic").
    /// </summary>
    public static bool IsWordLike(string value)
    {
        value = WithoutSwitchPrefix(value);
        if (value.Length == 0 || value.Length > 96)
        {
            return false;
        }

        if (IsPattern(value))
        {
            return true; // ([eE]x(tra)?\.\w+): a regular expression, not a token
        }

        bool hasLetterOrDigit = false;
        foreach (char c in value)
        {
            hasLetterOrDigit |= char.IsLetterOrDigit(c);
        }

        if (!hasLetterOrDigit)
        {
            return true; // "=>", "::", "{{"
        }

        if (Keywords.Contains(value) || IsShortLowercaseIdentifier(value))
        {
            return true;
        }

        return IsWordSequence(value, out _);
    }

    /// <summary>
    /// "s3-password", "webservice-sslcertificatepassword": a lowercase slug (letters and digits in parts joined by
    /// - _ .) with a part that is or ends in a credential word names a credential (an option or setting key); it is not one.
    /// </summary>
    public static bool IsCredentialSlug(string value)
    {
        if (value.Length < 4 || value.Length > 96 || !IsLowercaseSlug(value, out _))
        {
            return false;
        }

        foreach (string part in value.Split(SlugSeparators, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (string word in SlugCredentialWords)
            {
                if (part.EndsWith(word, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// "no-encryption", "--allow-insecure-datafolder": two or more lowercase letter-only words joined by '-', after an
    /// optional switch prefix. Word-like for every kind when the value only reaches a credential through flow.
    /// </summary>
    public static bool IsWordSlug(string value)
    {
        value = WithoutSwitchPrefix(value);
        if (value.Length < 3)
        {
            return false;
        }

        // One pass, no Split: this runs for every sink a followed value reaches.
        int partLength = 0;
        bool joined = false;
        foreach (char c in value)
        {
            if (c == '-')
            {
                if (partLength < 2)
                {
                    return false;
                }

                joined = true;
                partLength = 0;
            }
            else if (c >= 'a' && c <= 'z')
            {
                partLength++;
            }
            else
            {
                return false;
            }
        }

        return joined && partLength >= 2;
    }

    /// <summary>
    /// A value a credential is compared with to detect a mode rather than to check a secret: a keyword or sentinel word
    /// (<c>token != "none"</c>, <c>"None"</c>, <c>"disabled"</c>) or lowercase letter-only words joined by <c>-</c>,
    /// <c>_</c> or <c>.</c> (<c>passphrase == "no-encryption"</c>, <c>"not_set"</c>). A password compared
    /// (<c>"Adm1n!2024"</c>, <c>"letmein"</c>) is not one.
    /// </summary>
    public static bool IsComparedSentinel(string value)
    {
        if (IsWordSlug(value))
        {
            return true;
        }

        string lower = value.ToLowerInvariant();
        if (Keywords.Contains(lower) || SentinelWords.Contains(lower))
        {
            return true;
        }

        foreach (char c in value)
        {
            if (c >= '0' && c <= '9')
            {
                return false;
            }
        }

        return IsLowercaseSlug(value, out _);
    }

    /// <summary>
    /// A name that says its value is not a secret: a marker (NoEncryptionSentinel, AllowInsecureOption) or a public
    /// identifier (ClientId, AppId: RFC 6749 §2.2 client identifiers are public), whatever sink it later reaches
    /// (a "trakt-api-key" header). ClientSecret beside it is still a secret.
    /// </summary>
    public static bool NamesANonSecret(string name)
    {
        List<string> words = NameWords.Split(name);
        return words.Count > 1 && words[words.Count - 1] is "sentinel" or "option" or "marker" or "placeholder" or "id" or "identifier";
    }

    /// <summary>
    /// Regular-expression syntax (\w, \d, \., (?, [a-z], )?, .*) or a quarter or more punctuation: a pattern.
    /// </summary>
    public static bool IsPattern(string value)
    {
        foreach (string marker in PatternMarkers)
        {
            if (value.IndexOf(marker, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        int punctuation = 0;
        foreach (char c in value)
        {
            if (c is '\\' or '(' or ')' or '[' or ']' or '{' or '}' or '^' or '$' or '|' or '?' or '*' or '+')
            {
                punctuation++;
            }
        }

        return value.Length >= 6 && punctuation * 4 >= value.Length;
    }

    private static readonly string[] PatternMarkers = { "\\w", "\\d", "\\s", "\\.", "\\b", "(?", ")?", ")*", ")+", "[a-z", "[A-Z", "[0-9", ".*", ".+" };

    /// <summary>Words that stand for "no value" where a credential is compared (beside the keywords).</summary>
    private static readonly HashSet<string> SentinelWords = new(StringComparer.Ordinal)
    {
        "empty", "disabled", "enabled", "unset", "undefined", "unknown", "anonymous", "off", "on", "n/a", "na", "nothing",
    };

    private static readonly char[] SlugSeparators = { '-', '_', '.' };

    private static readonly string[] SlugCredentialWords =
    {
        "password", "passwd", "passphrase", "secret", "token", "apikey", "key", "credential", "credentials", "pwd",
    };

    private static string WithoutSwitchPrefix(string value) =>
        value.Length > 2 && (value[0] == '-' || (value[0] == '/' && char.IsLetter(value[1]))) ? value.TrimStart('-', '/') : value;

    private static bool IsLowercaseSlug(string value, out int separators)
    {
        separators = 0;
        bool previousSeparator = true;
        foreach (char c in value)
        {
            if (c is '-' or '_' or '.')
            {
                if (previousSeparator)
                {
                    return false;
                }

                separators++;
                previousSeparator = true;
            }
            else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            {
                previousSeparator = false;
            }
            else
            {
                return false;
            }
        }

        return separators > 0 && !previousSeparator;
    }

    /// <summary>
    /// A slug such as <c>"pm-5537-device-auth-key"</c> or <c>"DEVICE_AUTH_KEY"</c> that shares its last word with
    /// <paramref name="name"/>: the constant names a setting or flag rather than holding a secret.
    /// </summary>
    public static bool IsSlugOfName(string value, string name)
    {
        if (!IsWordSequence(value, out int separators) || separators == 0)
        {
            return false;
        }

        List<string> nameWords = NameWords.Split(name);
        if (nameWords.Count == 0)
        {
            return false;
        }

        string last = nameWords[nameWords.Count - 1];
        foreach (string word in NameWords.Split(value))
        {
            if (word == last)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!@#$": the character set of a password or code
    /// generator. Most neighbouring characters are consecutive code points, which no random secret shows.
    /// </summary>
    public static bool IsCharacterAlphabet(string value)
    {
        // Shorter runs ("0123456789abcdef") are weak keys rather than alphabets.
        if (value.Length < 24)
        {
            return false;
        }

        int consecutive = 0;
        for (int i = 1; i < value.Length; i++)
        {
            int step = value[i] - value[i - 1];
            if (step is 1 or 2)
            {
                consecutive++; // 2 allows a skipped look-alike (i, l, o, 0, 1)
            }
        }

        return consecutive * 2 >= value.Length - 1;
    }

    private static bool IsShortLowercaseIdentifier(string value)
    {
        if (value.Length > 12 || !(value[0] >= 'a' && value[0] <= 'z'))
        {
            return false;
        }

        int digits = 0;
        foreach (char c in value)
        {
            if (c >= '0' && c <= '9')
            {
                digits++;
            }
            else if (!((c >= 'a' && c <= 'z') || c == '_'))
            {
                return false;
            }
        }

        return digits <= 2;
    }

    /// <summary>
    /// Letter segments (each all lower, all upper or Capitalized, or a camelCase run of real words, or such a word
    /// in braces as a template hole) and number segments, joined by - _ . : / or space; more letter segments than
    /// number segments.
    /// </summary>
    private static bool IsWordSequence(string value, out int separators)
    {
        separators = 0;
        int letterSegments = 0, numberSegments = 0;
        int start = 0;
        for (int i = 0; i <= value.Length; i++)
        {
            if (i < value.Length && !IsSeparator(value[i]))
            {
                continue;
            }

            if (i < value.Length)
            {
                separators++;
            }

            int length = i - start;
            if (length == 0)
            {
                if (letterSegments + numberSegments == 0 || i == value.Length || IsTrailingSeparatorRun(value, i))
                {
                    start = i + 1;
                    continue; // leading or trailing separators (".NET", "key-", "__CurrentViewData")
                }

                return false;
            }

            switch (ClassifySegment(value, start, length))
            {
                case Segment.Word:
                    letterSegments++;
                    break;
                case Segment.Number:
                    numberSegments++;
                    break;
                default:
                    return false;
            }

            start = i + 1;
        }

        return letterSegments > 0 && numberSegments < letterSegments;
    }

    private static bool IsSeparator(char c) => c is '-' or '_' or '.' or ':' or '/' or ' ';

    private static bool IsTrailingSeparatorRun(string value, int from)
    {
        for (int i = from; i < value.Length; i++)
        {
            if (!IsSeparator(value[i]))
            {
                return false;
            }
        }

        return true;
    }

    private enum Segment
    {
        Other,
        Word,
        Number,
    }

    private static Segment ClassifySegment(string value, int start, int length)
    {
        if (length > 2 && value[start] == '{' && value[start + length - 1] == '}')
        {
            // "teams.{team}.auth", "api/{version}/token": a route or permission template's hole is a word.
            start++;
            length -= 2;
        }

        bool allDigits = true, allLetters = true;
        int upper = 0, lower = 0;
        for (int i = start; i < start + length; i++)
        {
            char c = value[i];
            allDigits &= c >= '0' && c <= '9';
            allLetters &= char.IsLetter(c);
            if (char.IsUpper(c))
            {
                upper++;
            }
            else if (char.IsLower(c))
            {
                lower++;
            }
        }

        if (allDigits)
        {
            return length <= 8 ? Segment.Number : Segment.Other;
        }

        if (!allLetters)
        {
            return Segment.Other;
        }

        if (upper == 0 || lower == 0 || (upper == 1 && char.IsUpper(value[start])))
        {
            return Segment.Word;
        }

        // camelCase / PascalCase: every word of the split at least two letters ("ThemeMusic", not "aBcDeF").
        List<string> words = NameWords.Split(value.Substring(start, length));
        foreach (string word in words)
        {
            if (word.Length < 2)
            {
                return Segment.Other;
            }
        }

        return words.Count * 3 <= length ? Segment.Word : Segment.Other;
    }
}
