using System;
using System.Collections.Generic;

namespace SecretAnalyzers.Detection;

/// <summary>
/// Secrets believed on their own shape: provider formats with a distinctive prefix or checksum, PEM private keys,
/// and, in free text (comments, XML docs, disabled code), URIs with a password, <c>Password=</c> pairs whose value
/// is not a word, and credential-named pairs (<see cref="CommentCredentialPairs"/>) whose value the literal analyzer
/// would report under that name. SEC0004 reports these in comments; in test projects (<c>test_code = tokens</c>) only
/// the tokens and keys (<see cref="ContainsToken"/>) are reported.
/// </summary>
internal static class HighConfidenceSecrets
{
    /// <summary>Every credential key of <see cref="ConnectionStrings"/> ends with one of these (lower case).</summary>
    private static readonly string[] CredentialKeyEndings =
    {
        "password", "passwd", "pwd", "passphrase", "accesskey", "accountkey", "apikey", "clientsecret",
    };

    /// <summary>
    /// Cheap test before any detection, over a whole source file (SEC0004 then walks none of its trivia) or one
    /// comment in it, without allocating: each test is a necessary condition of <see cref="Find(string, DetectionOptions, bool)"/>. A catalogue
    /// keyword (every token format has one); <c>key=</c> whose key ends like a connection-string credential key;
    /// <c>://…@</c> (userinfo); or something <see cref="TokenDecoder"/> would decode: a <c>%XX</c> or <c>\u</c>,
    /// <c>\x</c>, <c>\/</c> escape, or a base64 run of <see cref="TokenDecoder.MinBase64Run"/> characters holding a
    /// digit. Short alphanumeric catalogue keywords (<c>.</c>, <c>AC</c>, <c>pat</c>) occur in every file, so the
    /// formats that only have those are caught by their random part instead: a run of that length holding a digit,
    /// or (dotted tokens) 24 such characters before a '.'. The digit is the one approximation: it keeps long
    /// identifiers (<c>ArchiveOldFileOnStartupAboveSize</c>) out, and a random run that long lacks one less than once in
    /// a hundred; the catalogue's samples all pass (HighConfidenceTriggerTests). A credential pair or a commented-out
    /// <c>NetworkCredential(…, "…")</c> passes by the finder's own test (see the overload with options).
    /// </summary>
    public static bool MayHoldSecret(string text, int start, int end) => MayHoldSecret(text, start, end, DetectionOptions.Default);

    /// <summary>
    /// <see cref="MayHoldSecret(string, int, int)"/> with the file's options (extra credential words, ignored values): a
    /// credential pair (<see cref="CommentCredentialPairs"/>) is let through by running its own test at each <c>=</c> and
    /// <c>:</c>, which costs a few character comparisons where the key holds no credential stem (not with
    /// <paramref name="pairs"/> false: test code under <c>test_code = tokens</c>).
    /// </summary>
    public static bool MayHoldSecret(string text, int start, int end, DetectionOptions options, bool pairs = true)
    {
        const int DottedTokenSegment = 24;
        if (end - start < MinTextLength)
        {
            return false;
        }

        if (TokenScanner.MayContainToken(text, start, end, minKeywordLength: 4))
        {
            return true;
        }

        int run = 0;
        bool runHasDigit = false;
        byte[] classes = CharClasses;
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            int cls = c < 128 ? classes[c] : Other;
            if (cls >= Base64Letter)
            {
                if (run == 0 && c == '-' && pairs && i > start && text[i - 1] is ' ' or '\t'
                    && CommentCommandLines.FindAt(text, start, end, i, options) is not null)
                {
                    return true; // a tool's password flag: curl -u user:…, mysql -p…
                }

                run++;
                if (cls == Base64Digit)
                {
                    runHasDigit = true;
                }

                if (runHasDigit && run >= TokenDecoder.MinBase64Run)
                {
                    return true;
                }

                continue;
            }

            if (cls == Other)
            {
                run = 0;
                runHasDigit = false;
                continue;
            }

            if (c == '.' && run >= DottedTokenSegment && runHasDigit)
            {
                return true; // the first segment of a dotted token (Discord: 24–26 base64 characters, then '.')
            }

            run = 0;
            runHasDigit = false;
            switch (c)
            {
                case '=' when EndsWithCredentialKey(text, start, i):
                case ':' when i + 2 < end && text[i + 1] == '/' && text[i + 2] == '/' && HasUserInfo(text, i + 3, end):
                case '%' when i + 2 < end && IsHex(text[i + 1]) && IsHex(text[i + 2]):
                case '\\' when i + 1 < end && text[i + 1] is 'u' or 'x' or '/':
                case '=' or ':' when pairs && CommentCredentialPairs.FindAt(text, start, end, i, options) is not null:
                case '(' when pairs && CommentCredentialCalls.FindAt(text, start, end, i, options) is not null:
                    return true;
            }
        }

