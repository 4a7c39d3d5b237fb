using System;
using System.Collections.Generic;

namespace SecretAnalyzers.Detection;

/// <summary>
/// Recognises values that stand in for a secret rather than being one: <c>&lt;password&gt;</c>, <c>${DB_PASSWORD}</c>,
/// <c>$(Var)</c>, <c>%PWD%</c>, <c>{0}</c>, <c>{{secret}}</c>, <c>****</c>, <c>xxx</c>, <c>your-api-key-here</c>,
/// <c>changeme</c>, <c>TODO</c>, <c>dummy</c>, <c>example</c>.
/// </summary>
internal static class Placeholders
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "changeme", "changeit", "changethis", "replaceme", "todo", "tbd", "fixme", "dummy", "example", "sample",
        "placeholder", "redacted", "removed", "hidden", "notset", "unset", "none", "null", "nil", "undefined",
        "empty", "na", "xxx", "xxxx", "value", "string", "default",
        "secretvalue", "passwordhere", "secrethere", "keyhere", "tokenhere", "enterpassword", "setme", "fake",
        "mask", "masked", "sensitive", "omitted", "notapplicable", "unknown", "required", "optional",
    };

    private static readonly string[] Fragments =
    {
        "example", "placeholder", "changeme", "change_me", "change-me", "changeit", "replaceme", "replace_me",
        "replace-me", "redacted", "yourpassword", "your_password", "your-password", "yourapikey", "your_api_key",
        "your-api-key", "yoursecret", "your_secret", "your-secret", "yourtoken", "your_token", "your-token",
        "your-key", "your_key", "yourkey", "insert_", "insert-", "insertyour", "enter_your", "enter-your", "enteryour",
        "_here", "-here", "dummy", "notreal", "not_real", "not-real", "not_a_real", "not-a-real",
    };

    /// <summary>True when <paramref name="value"/> is empty or a placeholder.</summary>
    public static bool IsPlaceholder(string value) => IsPlaceholder(value, 0, value.Length);

    /// <summary>True when the part [start, start + length) of <paramref name="value"/> is empty or a placeholder.</summary>
    public static bool IsPlaceholder(string value, int start, int length)
    {
        // Trim.
        while (length > 0 && char.IsWhiteSpace(value[start]))
        {
            start++;
            length--;
        }

        while (length > 0 && char.IsWhiteSpace(value[start + length - 1]))
        {
            length--;
        }

        if (length == 0)
        {
            return true;
        }

        char first = value[start];
        char last = value[start + length - 1];
        if ((first == '<' && last == '>')
            || (first == '{' && last == '}')
            || (first == '[' && last == ']')
            || (first == '%' && last == '%' && length > 2)
            || (first == '@' && last == '@' && length > 2)
            || (first == '#' && last == '#' && length > 2))
        {
            return true;
        }

        if (length > 4 && first == '_' && value[start + 1] == '_' && last == '_' && value[start + length - 2] == '_')
        {
            return true;
        }

        if (Contains(value, start, length, "${") || Contains(value, start, length, "{{")
            || Contains(value, start, length, "$(") || Contains(value, start, length, "#{")
            || Contains(value, start, length, "%(") || (first == '$' && length > 1 && IsIdentifierLike(value, start + 1, length - 1)))
        {
            return true;
        }

        if (IsMaskOrRepeat(value, start, length))
        {
            return true;
        }

        // Compare a lower-case, letters-and-digits-only form against placeholder words.
        if (length <= 64)
        {
            string normalized = Normalize(value, start, length);
            if (normalized.Length == 0 || Words.Contains(normalized) || IsNumberedCredentialWord(normalized))
            {
                return true;
            }

            // MYPASSWORD, MY_SECRET: the upper-case documentation idiom for "put yours here" ("mypassword" is a real,
            // weak password and stays reported).
            if (normalized.Length > 2 && normalized.StartsWith("my", StringComparison.Ordinal) && IsUpperSnake(value, start, length)
                && CredentialNames.IsCredentialWord(normalized.Substring(2), DetectionOptions.Default))
            {
                return true;
            }

            if ((normalized.StartsWith("your", StringComparison.Ordinal)
                    || normalized.StartsWith("enter", StringComparison.Ordinal) || normalized.StartsWith("insert", StringComparison.Ordinal))
                && (normalized.EndsWith("here", StringComparison.Ordinal) || normalized.EndsWith("password", StringComparison.Ordinal)
                    || normalized.EndsWith("key", StringComparison.Ordinal) || normalized.EndsWith("token", StringComparison.Ordinal)
                    || normalized.EndsWith("secret", StringComparison.Ordinal)))
            {
                return true;
            }
        }

        foreach (string fragment in Fragments)
        {
            if (ContainsIgnoreCase(value, start, length, fragment))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>secret1, password2, token3: a fixture's numbered stand-in, one digit after a credential word.</summary>
    private static bool IsNumberedCredentialWord(string normalized)
    {
        int last = normalized.Length - 1;
        return last > 2 && normalized[last] >= '1' && normalized[last] <= '9' && !char.IsDigit(normalized[last - 1])
            && normalized.Substring(0, last) is "secret" or "password" or "passwd" or "pass" or "pwd" or "token" or "key" or "apikey" or "passphrase";
    }

    /// <summary>Only mask characters (****, xxxx, ••••, ....) or one character repeated.</summary>
    private static bool IsMaskOrRepeat(string value, int start, int length)
    {
        char first = value[start];
        bool allSame = true;
        bool allMask = true;
        for (int i = start; i < start + length; i++)
        {
            char c = value[i];
            allSame &= c == first;
            allMask &= c is '*' or 'x' or 'X' or '#' or '\u2022' or '.' or '-' or '_' or '?';
        }

        return allMask || (allSame && length >= 2);
    }

    private static bool IsIdentifierLike(string value, int start, int length)
    {
        for (int i = start; i < start + length; i++)
        {
            char c = value[i];
            if (!(char.IsLetterOrDigit(c) || c == '_'))
            {
                return false;
            }
        }

        return char.IsUpper(value[start]) && length > 1 && IsUpperSnake(value, start, length);
    }

    private static bool IsUpperSnake(string value, int start, int length)
    {
        for (int i = start; i < start + length; i++)
        {
            char c = value[i];
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    internal static string Normalize(string value, int start, int length)
    {
        char[] buffer = new char[length];
        int count = 0;
        for (int i = start; i < start + length; i++)
        {
            char c = value[i];
            if (char.IsLetterOrDigit(c))
            {
                buffer[count++] = char.ToLowerInvariant(c);
            }
        }

        return new string(buffer, 0, count);
    }

    private static bool Contains(string value, int start, int length, string fragment) =>
        length >= fragment.Length && value.IndexOf(fragment, start, length, StringComparison.Ordinal) >= 0;

    private static bool ContainsIgnoreCase(string value, int start, int length, string fragment) =>
        length >= fragment.Length && value.IndexOf(fragment, start, length, StringComparison.OrdinalIgnoreCase) >= 0;
}
