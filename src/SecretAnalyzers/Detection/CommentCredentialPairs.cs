using System;

namespace SecretAnalyzers.Detection;

/// <summary>
/// A credential-named key, a separator (<c>=</c>, <c>:</c>, <c>=&gt;</c>, <c>==</c>) and a value on one line of free text:
/// commented-out code (<c>string password = "…";</c>, <c>Password = "…",</c>, <c>"apiKey": "…"</c>) and notes
/// (<c>password: …</c>, <c>pwd=…</c>). The key is named as the literal analyzer names a symbol
/// (<see cref="CredentialNames.Classify"/>, so <c>PasswordLabel</c> and <c>TokenType</c> stay clean) and a value is judged
/// as a literal stored under that name is (<see cref="SecretScanner.AnalyzeByName"/>). An unquoted value is prose until
/// its shape says otherwise: comments are full of "password: the user's password".
/// </summary>
internal static class CommentCredentialPairs
{
    private const int MaxKeyLength = 64;

    /// <summary>An unquoted value shorter than this is a word or a number in a sentence.</summary>
    public const int MinUnquotedLength = 6;

    /// <summary>
    /// Lower-case stems of which every credential word (<see cref="CredentialNames"/>: English, the translations and
    /// the compounds) holds one: the cheap test at each separator before anything is allocated.
    /// </summary>
    private static readonly string[] CredentialStems =
    {
        "pass", "pw", "psw", "pin", "cred", "secret", "token", "key", "auth", "bearer", "kennwort", "geheim",
        "zugangsdaten", "mdp", "contrase", "senha", "segredo", "segreto", "wachtwoord", "haslo", "hasło", "sekret",
        "heslo", "tajemstv", "parol", "sifre", "şifre",
    };

    /// <summary>
    /// The first pair in <c>text[start..end)</c> whose value is a secret, or the credential argument of a commented-out
    /// call (<see cref="CommentCredentialCalls"/>), whichever comes first; spans relative to <paramref name="start"/>.
    /// </summary>
    public static SecretFinding? Find(string text, int start, int end, DetectionOptions options)
    {
        SecretFinding? call = FindCredentialCall(text, start, end, options);
        int last = call is null ? end : start + call.Start;
        for (int i = start; i < last; i++)
        {
            if (text[i] is '=' or ':' && FindAt(text, start, end, i, options) is { } finding && (call is null || finding.Start < call.Start))
            {
                return finding;
            }
        }

        return call;
    }

    /// <summary>A commented-out call that passes a literal credential (<see cref="CommentCredentialCalls"/>).</summary>
    public static SecretFinding? FindCredentialCall(string text, int start, int end, DetectionOptions options) =>
        CommentCredentialCalls.Find(text, start, end, options);

    internal static int SkipBlanks(string text, int i, int end)
    {
        while (i < end && text[i] is ' ' or '\t')
        {
            i++;
        }

        return i;
    }

    /// <summary>
    /// The pair whose separator is at <paramref name="separator"/>, or null; the span is relative to
    /// <paramref name="start"/>. Used by <see cref="HighConfidenceSecrets.MayHoldSecret(string, int, int, DetectionOptions, bool)"/>
    /// too, so the prefilter lets through exactly what is found here.
    /// </summary>
    public static SecretFinding? FindAt(string text, int start, int end, int separator, DetectionOptions options)
    {
        if (!TryReadKey(text, start, separator, out int keyStart, out int wordStart) || !HasCredentialStem(text, wordStart, separator, options))
        {
            return null;
        }

        int valueStart = SkipOperator(text, separator, end);
        if (valueStart < 0)
        {
            return null;
        }

        while (valueStart < end && text[valueStart] is ' ' or '\t')
        {
            valueStart++;
        }

        if (valueStart >= end)
        {
            return null;
        }

        int quote = QuotedValueStart(text, valueStart, end);
        if (quote < 0)
        {
            return IsAuthorizationKey(text, keyStart, separator)
                ? CommentAuthorizationValues.Find(text, start, end, valueStart, options)
                : FindUnquoted(text, start, end, valueStart, wordStart, separator, options);
        }

        return (text[separator] == '=' && IsAttributeKey(text, keyStart, separator) ? FindAttributePair(text, start, end, quote, options) : null)
            ?? FindQuoted(text, start, end, quote, keyStart, separator, options);
    }

