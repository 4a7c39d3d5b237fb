using System;

namespace SecretAnalyzers.Detection;

/// <summary>
/// The one generic (low-confidence) detector for credentials inside any string that is not an ADO.NET connection
/// string, as gitleaks' generic rule: <c>key=value</c> and <c>key: value</c> pairs (URL queries <c>?api_key=…</c>,
/// INI/.env lines, YAML <c>password: …</c>, JSON <c>"password": "…"</c>), command-line options (<c>--password x</c>,
/// <c>--token=x</c>), well-known tools' short password flags (<see cref="ToolCommandLines"/>) and <c>Basic</c> authorization values whose base64 decodes to <c>user:password</c>. The key is
/// read with the one vocabulary (<see cref="CredentialNames"/>, including the options' extra words); a password-like
/// key needs a value that is not a placeholder, prose or a word-like keyword, a key/token/secret key needs a value
/// that passes the one entropy rule (<see cref="Entropy.LooksRandom"/> at the options' threshold, 0.5 more under a
/// bare or vague <c>key</c>, as for names). Used by the analyzer's string sinks and SEC0005 through
/// <see cref="SecretScanner"/>. A pure function over the string.
/// </summary>
internal static class EmbeddedCredentials
{
    private static readonly string[] KeyMarkers = { "pass", "pwd", "secret", "token", "key", "cred", "auth" };

    /// <summary>Extra bits per character a value needs under a key that is only key-like (<c>key</c>, <c>cacheKey</c>).</summary>
    private const double KeyLikeExtraEntropy = 0.5;

    /// <summary>The first credential found, or null; spans point into <paramref name="value"/>.</summary>
    public static ConnectionStringCredential? Find(string value, DetectionOptions? options = null)
    {
        if (value is null || value.Length < 8)
        {
            return null;
        }

        // Every shape needs a separator; most literals have none and leave here after a few ordinal scans.
        bool pairs = value.IndexOf('=') >= 0 || value.IndexOf(':') >= 0 || value.IndexOf("--", StringComparison.Ordinal) >= 0;
        bool basic = value.IndexOf("asic ", StringComparison.OrdinalIgnoreCase) > 0;
        bool flags = value.IndexOf(" -", StringComparison.Ordinal) >= 0;
        if (!pairs && !basic && !flags)
        {
            return null;
        }

        return (basic ? FindBasicAuthorization(value) : null) ?? (pairs ? FindPair(value, options ?? DetectionOptions.Default) : null)
            ?? ToolCommandLines.Find(value); // mysql -pSECRET, sqlcmd -P SECRET, PGPASSWORD=SECRET psql
    }

    private static ConnectionStringCredential? FindPair(string value, DetectionOptions options)
    {
        foreach (string marker in KeyMarkers)
        {
            ConnectionStringCredential? found = FindPairWithMarker(value, marker, options);
            if (found is not null)
            {
                return found;
            }
        }

        // secret_analyzers.additional_credential_words: the project's own words are keys here as in names.
        foreach (string word in options.AdditionalCredentialWords)
        {
            ConnectionStringCredential? found = FindPairWithMarker(value, word, options);
            if (found is not null)
            {
                return found;
            }
        }

        return null;
    }

    private static ConnectionStringCredential? FindPairWithMarker(string value, string marker, DetectionOptions options)
    {
        if (marker.Length == 0)
        {
            return null;
        }

        int hit = value.IndexOf(marker, StringComparison.OrdinalIgnoreCase);
        while (hit >= 0)
        {
            ConnectionStringCredential? found = TryPairAt(value, hit, options);
            if (found is not null)
            {
                return found;
            }

            hit = value.IndexOf(marker, hit + marker.Length, StringComparison.OrdinalIgnoreCase);
        }

        return null;
    }

