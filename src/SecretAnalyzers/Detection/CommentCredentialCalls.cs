using System;
using SecretAnalyzers.Analyzers;

namespace SecretAnalyzers.Detection;

/// <summary>
/// Commented-out calls that pass a literal credential, read from text without symbols (SEC0004):
/// <list type="bullet">
/// <item>a known credential API by simple type or method name, argument count and position — the table the analyzer uses for
/// code that did not bind (<see cref="UnboundCredentialApis"/>): <c>new NetworkCredential("user", "…")</c>,
/// <c>new BasicAWSCredentials(id, "…")</c>, <c>new SshClient(host, user, "…")</c>, <c>client.Authenticate("user", "…")</c>;</item>
/// <item>a method named for a credential whose last argument is the literal: <c>SetPassword("…")</c>, <c>WithApiKey("…")</c>;</item>
/// <item>a call that pairs a credential name with a value: <c>headers.Add("Authorization", "Bearer …")</c>,
/// <c>Environment.SetEnvironmentVariable("DB_PASSWORD", "…")</c>.</item>
/// </list>
/// The value is judged as a literal stored under that name is (<see cref="CommentCredentialPairs.Judge"/>), so words,
/// placeholders and slugs stay clean; an argument that is not a literal (a variable, a call, an interpolation) is never
/// a finding. The call must close on its line: its argument count decides the overload.
/// </summary>
internal static class CommentCredentialCalls
{
    private const int MaxArguments = 8;

    private const int MaxNameLength = 64;

    /// <summary>The listed type and method names by their last character: the test at each '(' compares a few at most.</summary>
    private static readonly string[]?[] ListedNamesByLastChar = GroupByLastChar(UnboundCredentialApis.ListedNames);

    /// <summary>The first call in <c>text[start..end)</c> with a credential argument; the span is relative to <paramref name="start"/>.</summary>
    public static SecretFinding? Find(string text, int start, int end, DetectionOptions options)
    {
        for (int paren = text.IndexOf('(', start, end - start);
             paren >= 0;
             paren = paren + 1 < end ? text.IndexOf('(', paren + 1, end - paren - 1) : -1)
        {
            if (FindAt(text, start, end, paren, options) is { } finding)
            {
                return finding;
            }
        }

        return null;
    }

    /// <summary>
    /// The call whose argument list opens at <paramref name="paren"/>, or null. The prefilter
    /// (<see cref="HighConfidenceSecrets.MayHoldSecret(string, int, int, DetectionOptions, bool)"/>) runs this at every
    /// '(' of a file, so the name is tested first, without allocating: most calls are named for nothing and pass no
    /// credential-named key.
    /// </summary>
    public static SecretFinding? FindAt(string text, int start, int end, int paren, DetectionOptions options)
    {
        if (paren == start || !IsIdentifierChar(text[paren - 1]))
        {
            return null; // not a call: if (…), (a + b), a cast
        }

        // The name is read backwards only for a candidate: its end is a listed name or a credential word, or the
        // first argument is a quoted credential key.
        bool listed = EndsWithAny(text, start, paren, ListedNamesByLastChar, wholeName: true);
        bool credentialNamed = !listed && (EndsWithAny(text, start, paren, SetterEndingsByLastChar, wholeName: false) || EndsWithExtraWord(text, start, paren, options));
        if (!listed && !credentialNamed && !StartsWithCredentialKey(text, paren + 1, end, options))
        {
            return null;
        }

        int nameStart = paren;
        while (nameStart > start && paren - nameStart < MaxNameLength && IsIdentifierChar(text[nameStart - 1]))
        {
            nameStart--;
        }

        if (char.IsDigit(text[nameStart]))
        {
            return null;
        }

        Argument[]? arguments = ReadArguments(text, paren + 1, end, out int count);
        if (arguments is null)
        {
            return null;
        }

        string name = text.Substring(nameStart, paren - nameStart);
        int offset = -start;
        if (listed && FindListed(text, name, arguments, count, offset, options) is { } api)
        {
            return api;
        }

        if (credentialNamed && arguments[count - 1].IsLiteral && IsCredentialSetter(name, count, IsConstructor(text, start, nameStart), options))
        {
            Argument last = arguments[count - 1];
            if (CommentCredentialPairs.Judge(name, last.Value(text), last.ContentStart + offset, options) is { } finding)
            {
                return finding;
            }
        }

        if (count >= 2 && arguments[0].IsLiteral && arguments[1].IsLiteral && IsKey(text, arguments[0]))
        {
            return CommentCredentialPairs.Judge(arguments[0].Value(text), arguments[1].Value(text), arguments[1].ContentStart + offset, options);
        }

        return null;
    }