    /// <summary><c>Authorization:</c>, <c>Proxy-Authorization:</c>: an HTTP header whose value is a scheme and a credential.</summary>
    private static bool IsAuthorizationKey(string text, int keyStart, int separator)
    {
        const string Authorization = "authorization";
        int keyEnd = KeyEnd(text, keyStart, separator);
        return keyEnd - keyStart >= Authorization.Length
            && string.Compare(text, keyEnd - Authorization.Length, Authorization, 0, Authorization.Length, StringComparison.OrdinalIgnoreCase) == 0;
    }

    /// <summary>The <c>key</c> attribute of an XML element (<c>&lt;add key="ApiKey" value="…"/&gt;</c>, app.config in a doc comment).</summary>
    private static bool IsAttributeKey(string text, int keyStart, int separator) =>
        KeyEnd(text, keyStart, separator) - keyStart == 3 && string.Compare(text, keyStart, "key", 0, 3, StringComparison.OrdinalIgnoreCase) == 0
        && keyStart > 0 && text[keyStart - 1] is ' ' or '\t';

    /// <summary>
    /// <c>key="ApiKey" value="…"</c>: the value attribute that follows is judged under the key attribute's name, as
    /// SEC0005 judges an appSettings entry.
    /// </summary>
    private static SecretFinding? FindAttributePair(string text, int start, int end, int quote, DetectionOptions options)
    {
        const string Value = "value";
        int nameEnd = ClosingQuote(text, quote, end);
        if (nameEnd <= quote + 1)
        {
            return null;
        }

        int i = SkipBlanks(text, nameEnd + 1, end);
        if (i + Value.Length >= end || string.Compare(text, i, Value, 0, Value.Length, StringComparison.OrdinalIgnoreCase) != 0)
        {
            return null;
        }

        i = SkipBlanks(text, i + Value.Length, end);
        if (i >= end || text[i] != '=')
        {
            return null;
        }

        int valueQuote = QuotedValueStart(text, SkipBlanks(text, i + 1, end), end);
        int valueEnd = valueQuote < 0 ? -1 : ClosingQuote(text, valueQuote, end);
        if (valueEnd <= valueQuote + 1)
        {
            return null;
        }

        string name = text.Substring(quote + 1, nameEnd - quote - 1);
        return Judge(name, text.Substring(valueQuote + 1, valueEnd - valueQuote - 1), valueQuote + 1 - start, options);
    }

    /// <summary>Commented-out code or JSON: the literal analyzer's decision for a literal under the identifier's name.</summary>
    private static SecretFinding? FindQuoted(string text, int start, int end, int quote, int keyStart, int separator, DetectionOptions options)
    {
        int contentStart = quote + 1;
        int contentEnd = ClosingQuote(text, quote, end);
        if (contentEnd == contentStart && IsDoubledQuote(text, separator - 1) && contentStart + 1 < end && text[contentStart + 1] != '"')
        {
            contentStart++; // JSON in a commented-out verbatim string: @"{""password"": ""…""}"
            contentEnd = text.IndexOf("\"\"", contentStart, LineEnd(text, contentStart, end) - contentStart, StringComparison.Ordinal);
        }

        if (contentEnd < 0 || contentEnd == contentStart)
        {
            return null; // half-written code: no closing quote on the line
        }

        string value = text.Substring(contentStart, contentEnd - contentStart);
        if (text[quote] == '"' && quote > 0 && text[quote - 1] is '$' && value.IndexOf('{') >= 0)
        {
            return null; // an interpolation: the value is computed
        }

        // Code names a symbol with one identifier: "string key" is a key, not an ordinary "string key".
        string name = text.Substring(keyStart, KeyEnd(text, keyStart, separator) - keyStart);
        return Judge(name, value, contentStart - start, options);
    }

    /// <summary>A key closed by <c>""</c> (a verbatim string's escaped quote) just before <paramref name="at"/> + 1.</summary>
    private static bool IsDoubledQuote(string text, int at) => at > 0 && text[at] == '"' && text[at - 1] == '"';

    private static int LineEnd(string text, int i, int end)
    {
        while (i < end && text[i] is not ('\n' or '\r'))
        {
            i++;
        }

        return i;
    }