    /// <summary>Expands the key around <paramref name="hit"/>, then expects a separator and a value.</summary>
    private static ConnectionStringCredential? TryPairAt(string value, int hit, DetectionOptions options)
    {
        int keyStart = hit;
        while (keyStart > 0 && IsKeyChar(value[keyStart - 1]))
        {
            keyStart--;
        }

        int keyEnd = hit;
        while (keyEnd < value.Length && IsKeyChar(value[keyEnd]))
        {
            keyEnd++;
        }

        // "overlay=eof_action=pass:repeatlast=0": a word right after '=' or ':' is a value, not a key.
        if (!IsPairBoundary(value, keyStart) || IsInsideArn(value, keyStart))
        {
            return null;
        }

        string key = value.Substring(keyStart, keyEnd - keyStart);
        bool option = key.StartsWith("-", StringComparison.Ordinal);
        string bareKey = key.TrimStart('-');
        if (IsPluralKey(bareKey))
        {
            return null; // secrets=a,b and releaseTokens list names of credentials
        }

        CredentialName name = CredentialNames.Classify(bareKey, options);
        if (name.Strength == CredentialNameStrength.None || name.NormalizedName is "auth" or "bearer"
            || (name.Strength == CredentialNameStrength.KeyLike && (option || key.IndexOf('.') >= 0)))
        {
            return null; // "auth:CustomAuth:DOMAIN\\user" describes a scheme; a bare auth/bearer key is too vague here
        }

        // "password": …  'password' = …
        int i = keyEnd;
        bool quotedKey = keyStart > 0 && value[keyStart - 1] is '"' or '\'' && i < value.Length && value[i] == value[keyStart - 1];
        if (quotedKey)
        {
            i++;
        }

        int afterKey = i;
        while (i < value.Length && value[i] is ' ' or '\t')
        {
            i++;
        }

        char separator;
        if (i < value.Length && value[i] is '=' or ':')
        {
            separator = value[i];
            if (separator == ':' && !quotedKey && IsShortAlias(bareKey) && !StartsLine(value, keyStart))
            {
                return null; // pass:, key:, auth: mid-text are option lists and prose; JSON/YAML quote or indent them
            }

            i++;
            if (separator == ':' && i < value.Length && value[i] == '=')
            {
                i++; // key := value
            }
        }
        else if (option && i > afterKey && i < value.Length && IsCredentialFlag(bareKey))
        {
            separator = ' '; // --password x
        }
        else
        {
            return null;
        }

        while (i < value.Length && value[i] is ' ' or '\t')
        {
            i++;
        }

        if (!ReadValue(value, i, separator, out int start, out int length))
        {
            return null;
        }

        if (!IsRealValue(value, start, length, name, options) || DocumentedExamples.IsDocumentedExample(value, start, length))
        {
            return null;
        }

        if (separator == ' ' && (FunctionWords.Contains(value.Substring(start, length).ToLowerInvariant()) || IsSentence(value)))
        {
            return null; // "Cannot use --password with a provided password": a flag named in prose
        }

        return new ConnectionStringCredential(start, length, name.Description, Suffix(name), null);
    }

    private static bool ReadValue(string value, int i, char separator, out int start, out int length)
    {
        start = i;
        length = 0;
        if (i >= value.Length)
        {
            return false;
        }

        char quote = value[i];
        if (quote is '"' or '\'')
        {
            int close = value.IndexOf(quote, i + 1);
            if (close < 0)
            {
                return false;
            }

            start = i + 1;
            length = close - start;
            return length > 0;
        }

        int end = i;
        while (end < value.Length && !IsValueEnd(value[end]))
        {
            end++;
        }

        length = end - start;
        if (length == 0)
        {
            return false;
        }

        // "Password: must be 8 characters": after ':' the value must end its line (YAML), not start a sentence.
        if (separator == ':')
        {
            int rest = end;
            while (rest < value.Length && value[rest] is ' ' or '\t')
            {
                rest++;
            }

            return rest == value.Length || value[rest] is '\r' or '\n' or ',' or '}' or ';' or '&';
        }

        return true;
    }

