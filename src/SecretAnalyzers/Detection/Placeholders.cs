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

        if (IsMaskOrRepeat(value, start, length) || IsWrappedMarker(value, start, length))
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

            if (IsMyCamelCaseCredential(value, start, length) || IsEnvironmentStyleName(value, start, length))
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

    /// <summary>
    /// myPassword, mySecret, myApiKey: "my" and a capitalised credential word, the stand-in of connection-string
    /// templates (<c>Password=myPassword;Database=myDataBase</c>). Lowercase "mypassword" and anything with a digit
    /// ("myNewPa55word") are real weak passwords and stay reported.
    /// </summary>
    private static bool IsMyCamelCaseCredential(string value, int start, int length)
    {
        if (length < 4 || value[start] != 'm' || value[start + 1] != 'y' || !char.IsUpper(value[start + 2]))
        {
            return false;
        }

        for (int i = start + 3; i < start + length; i++)
        {
            if (!char.IsLetter(value[i]))
            {
                return false;
            }
        }

        return CredentialNames.IsCredentialWord(value.Substring(start + 2, length - 2).ToLowerInvariant(), DetectionOptions.Default)
            || CredentialNames.Classify(value.Substring(start + 2, length - 2), DetectionOptions.Default).Strength == CredentialNameStrength.Credential;
    }

    /// <summary>
    /// API_TOKEN_SECRET, DB_PASSWORD, STRIPE_SECRET_KEY: an environment-variable name written where its value belongs
    /// (upper-case words joined by '_', the last naming a credential). A secret is not spelled as its own variable's name.
    /// </summary>
    private static bool IsEnvironmentStyleName(string value, int start, int length)
    {
        bool underscore = false;
        for (int i = start; i < start + length; i++)
        {
            char c = value[i];
            if (c == '_')
            {
                if (i == start || value[i - 1] == '_')
                {
                    return false;
                }

                underscore = true;
            }
            else if (c < 'A' || c > 'Z')
            {
                return false;
            }
        }

        return underscore && value[start + length - 1] != '_'
            && CredentialNames.Classify(value.Substring(start, length), DetectionOptions.Default).Strength == CredentialNameStrength.Credential;
    }

    /// <summary>
    /// |||%%PREVIOUS_PASSWORD%%|||, ##SECRET##, [[TOKEN]], &lt;&lt;&lt;KEEP&gt;&gt;&gt;: an upper-case word between mirrored runs of
    /// symbols is a sentinel that marks "keep the stored value" or "substitute here", not a secret.
    /// </summary>
    private static bool IsWrappedMarker(string value, int start, int length)
    {
        int left = 0;
        while (left < length && !char.IsLetterOrDigit(value[start + left]))
        {
            left++;
        }

        int right = 0;
        while (right < length - left && !char.IsLetterOrDigit(value[start + length - 1 - right]))
        {
            right++;
        }

        if (left < 2 || left != right || length - left - right < 3)
        {
            return false;
        }

        for (int i = 0; i < left; i++)
        {
            if (value[start + left - 1 - i] != Mirror(value[start + length - right + i]))
            {
                return false; // the closing run mirrors the opening one: "%%|||" closes "|||%%"
            }
        }

        for (int i = start + left; i < start + length - right; i++)
        {
            char c = value[i];
            if (!((c >= 'A' && c <= 'Z') || c == '_'))
            {
                return false;
            }
        }

        return true;
    }

    private static char Mirror(char c) => c switch
    {
        ')' => '(',
        ']' => '[',
        '}' => '{',
        '>' => '<',
        _ => c,
    };

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
