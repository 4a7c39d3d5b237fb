using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace SecretAnalyzers.Detection;

/// <summary>
/// The token catalogue (SEC0002, SEC0005): one table of provider formats, kept as C# data so it needs no parsing at
/// analyzer start-up. Each group of vendors lives in its own file (TokenFormats.Cloud.cs, …); <see cref="All"/>
/// is their union in priority order: high-confidence formats first, and within a confidence the order of the
/// groups and of the rows, so specific formats come before looser ones (a service-account JSON before any PEM key,
/// Cosmos DB before storage keys, Anthropic before OpenAI, fine-grained GitHub before classic). docs/rules/token-formats.md is generated from this table.
/// </summary>
internal static partial class TokenFormats
{
    /// <summary>Start boundary: the token does not continue a longer word.</summary>
    private const string B = "(?<![A-Za-z0-9_])";

    /// <summary>End boundary for tokens whose alphabet is letters, digits and underscore.</summary>
    private const string E = "(?![A-Za-z0-9_])";

    /// <summary>End boundary for URL-safe base64 tokens (letters, digits, '-' and '_').</summary>
    private const string EU = "(?![A-Za-z0-9_\\-])";

    /// <summary>Between a context keyword and its value: the rest of the key name, an optional quote, an assignment.</summary>
    private const string Assign = "[A-Za-z0-9_.:\\-]{0,30}?[\"']?\\s{0,3}(?:=|:=|=>|:)\\s{0,3}[\"'`]?";

    private const string Uuid = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    public static readonly TokenFormat[] All = Create();

    private static TokenFormat[] Create()
    {
        var formats = new List<TokenFormat>();
        formats.AddRange(Cloud());
        formats.AddRange(Keys());
        formats.AddRange(CodeAndCi());
        formats.AddRange(Registries());
        formats.AddRange(Payments());
        formats.AddRange(Messaging());
        formats.AddRange(Ai());
        formats.AddRange(Observability());
        formats.AddRange(Saas());
        formats.AddRange(Platforms());

        // Stable: keeps the row order within a confidence.
        var ordered = new List<TokenFormat>(formats.Count);
        foreach (TokenConfidence confidence in new[] { TokenConfidence.High, TokenConfidence.Medium, TokenConfidence.Low })
        {
            foreach (TokenFormat format in formats)
            {
                if (format.Confidence == confidence)
                {
                    ordered.Add(format);
                }
            }
        }

        return ordered.ToArray();
    }

    /// <summary>
    /// A token that starts with a vendor prefix: <paramref name="prefix"/> then <paramref name="body"/> (a regex), at
    /// word boundaries. <paramref name="bodyMin"/> is the shortest body, for the length pre-check.
    /// </summary>
    private static TokenFormat Prefixed(
        string id,
        string vendor,
        string description,
        SecretKind kind,
        string suggestedName,
        string prefix,
        string body,
        int bodyMin,
        string bodyWords,
        string revocation,
        TokenValidator? validator = null,
        TokenConfidence confidence = TokenConfidence.High) =>
        new(id, vendor, description, kind, suggestedName, confidence,
            "`" + prefix + "` + " + bodyWords,
            new[] { prefix },
            B + Regex.Escape(prefix) + body + EU,
            revocation,
            validator,
            minLength: prefix.Length + bodyMin);

    /// <summary>
    /// A value with no prefix of its own, found after a key that names the vendor (<c>TWILIO_AUTH_TOKEN=…</c>):
    /// a keyword, the rest of the key, an assignment, then <paramref name="value"/> (a regex); the span is the value.
    /// </summary>
    private static TokenFormat InContext(
        string id,
        string vendor,
        string description,
        SecretKind kind,
        string suggestedName,
        string[] keywords,
        string value,
        int valueMin,
        string valueWords,
        string revocation,
        TokenValidator? validator = null)
    {
        var escaped = new string[keywords.Length];
        int shortest = int.MaxValue;
        for (int i = 0; i < keywords.Length; i++)
        {
            escaped[i] = Regex.Escape(keywords[i]);
            shortest = Math.Min(shortest, keywords[i].Length);
        }

        return new(id, vendor, description, kind, suggestedName, TokenConfidence.Medium,
            valueWords + ", assigned to a key naming " + string.Join(" / ", keywords),
            keywords,
            "(?i:" + string.Join("|", escaped) + ")" + Assign + "(?<s>" + value + ")(?![A-Za-z0-9_\\-+/=])",
            revocation,
            validator,
            keywordsIgnoreCase: true,
            minLength: shortest + 1 + valueMin);
    }
}