    private static bool IsRealValue(string value, int start, int length, CredentialName name, DetectionOptions options)
    {
        char first = value[start];
        if (first is '{' or '$' or '%' or '@' or '<' or '[' or '(' or '?' or ':' or '#' or '*')
        {
            return false; // {0}, ${VAR}, %VAR%, @param, <password>, :param, ?, masks
        }

        if (Placeholders.IsPlaceholder(value, start, length))
        {
            return false;
        }

        string candidate = value.Substring(start, length);
        if (ValueShape.LooksLikeNameOrPath(candidate, name, options) || PasswordHashes.IsPasswordHash(candidate))
        {
            return false;
        }

        // A key or token is never a word ("token: bearer", "apiKey=required") nor a member access
        // ("Settings.Default.ApiKey2"); a password needs more than one letter.
        if (name.Kind == SecretKind.Password && name.Strength == CredentialNameStrength.Credential)
        {
            return length >= 3 && !ValueShape.LooksLikeText(candidate) && !IsKeyword(candidate);
        }

        double threshold = options.EntropyThreshold + (name.Strength == CredentialNameStrength.KeyLike ? KeyLikeExtraEntropy : 0);
        return length >= SecretScanner.MinKeyLength && !WordLikeValues.IsWordLike(candidate) && !IsDottedIdentifier(candidate)
            && Entropy.LooksRandom(value, start, length, threshold);
    }

    private static bool IsKeyword(string candidate) =>
        candidate is "true" or "false" or "null" or "none" or "required" or "optional" or "string" or "int" or "bool";

    /// <summary>"Basic dXNlcjpwYXNz": base64 of user:password after the scheme word.</summary>
    private static ConnectionStringCredential? FindBasicAuthorization(string value)
    {
        int basic = value.IndexOf("Basic ", StringComparison.OrdinalIgnoreCase);
        while (basic >= 0)
        {
            if (basic == 0 || !char.IsLetterOrDigit(value[basic - 1]))
            {
                int start = basic + 6;
                int end = start;
                while (end < value.Length && (char.IsLetterOrDigit(value[end]) || value[end] is '+' or '/' or '='))
                {
                    end++;
                }

                if (end - start >= 8 && DecodesToUserAndPassword(value.Substring(start, end - start)))
                {
                    return new ConnectionStringCredential(start, end - start, "basic authentication credentials", "BasicAuthCredentials", null);
                }
            }

            basic = value.IndexOf("Basic ", basic + 6, StringComparison.OrdinalIgnoreCase);
        }

        return null;
    }

    private static bool DecodesToUserAndPassword(string base64) => DecodeUserAndPassword(base64) is not null;

    /// <summary>The printable <c>user:password</c> a Basic authorization value decodes to, or null (not base64, no password, a placeholder).</summary>
    internal static string? DecodeUserAndPassword(string base64)
    {
        if (base64.Length % 4 != 0 || base64.Length > 1024)
        {
            return null;
        }

        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(base64);
        }
        catch (FormatException)
        {
            return null;
        }

        int colon = -1;
        for (int i = 0; i < bytes.Length; i++)
        {
            byte b = bytes[i];
            if (b < 0x20 || b > 0x7e)
            {
                return null; // user:pass is printable text
            }

            if (b == (byte)':' && colon < 0)
            {
                colon = i;
            }
        }

        if (colon <= 0 || colon == bytes.Length - 1)
        {
            return null;
        }