    /// <summary>A note in prose: believed only when the value is password-shaped, never a word, path or reference.</summary>
    private static SecretFinding? FindUnquoted(
        string text, int start, int end, int valueStart, int wordStart, int separator, DetectionOptions options)
    {
        if (text[valueStart] == '`')
        {
            valueStart++; // Markdown code span: `Summer2024!`
        }

        int valueEnd = valueStart;
        while (valueEnd < end && !IsUnquotedValueEnd(text, valueEnd, end))
        {
            valueEnd++;
        }

        while (valueEnd > valueStart && text[valueEnd - 1] is '.' or ')' or ']' or '}' or ':' or '`')
        {
            valueEnd--; // sentence punctuation, not part of the value
        }

        if (valueEnd - valueStart < MinUnquotedLength)
        {
            return null;
        }

        bool proseFollows = ProseFollows(text, valueEnd, end);
        if (!IsPasswordShaped(text, valueStart, valueEnd, proseFollows, options))
        {
            return null;
        }

        // Prose keys may be two words ("api key: …", "cache key: …"); the last word alone names a symbol.
        int nameStart = wordStart;
        string name = text.Substring(nameStart, KeyEnd(text, nameStart, separator) - nameStart);
        CredentialName credential = CredentialNames.Classify(name, options);
        if (credential.Strength != CredentialNameStrength.Credential)
        {
            return null; // a bare "key: …" in prose is a cache key, a dictionary key, a sort key far more often
        }

        if (credential.Kind != SecretKind.Password && !Entropy.LooksRandom(text, valueStart, valueEnd - valueStart, options.EntropyThreshold))
        {
            return null; // keys and tokens are long and random: "?apikey=ygm5k29" in a sample URL is a local instance's or a cut one
        }

        return Judge(name, text.Substring(valueStart, valueEnd - valueStart), valueStart - start, options);
    }

    internal static SecretFinding? Judge(string name, string value, int offset, DetectionOptions options, string? description = null)
    {
        if (options.IsIgnored(value) || TokenScanner.Find(value) is { Format.Id: "jwt" }
            || Entropy.IsMostlySequential(value, 0, value.Length))
        {
            return null; // JWTs (see HighConfidenceSecrets) and typed runs ("abc123") in comments are documentation examples
        }

        SecretFinding? finding = SecretScanner.AnalyzeByName(name, value, options);
        if (finding is null || finding.IsDocumentedExample)
        {
            return null;
        }

        return new SecretFinding(
            RuleIdentifiers.SecretInComment,
            finding.Kind,
            description ?? finding.Description,
            finding.MaskedValue,
            offset + finding.Start,
            finding.Length,
            finding.SuggestedName,
            isDocumentedExample: false);
    }

    /// <summary>
    /// The key that ends before <paramref name="separator"/> (closing quotes and an indexer's <c>]</c> skipped:
    /// <c>"apiKey":</c>, <c>["Password"] =</c>): <paramref name="keyStart"/> is its last identifier, <paramref name="wordStart"/>
    /// the word before it too when a single space separates them (prose: "api key: …").
    /// </summary>
    private static bool TryReadKey(string text, int start, int separator, out int keyStart, out int wordStart)
    {
        keyStart = wordStart = -1;
        if (separator > start && text[separator - 1] is ':' or '=' or '!' or '<' or '>' or '+' or '-' or '*' or '/' or '%' or '&' or '|' or '^' or '?')
        {
            return false; // '::', '==' (read from its first '='), compound assignments and comparisons
        }

        int end = KeyEnd(text, start, separator);
        int i = end - 1;
        while (i >= start && end - i <= MaxKeyLength && IsKeyChar(text[i]))
        {
            i--;
        }

        if (i == end - 1 || (i >= start && IsKeyChar(text[i])) || char.IsDigit(text[i + 1]))
        {
            return false;
        }

        int before = i;
        while (before >= start && text[before] is ' ' or '\t')
        {
            before--;
        }

        if (before >= start && text[before] == '?' && text[separator] == ':')
        {
            return false; // the ':' of a conditional: cond ? password : "…" (a '=' after '?' is a URL query: ?api_key=…)
        }

        keyStart = wordStart = i + 1;
        if (i - 1 >= start && text[i] == ' ' && char.IsLetter(text[i - 1]))
        {
            int word = i - 1;
            while (word >= start && i - word <= MaxKeyLength && IsKeyChar(text[word]))
            {
                word--;
            }

            if (word < start || !IsKeyChar(text[word]))
            {
                wordStart = word + 1;
            }
        }

        return true;
    }