    /// <summary>
    /// A method that takes the credential itself: <c>SetPassword</c>, <c>WithApiKey</c>, <c>ChangePassword</c>,
    /// <c>Password("…")</c> (a fluent builder) and <c>new ApiKey("…")</c>, only with that one argument
    /// (<c>new Secret(value, "description")</c> takes a description last). <c>GetPassword("ServiceAccount")</c>,
    /// <c>ReadSecret("db")</c> take the name of a credential instead, so only these leading verbs count.
    /// </summary>
    private static bool IsCredentialSetter(string name, int argumentCount, bool constructor, DetectionOptions options)
    {
        if (CredentialNames.Classify(name, options).Strength != CredentialNameStrength.Credential)
        {
            return false;
        }

        System.Collections.Generic.List<string> words = NameWords.Split(name);
        return words.Count == 1 || constructor ? argumentCount == 1 : Array.IndexOf(SetterVerbs, words[0]) >= 0;
    }

    /// <summary>Whether <c>new</c> comes before the name that starts at <paramref name="nameStart"/>.</summary>
    private static bool IsConstructor(string text, int start, int nameStart)
    {
        int i = nameStart;
        while (i > start && text[i - 1] is ' ' or '\t')
        {
            i--;
        }

        return i < nameStart && i - 3 >= start && string.CompareOrdinal(text, i - 3, "new", 0, 3) == 0
            && (i - 3 == start || !IsIdentifierChar(text[i - 4]));
    }

    private static readonly string[] SetterVerbs =
    {
        "set", "with", "use", "change", "update", "reset", "hash", "verify", "validate", "check", "encrypt",
    };

    private static SecretFinding? FindListed(string text, string name, Argument[] arguments, int count, int offset, DetectionOptions options)
    {
        for (int index = 0; index < count; index++)
        {
            Argument argument = arguments[index];
            if (!argument.IsLiteral)
            {
                continue;
            }

            KnownCredentialApi? api = argument.ParameterName is { } parameter
                ? UnboundCredentialApis.FindConstructorParameter(name, parameter)
                : UnboundCredentialApis.FindConstructorArgument(name, count, index) ?? UnboundCredentialApis.FindMethodArgument(name, count, index);
            if (api is not null
                && CommentCredentialPairs.Judge(api.SuggestedName, argument.Value(text), argument.ContentStart + offset, options, api.Description) is { } finding)
            {
                return finding;
            }
        }

        return null;
    }