        return false;
    }

    /// <summary>The key before '=' at <paramref name="equals"/>, read as <see cref="ConnectionStrings"/> normalises it (separators dropped).</summary>
    private static bool EndsWithCredentialKey(string text, int start, int equals)
    {
        int last = equals - 1;
        while (last >= start && text[last] is ' ' or '_' or '-' or '\t' or '\r' or '\n')
        {
            last--;
        }

        if (last < start || char.ToLowerInvariant(text[last]) is not ('d' or 'e' or 'y' or 't'))
        {
            return false; // no ending below ends otherwise; most '=' in code follow a name, a ')' or a space
        }

        foreach (string ending in CredentialKeyEndings)
        {
            int matched = ending.Length;
            for (int i = equals - 1; i >= start && matched > 0; i--)
            {
                char c = text[i];
                if (char.ToLowerInvariant(c) == ending[matched - 1])
                {
                    matched--;
                }
                else if (char.IsLetterOrDigit(c) || c is not (' ' or '_' or '-' or '\t' or '\r' or '\n'))
                {
                    break;
                }
            }

            if (matched == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An '@' in the URI authority that starts at <paramref name="authority"/>.</summary>
    private static bool HasUserInfo(string text, int authority, int end)
    {
        for (int i = authority; i < end; i++)
        {
            char c = text[i];
            if (c == '@')
            {
                return true;
            }

            if (c is '/' or '?' or '#' or '"' or '<' or '>' or '`' || char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return false;
    }

    private const byte Other = 0, Trigger = 1, Base64Letter = 2, Base64Digit = 3;

    /// <summary>ASCII classes for <see cref="MayHoldSecret(string, int, int, DetectionOptions, bool)"/>: one table load per character of a file.</summary>
    private static readonly byte[] CharClasses = CreateCharClasses();

    private static byte[] CreateCharClasses()
    {
        var classes = new byte[128];
        for (int c = 0; c < 128; c++)
        {
            classes[c] = c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or '+' or '/' or '-' or '_' ? Base64Letter
                : c is >= '0' and <= '9' ? Base64Digit
                : c is '.' or '=' or ':' or '%' or '\\' or '(' ? Trigger
                : Other;
        }

        return classes;
    }

    private static bool IsHex(char c) => (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');

    /// <summary>Shortest comment text that can hold any of the secrets looked for.</summary>
    public const int MinTextLength = 10;

    /// <summary>
    /// Formats recognised by shape or context alone (JWTs are pasted into docs as examples, a Twilio account SID and a
    /// Heroku key are GUID-like identifiers, a SAS signature or an AWS secret key needs its neighbour to be believed).
    /// </summary>
    private static readonly HashSet<string> LowConfidenceFormats = new(StringComparer.Ordinal)
    {
        "jwt", "twilio-account-sid", "heroku-api-key", "azure-sas-signature", "aws-secret-access-key",
    };

    /// <summary>True when <paramref name="value"/> holds a high-confidence provider token or private key.</summary>
    public static bool ContainsToken(string value)
    {
        TokenScanner.TokenMatch? match = TokenScanner.Find(value);
        return match is { } found && !LowConfidenceFormats.Contains(found.Format.Id)
            && !DocumentedExamples.IsDocumentedExample(value, found.Start, found.Length);
    }

    /// <summary>The first high-confidence secret in <paramref name="text"/>, or null; spans are offsets into the text.</summary>
    public static SecretFinding? Find(string text) => Find(text, DetectionOptions.Default);

    /// <summary>
    /// The first secret in <paramref name="text"/> by position: a provider token or key, a connection-string or URI
    /// password, or a credential-named pair (<see cref="CommentCredentialPairs"/>: commented-out code and notes, judged
    /// with the file's options as a literal under that name is). Callers read the rest of the text after the finding
    /// for the next one; at the same position a token wins (its description is the most specific). Without
    /// <paramref name="pairs"/> (test code under <c>test_code = tokens</c>) only what is believed on its shape is found.
    /// </summary>
    public static SecretFinding? Find(string text, DetectionOptions options, bool pairs = true)
    {
        if (text is null || text.Length < MinTextLength)
        {
            return null;
        }

        SecretFinding? token = FindToken(text);
        if (text.IndexOf('=') < 0 && text.IndexOf(':') < 0 && text.IndexOf('(') < 0 && text.IndexOf(" -", StringComparison.Ordinal) < 0)
        {
            return token; // pairs need a separator, calls a parenthesis, tools a flag
        }

        SecretFinding? first = Earlier(token, FindConnectionCredential(text, options));
        return pairs
            ? Earlier(Earlier(first, CommentCredentialPairs.Find(text, 0, text.Length, options)), CommentCommandLines.Find(text, 0, text.Length, options))
            : first;
    }

    private static SecretFinding? Earlier(SecretFinding? first, SecretFinding? second) =>
        second is not null && (first is null || second.Start < first.Start) ? second : first;

    private static SecretFinding? FindToken(string text)
    {
        TokenScanner.TokenMatch? match = TokenScanner.Find(text);
        if (match is not { } found || LowConfidenceFormats.Contains(found.Format.Id)
            || DocumentedExamples.IsDocumentedExample(text, found.Start, found.Length))
        {
            return null;
        }

        return new SecretFinding(
            RuleIdentifiers.SecretInComment,
            found.Format.Kind,
            found.Format.Description,
            SecretMasker.Mask(text, found.Start, found.Length),
            found.Start,
            found.Length,
            found.Format.SuggestedName,
            isDocumentedExample: false);
    }

    /// <summary>Connection strings and URIs: a <c>Password=</c> pair or userinfo password that is not a word.</summary>
    private static SecretFinding? FindConnectionCredential(string text, DetectionOptions options)
    {
        if (ConnectionStrings.Find(text) is not { } pair || pair.Length < 4
            || DocumentedExamples.IsDocumentedExample(text, pair.Start, pair.Length))
        {
            return null;
        }

        // "Password=secret", "user:password@": a word is an example in a comment, a real password is not a word.
        string value = text.Substring(pair.Start, pair.Length);
        if (WordLikeValues.IsWordLike(value) || ValueShape.IsSingleWord(value) || options.IsIgnored(value))
        {
            return null;
        }

        return new SecretFinding(
            RuleIdentifiers.SecretInComment,
            SecretKind.ConnectionString,
            pair.Description,
            SecretMasker.Mask(text, pair.Start, pair.Length),
            pair.Start,
            pair.Length,
            pair.SuggestedSuffix,
            isDocumentedExample: false);
    }
}
