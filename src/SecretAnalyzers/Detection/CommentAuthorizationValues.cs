using System;

namespace SecretAnalyzers.Detection;

/// <summary>
/// HTTP examples in comments: the value of an <c>Authorization:</c> header (<c>curl -H "Authorization: Bearer …"</c>, a raw
/// request pasted into a doc comment). A <c>Basic</c> value is believed when its base64 decodes to <c>user:password</c>
/// with a real password (<see cref="BasicCredentials"/>: not <c>user:pass</c>, a placeholder or UI text); a
/// <c>Bearer</c>/<c>Token</c>/<c>Bot</c> value when it is random. Documentation writes <c>&lt;token&gt;</c>,
/// <c>$TOKEN</c>, <c>YOUR_TOKEN</c> or a JWT there, and those stay clean.
/// </summary>
internal static class CommentAuthorizationValues
{
    private const string HeaderName = "Authorization";

    /// <summary>The credential of the header value at <paramref name="valueStart"/>, or null; the span is relative to <paramref name="start"/>.</summary>
    public static SecretFinding? Find(string text, int start, int end, int valueStart, DetectionOptions options)
    {
        int scheme = valueStart;
        while (scheme < end && char.IsLetter(text[scheme]))
        {
            scheme++;
        }

        if (scheme >= end || text[scheme] != ' ' || scheme - valueStart is < 3 or > 6)
        {
            return null;
        }

        int tokenStart = scheme + 1;
        int tokenEnd = tokenStart;
        while (tokenEnd < end && (char.IsLetterOrDigit(text[tokenEnd]) || text[tokenEnd] is '-' or '.' or '_' or '~' or '+' or '/' or '='))
        {
            tokenEnd++;
        }

        if (tokenEnd - tokenStart < 8 || (tokenEnd < end && !IsValueEnd(text[tokenEnd])))
        {
            return null; // <token>, $TOKEN, {token}, "Bearer " + token
        }

        string schemeName = text.Substring(valueStart, scheme - valueStart);
        string token = text.Substring(tokenStart, tokenEnd - tokenStart);
        if (options.IsIgnored(token) || Placeholders.IsPlaceholder(token))
        {
            return null;
        }

        if (schemeName.Equals("Basic", StringComparison.OrdinalIgnoreCase))
        {
            return EmbeddedCredentials.DecodeUserAndPassword(token) is { } userAndPassword && BasicCredentials.Find(userAndPassword, options) is not null
                ? new SecretFinding(
                    RuleIdentifiers.SecretInComment,
                    SecretKind.Password,
                    "basic authentication credentials",
                    SecretMasker.Mask(text, tokenStart, token.Length),
                    tokenStart - start,
                    token.Length,
                    "BasicAuthCredentials",
                    isDocumentedExample: false)
                : null;
        }

        bool bearer = schemeName.Equals("Bearer", StringComparison.OrdinalIgnoreCase) || schemeName.Equals("Token", StringComparison.OrdinalIgnoreCase)
            || schemeName.Equals("Bot", StringComparison.OrdinalIgnoreCase);
        if (!bearer || token.StartsWith("eyJ", StringComparison.Ordinal) || !Entropy.LooksRandom(token, 0, token.Length, options.EntropyThreshold))
        {
            return null; // a JWT in a comment is a documentation example (as under a token: key)
        }

        return CommentCredentialPairs.Judge(HeaderName, text.Substring(valueStart, tokenEnd - valueStart), valueStart - start, options);
    }

    /// <summary>The token ends at a blank, a quote or the end of a header list; anything else makes it an expression.</summary>
    private static bool IsValueEnd(char c) => char.IsWhiteSpace(c) || c is '"' or '\'' or '`' or ',' or ';' or '<' or ')' or '}' or ']' or '\\';
}