    /// <summary>
    /// The arguments up to the closing ')' on the same line, or null (no closing parenthesis, more than
    /// <see cref="MaxArguments"/> arguments, or an unterminated literal). A literal argument keeps its content span.
    /// </summary>
    private static Argument[]? ReadArguments(string text, int i, int end, out int count)
    {
        count = 0;
        var arguments = new Argument[MaxArguments];
        i = CommentCredentialPairs.SkipBlanks(text, i, end);
        if (i < end && text[i] == ')')
        {
            return null; // no argument
        }

        while (i < end && count < MaxArguments)
        {
            i = CommentCredentialPairs.SkipBlanks(text, i, end);
            string? parameterName = null;
            int nameEnd = i;
            while (nameEnd < end && IsIdentifierChar(text[nameEnd]))
            {
                nameEnd++;
            }

            if (nameEnd > i && nameEnd + 1 < end && text[nameEnd] == ':' && text[nameEnd + 1] != ':')
            {
                parameterName = text.Substring(i, nameEnd - i); // a named argument: password: "…"
                i = CommentCredentialPairs.SkipBlanks(text, nameEnd + 1, end);
            }

            int argumentStart = i;
            int quote = CommentCredentialPairs.QuotedValueStart(text, i, end);
            int contentStart = -1, contentEnd = -1;
            if (quote >= 0 && text[quote] == '"')
            {
                int close = CommentCredentialPairs.ClosingQuote(text, quote, end);
                if (close < 0)
                {
                    return null;
                }

                contentStart = quote + 1;
                contentEnd = close;
                i = close + 1;
                bool interpolated = quote > argumentStart && text.IndexOf('$', argumentStart, quote - argumentStart) >= 0;
                if (interpolated && text.IndexOf('{', contentStart, contentEnd - contentStart) >= 0)
                {
                    contentStart = contentEnd = -1; // computed: $"{user}:{password}"
                }
            }

            i = SkipExpression(text, i, end);
            if (i < 0)
            {
                return null;
            }

            bool literal = contentStart >= 0 && TrimEnd(text, argumentStart, i) == contentEnd + 1;
            arguments[count++] = new Argument(literal ? contentStart : -1, literal ? contentEnd : -1, parameterName);
            if (text[i] == ')')
            {
                return arguments;
            }

            i++; // ','
        }

        return null;
    }

    /// <summary>The ',' or ')' that ends the argument at <paramref name="i"/> (nested brackets and literals skipped), or -1.</summary>
    private static int SkipExpression(string text, int i, int end)
    {
        int depth = 0;
        for (; i < end; i++)
        {
            char c = text[i];
            switch (c)
            {
                case '\n' or '\r':
                    return -1;
                case '(' or '[' or '{':
                    depth++;
                    break;
                case ')' or ']' or '}':
                    if (depth == 0)
                    {
                        return c == ')' ? i : -1;
                    }

                    depth--;
                    break;
                case ',' when depth == 0:
                    return i;
                case '\'' when i + 2 < end && text[i + 2] == '\'':
                    i += 2; // a character literal: Split(',')
                    break;
                case '"':
                    int close = CommentCredentialPairs.ClosingQuote(text, i, end);
                    if (close < 0)
                    {
                        return -1;
                    }

                    i = close;
                    break;
            }
        }

        return -1;
    }

    private static int TrimEnd(string text, int start, int end)
    {
        while (end > start && text[end - 1] is ' ' or '\t')
        {
            end--;
        }

        return end;
    }

    /// <summary>A first argument that is a quoted credential name followed by another argument: <c>("DB_PASSWORD", …</c>.</summary>
    private static bool StartsWithCredentialKey(string text, int i, int end, DetectionOptions options)
    {
        i = CommentCredentialPairs.SkipBlanks(text, i, end);
        if (i >= end || text[i] != '"')
        {
            return false;
        }

        int keyEnd = i + 1;
        while (keyEnd < end && keyEnd - i <= MaxNameLength && IsKeyText(text[keyEnd]))
        {
            keyEnd++;
        }

        return keyEnd < end && keyEnd > i + 1 && text[keyEnd] == '"'
            && CommentCredentialPairs.SkipBlanks(text, keyEnd + 1, end) is int comma && comma < end && text[comma] == ','
            && CommentCredentialPairs.HasCredentialStem(text, i + 1, keyEnd, options);
    }