    /// <summary>The end of the key before the separator: spaces, a closing quote and an indexer's ']' are not part of it.</summary>
    private static int KeyEnd(string text, int start, int separator)
    {
        int end = separator;
        while (end > start && text[end - 1] is ' ' or '\t')
        {
            end--;
        }

        if (end > start && text[end - 1] == ']')
        {
            end--;
        }

        if (end > start && text[end - 1] is '"' or '\'')
        {
            end--;
            if (end > start && (text[end - 1] == '\\' || (text[end - 1] == '"' && text[end] == '"')))
            {
                end--; // a key quoted inside a commented-out C# string: "{\"password\":…", @"{""password"":…"
            }
        }

        return end;
    }

    internal static bool IsKeyChar(char c) => char.IsLetterOrDigit(c) || c is '_' or '-';

    /// <summary><see cref="CredentialStems"/> by their first character: most characters of a key start none.</summary>
    private static readonly string[]?[] StemsByFirstChar = GroupStems();

    private static string[]?[] GroupStems()
    {
        var groups = new string[]?[128];
        foreach (string stem in CredentialStems)
        {
            int first = stem[0] < 128 ? stem[0] : 0; // slot 0: the stems that start with a non-ASCII letter
            string[] group = groups[first] ?? Array.Empty<string>();
            Array.Resize(ref group, group.Length + 1);
            group[group.Length - 1] = stem;
            groups[first] = group;
        }

        return groups;
    }

