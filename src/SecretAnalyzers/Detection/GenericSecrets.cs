using System;
using System.Text.RegularExpressions;

namespace SecretAnalyzers.Detection;

/// <summary>
/// The generic, low-confidence rule: a <c>key = value</c>, <c>key: value</c> or <c>"key": "value"</c> pair inside a
/// string whose key is credential-like (<see cref="CredentialNames"/>) and whose value looks random
/// (<see cref="Entropy.LooksRandom"/>, a quarter bit above the options' threshold). A pure function over a string, for
/// the analyzer's string sinks (issue 10) and SEC0005; it never looks at provider formats (that is the catalogue).
/// </summary>
internal static class GenericSecrets
{
    /// <summary>Extra bits per character over the configured threshold: a pair in free text has no declared type to lean on.</summary>
    public const double ExtraEntropy = 0.25;

    private static readonly Regex Pair = new(
        "(?<![A-Za-z0-9_])(?<key>[A-Za-z_][A-Za-z0-9_.\\-]{1,40})[\"']?[ \\t]{0,2}(?::=|=>|=|:)[ \\t]{0,2}[\"'`]?"
        + "(?<value>[A-Za-z0-9+/=_\\-.~!@#$%^&*]{16,200})(?![A-Za-z0-9+/=_\\-.~!@#$%^&*])",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture,
        TokenFormat.MatchTimeout);

    /// <summary>A credential-like pair found in a string; spans are offsets into that string.</summary>
    public readonly struct GenericSecretMatch
    {
        public GenericSecretMatch(string key, SecretKind kind, int start, int length)
        {
            Key = key;
            Kind = kind;
            Start = start;
            Length = length;
        }

        /// <summary>Gets the key text (a name, never secret).</summary>
        public string Key { get; }

        public SecretKind Kind { get; }

        public int Start { get; }

        public int Length { get; }

        public TokenConfidence Confidence => TokenConfidence.Low;
    }

    /// <summary>The first credential-like pair with a random value in <paramref name="value"/>, or null.</summary>
    public static GenericSecretMatch? Find(string value, DetectionOptions? options = null)
    {
        if (value is null || value.Length < 20 || (value.IndexOf('=') < 0 && value.IndexOf(':') < 0))
        {
            return null;
        }

        options ??= DetectionOptions.Default;
        try
        {
            for (Match match = Pair.Match(value); match.Success; match = match.NextMatch())
            {
                Group key = match.Groups["key"];
                Group secret = match.Groups["value"];
                CredentialName credential = CredentialNames.Classify(key.Value, options);
                if (credential.Strength == CredentialNameStrength.None)
                {
                    continue;
                }

                string candidate = secret.Value;
                if (Placeholders.IsPlaceholder(candidate)
                    || ValueShape.LooksLikeText(candidate)
                    || ValueShape.LooksLikeNameOrPath(candidate, credential, options)
                    || candidate.IndexOf("://", StringComparison.Ordinal) >= 0
                    || IsDottedIdentifier(candidate)
                    || DocumentedExamples.IsDocumentedExample(value, secret.Index, secret.Length)
                    || !Entropy.LooksRandom(value, secret.Index, secret.Length, options.EntropyThreshold + ExtraEntropy))
                {
                    continue;
                }

                return new GenericSecretMatch(key.Value, credential.Kind, secret.Index, secret.Length);
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // Too slow to decide: not reported; the IDE must stay responsive.
        }

        return null;
    }

    /// <summary><c>win32api.RegEnumKey</c>, <c>Settings.Default.ApiKey2</c>: a member access, not a value.</summary>
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
}