    private static bool IsKey(string text, Argument argument)
    {
        for (int i = argument.ContentStart; i < argument.ContentEnd; i++)
        {
            if (!IsKeyText(text[i]))
            {
                return false;
            }
        }

        return argument.ContentEnd > argument.ContentStart;
    }

    /// <summary>Characters of a configuration or header key: <c>Smtp:Password</c>, <c>X-Api-Key</c>, <c>DB_PASSWORD</c>.</summary>
    private static bool IsKeyText(char c) => char.IsLetterOrDigit(c) || c is '_' or '-' or '.' or ':';

    private static bool IsIdentifierChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    /// <summary>
    /// Whether the identifier that ends at <paramref name="end"/> ends with one of the words grouped by their last
    /// character: the whole identifier (<paramref name="wholeName"/>, a listed type or method name, compared
    /// ordinally) or its last word (a credential word, ASCII case folded: <c>SetPassword</c>, <c>WithApiKey</c>).
    /// </summary>
    private static bool EndsWithAny(string text, int start, int end, string[]?[] groups, bool wholeName)
    {
        char last = text[end - 1];
        if (!wholeName)
        {
            last = last is >= 'A' and <= 'Z' ? (char)(last | 0x20) : last;
        }

        if (last >= 128 || groups[last] is not { } words)
        {
            return false;
        }

        foreach (string word in words)
        {
            int wordStart = end - word.Length;
            if (wordStart < start)
            {
                continue;
            }

            // Backwards: most names leave at their second-to-last character.
            int k = word.Length - 2;
            while (k >= 0 && (wholeName ? text[wordStart + k] : ToLowerAscii(text[wordStart + k])) == word[k])
            {
                k--;
            }

            if (k < 0 && (!wholeName || wordStart == start || !IsIdentifierChar(text[wordStart - 1])))
            {
                return true;
            }
        }

        return false;
    }

    private static char ToLowerAscii(char c) => c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c;

    private static bool EndsWithExtraWord(string text, int start, int end, DetectionOptions options)
    {
        if (options.AdditionalCredentialWords.Count == 0)
        {
            return false;
        }

        foreach (string word in options.AdditionalCredentialWords)
        {
            if (word.Length > 0 && end - word.Length >= start
                && string.Compare(text, end - word.Length, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The words a credential setter's name ends with (<see cref="CredentialNames"/> has the full vocabulary and
    /// decides; this only keeps the test at each '(' cheap).
    /// </summary>
    private static readonly string[] SetterEndings =
    {
        "password", "passwd", "pwd", "passphrase", "passcode", "pass", "pin", "secret", "token", "key", "credential",
        "credentials", "creds", "bearer", "passwort", "kennwort", "geheimnis", "motdepasse", "mdp", "contrasena", "secreto",
        "senha", "segredo", "segreto", "wachtwoord", "geheim", "haslo", "sekret", "heslo", "parol", "sifre",
    };

    private static readonly string[]?[] SetterEndingsByLastChar = GroupByLastChar(SetterEndings);

    private static string[]?[] GroupByLastChar(string[] words)
    {
        var groups = new string[]?[128];
        foreach (string word in words)
        {
            char last = word[word.Length - 1];
            string[] group = groups[last] ?? Array.Empty<string>();
            Array.Resize(ref group, group.Length + 1);
            group[group.Length - 1] = word;
            groups[last] = group;
        }

        return groups;
    }

    private readonly struct Argument
    {
        public Argument(int contentStart, int contentEnd, string? parameterName)
        {
            ContentStart = contentStart;
            ContentEnd = contentEnd;
            ParameterName = parameterName;
        }

        /// <summary>Start of the literal's content, or -1 when the argument is not one plain literal.</summary>
        public int ContentStart { get; }

        public int ContentEnd { get; }

        public string? ParameterName { get; }

        public bool IsLiteral => ContentStart >= 0 && ContentEnd > ContentStart;

        public string Value(string text) => text.Substring(ContentStart, ContentEnd - ContentStart);
    }
}