        string userAndPassword = System.Text.Encoding.ASCII.GetString(bytes);
        return Placeholders.IsPlaceholder(userAndPassword.Substring(colon + 1)) ? null : userAndPassword;
    }

    /// <summary><c>win32api.RegEnumKey2</c>, <c>Settings.Default.ApiKey2</c>: a member access, not a value.</summary>
    private static bool IsDottedIdentifier(string value)
    {
        bool segmentStart = true;
        foreach (char c in value)
        {
            if (c == '.')
            {
                if (segmentStart)
                {
                    return false;
                }

                segmentStart = true;
            }
            else if (segmentStart ? (char.IsLetter(c) || c == '_') : (char.IsLetterOrDigit(c) || c == '_'))
            {
                segmentStart = false;
            }
            else
            {
                return false;
            }
        }

        return value.IndexOf('.') > 0 && !segmentStart;
    }

    /// <summary>Where a key may start: the string's start, after a pair separator, whitespace, a quote or an opening bracket.</summary>
    private static bool IsPairBoundary(string value, int keyStart)
    {
        if (keyStart == 0)
        {
            return true;
        }

        char before = value[keyStart - 1];
        return before is ';' or '&' or '?' or ',' or '|' or '"' or '\'' or '{' or '[' or '(' || char.IsWhiteSpace(before) || char.IsControl(before);
    }

    /// <summary>
    /// arn:aws:secretsmanager:…:secret:prod/db-AbCdEf, arn:aws:ssm:…:parameter/…: a reference to a stored secret
    /// (what the move-to-store fixes write), never a secret: key/value pair.
    /// </summary>
    private static bool IsInsideArn(string value, int keyStart)
    {
        int start = keyStart;
        while (start > 0 && !char.IsWhiteSpace(value[start - 1]) && value[start - 1] is not ('"' or '\'' or '=' or ',' or ';'))
        {
            start--;
        }

        return keyStart - start > 4 && string.Compare(value, start, "arn:", 0, 4, StringComparison.OrdinalIgnoreCase) == 0;
    }

    /// <summary>
    /// A command-line flag that IS the credential (--password, --api-key, --db-password): at most one qualifier word
    /// before a singular credential word. --keep-webservice-password is a boolean switch, --export-passwords a mode.
    /// </summary>
    private static bool IsCredentialFlag(string flag)
    {
        string[] words = flag.Split(FlagSeparators, StringSplitOptions.RemoveEmptyEntries);
        return words.Length is 1 or 2 && !IsPluralKey(words[words.Length - 1]);
    }

    /// <summary>secrets, passwords, releaseTokens, api_keys: a key that names a collection of credentials.</summary>
    private static bool IsPluralKey(string key)
    {
        System.Collections.Generic.List<string> words = NameWords.Split(key);
        if (words.Count == 0)
        {
            return false;
        }

        string last = words[words.Count - 1];
        return last is "secrets" or "tokens" or "passwords" or "keys" or "passphrases" or "passwds" or "pwds" or "apikeys";
    }

    private static bool IsShortAlias(string key) =>
        key.Equals("pass", StringComparison.OrdinalIgnoreCase) || key.Equals("pwd", StringComparison.OrdinalIgnoreCase)
        || key.Equals("key", StringComparison.OrdinalIgnoreCase) || key.Equals("auth", StringComparison.OrdinalIgnoreCase);

    /// <summary>YAML <c>  key: value</c>: only indentation between the line start and the key.</summary>
    private static bool StartsLine(string value, int keyStart)
    {
        for (int i = keyStart - 1; i >= 0; i--)
        {
            if (value[i] is '\n' or '\r')
            {
                return true;
            }

            if (value[i] is not (' ' or '\t' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Four or more lowercase words: a message for a person that mentions a flag, not a command line.</summary>
    private static bool IsSentence(string value)
    {
        int words = 0;
        foreach (string part in value.Split(' '))
        {
            if (part.Length > 0 && part[0] >= 'a' && part[0] <= 'z' && IsLowercaseWord(part))
            {
                words++;
            }
        }

        return words >= 4;
    }

    private static bool IsLowercaseWord(string part)
    {
        foreach (char c in part)
        {
            if (!(c >= 'a' && c <= 'z') && c is not (',' or '.'))
            {
                return false;
            }
        }

        return true;
    }

    private static readonly char[] FlagSeparators = { '-', '_' };

    private static readonly System.Collections.Generic.HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "but", "with", "without", "to", "for", "of", "in", "on", "at", "by", "from",
        "is", "are", "was", "be", "not", "no", "if", "then", "when", "as", "that", "this", "it", "flag", "option",
        "switch", "argument", "parameter", "value", "instead", "only", "also",
    };

    private static bool IsKeyChar(char c) => char.IsLetterOrDigit(c) || c is '_' or '-' or '.';

    private static bool IsValueEnd(char c) =>
        char.IsWhiteSpace(c) || c is '&' or ';' or ',' or '"' or '\'' or '}' or ']' or ')' or '#' or '<' or '>';

    private static string Suffix(CredentialName name) => name.Kind switch
    {
        SecretKind.Token => "Token",
        SecretKind.ApiKey => "ApiKey",
        SecretKind.PrivateKey => "PrivateKey",
        _ => "Password",
    };
}