    internal static bool HasCredentialStem(string text, int start, int end, DetectionOptions options)
    {
        string[]?[] groups = StemsByFirstChar;
        for (int i = start; i < end; i++)
        {
            char c = ToLower(text[i]);
            if (groups[c < 128 ? c : 0] is { } stems)
            {
                foreach (string stem in stems)
                {
                    if (MatchesAt(text, i, end, stem))
                    {
                        return true;
                    }
                }
            }
        }

        if (options.AdditionalCredentialWords.Count == 0)
        {
            return false;
        }

        foreach (string word in options.AdditionalCredentialWords)
        {
            if (text.IndexOf(word, start, end - start, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>ASCII letters folded without a culture lookup: this runs at every '=' and ':' of a file.</summary>
    private static char ToLower(char c) => c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c < 128 ? c : char.ToLowerInvariant(c);

    private static bool MatchesAt(string text, int at, int end, string lowerStem)
    {
        if (end - at < lowerStem.Length)
        {
            return false;
        }

        for (int k = 0; k < lowerStem.Length; k++)
        {
            if (ToLower(text[at + k]) != lowerStem[k])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Where the value may start after the separator, or -1 when the separator is not one of a pair.</summary>
    private static int SkipOperator(string text, int separator, int end)
    {
        int next = separator + 1;
        if (next < end && text[separator] == '=' && text[next] is '>' or '=')
        {
            return next + 1; // Password => "…", password == "…"
        }

        if (next < end && text[separator] == ':' && (text[next] is ':' or '/' || (text[next] == '\\' && !(next + 1 < end && text[next + 1] == '"'))))
        {
            return -1; // global::, scheme://, C:\ (but \" opens a value in a commented-out string)
        }

        return next;
    }

    /// <summary>
    /// The opening quote of a C#/JSON literal at <paramref name="at"/> (after <c>@</c>, <c>$</c>), or -1. An escaped
    /// quote (<c>\"</c>) opens a value inside a commented-out C# string (JSON in a string): the value starts at its
    /// <c>"</c> and ends at the next <c>\"</c> (<see cref="ClosingQuote"/>).
    /// </summary>
    internal static int QuotedValueStart(string text, int at, int end)
    {
        if (at + 1 < end && text[at] == '\\' && text[at + 1] is '"' or '\'')
        {
            return at + 1;
        }

        int i = at;
        while (i < end && i - at < 2 && text[i] is '@' or '$')
        {
            i++;
        }

        return i < end && (text[i] == '"' || (i == at && text[i] == '\'')) ? i : -1;
    }

    /// <summary>The closing quote on the same line (escapes: <c>\"</c>, verbatim <c>""</c>), or -1.</summary>
    internal static int ClosingQuote(string text, int quote, int end)
    {
        char q = text[quote];
        bool escaped = quote > 0 && text[quote - 1] == '\\';
        bool verbatim = quote > 0 && (text[quote - 1] == '@' || (quote > 1 && text[quote - 1] == '$' && text[quote - 2] == '@'));
        for (int i = quote + 1; i < end; i++)
        {
            char c = text[i];
            if (c is '\n' or '\r')
            {
                return -1;
            }

            if (escaped)
            {
                if (c == '\\')
                {
                    if (i + 1 < end && text[i + 1] == q)
                    {
                        return i; // the value ends before its escaped closing quote
                    }

                    i++;
                }
                else if (c == q)
                {
                    return -1; // the C# string itself ends here: "{\"password\":\"" + password + …
                }

                continue;
            }

            if (c == '\\' && !verbatim)
            {
                i++;
                continue;
            }

            if (c == q)
            {
                if (verbatim && i + 1 < end && text[i + 1] == q)
                {
                    i++;
                    continue;
                }

                return i;
            }
        }

        return -1;
    }

    private static bool IsUnquotedValueEnd(string text, int i, int end)
    {
        char c = text[i];
        if (char.IsWhiteSpace(c) || c is '"' or '\'' or '`' or ',' or ';' or '&')
        {
            return true;
        }

        // The end of a block comment or of an XML doc element: password: Summer2024!*/, …</para>
        return i + 1 < end && ((c == '*' && text[i + 1] == '/') || (c == '<' && text[i + 1] == '/'));
    }

    /// <summary>A word after the value: "password: hunter2 was the old default" is a sentence.</summary>
    private static bool ProseFollows(string text, int valueEnd, int end)
    {
        int i = valueEnd;
        while (i < end && text[i] is ' ' or '\t' or '`')
        {
            i++;
        }

        return i < end && i > valueEnd && char.IsLetter(text[i]);
    }

    /// <summary>
    /// Letters with a symbol (not a separator: <c>_ - . :</c>), letters with a digit at the end of a note, or random by
    /// entropy; never a reference
    /// (<c>options.Password</c>, <c>$PASSWORD</c>, <c>%PWD%</c>, <c>{0}</c>, <c>&lt;password&gt;</c>), a call, a path, a URL, an e-mail address
    /// or a version number.
    /// </summary>
    internal static bool IsPasswordShaped(string text, int start, int end, bool proseFollows, DetectionOptions options)
    {
        char first = text[start];
        if (first is '$' or '%' or '/' or '\\' or '~' or '.' or '@' or '#' or '-' or '*')
        {
            return false;
        }

        bool letter = false, digit = false, symbol = false, dotted = false, identifierSegments = true, segmentStart = true;
        int at = -1;
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            if (c is '(' or ')' or '[' or ']' or '{' or '}' or '<' or '>' or '\\')
            {
                return false;
            }

            if (c == ':' && i + 2 < end && text[i + 1] == '/' && text[i + 2] == '/')
            {
                return false;
            }

            if (char.IsLetter(c))
            {
                letter = true;
            }
            else if (char.IsDigit(c))
            {
                digit = true;
                identifierSegments &= !segmentStart;
            }
            else if (c == '.')
            {
                dotted = true;
                segmentStart = true;
                continue;
            }
            else if (c is not ('_' or '-' or ':'))
            {
                symbol = true;
                identifierSegments = false;
                at = c == '@' ? i : at;
            }

            segmentStart = false;
        }

        if (!letter || (dotted && identifierSegments) || IsVersion(text, start, end))
        {
            return false; // no letter, member access (options.Password, Settings.Default.Pwd), v1.2.3
        }

        if (at > start && text.IndexOf('.', at, end - at) > at)
        {
            return false; // an e-mail address
        }

        return symbol || (digit && !proseFollows) || Entropy.LooksRandom(text, start, end - start, options.EntropyThreshold);
    }

    /// <summary>1.2.3, v2.0.1-beta: a version, whatever key it follows.</summary>
    private static bool IsVersion(string text, int start, int end)
    {
        int i = text[start] is 'v' or 'V' ? start + 1 : start;
        if (i >= end || !char.IsDigit(text[i]))
        {
            return false;
        }

        bool dot = false;
        for (; i < end && text[i] != '-'; i++)
        {
            if (text[i] == '.')
            {
                dot = true;
            }
            else if (!char.IsDigit(text[i]))
            {
                return false;
            }
        }

        return dot;
    }
}
