using System;
using System.Text.RegularExpressions;

namespace SecretAnalyzers.Detection;

/// <summary>
/// One row of the token catalogue (<see cref="TokenFormats"/>): who issues the token, what it looks like in words,
/// the keywords that must occur before the regex runs, the regex (anchored on the keyword, created once with a match
/// timeout), an optional validator, a confidence and where the vendor says to revoke it. An optional capture group
/// named <c>s</c> narrows the secret span (the key after <c>AccountKey=</c>).
/// </summary>
internal sealed class TokenFormat
{
    /// <summary>
    /// No regex in this project runs without a timeout; a pathological literal must not hang the IDE. The regexes are
    /// interpreted, not RegexOptions.Compiled: they run only after a keyword hit, and compiling 150 of them would cost
    /// more start-up time in the IDE than it saves.
    /// </summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(250);

    private readonly string pattern;
    private Regex? regex;

    public TokenFormat(
        string id,
        string vendor,
        string description,
        SecretKind kind,
        string suggestedName,
        TokenConfidence confidence,
        string matches,
        string[] keywords,
        string pattern,
        string revocation,
        TokenValidator? validator = null,
        bool keywordsIgnoreCase = false,
        int minLength = 16)
    {
        Id = id;
        Vendor = vendor;
        Description = description;
        Kind = kind;
        SuggestedName = suggestedName;
        Confidence = confidence;
        Matches = matches;
        Keywords = keywords;
        this.pattern = pattern;
        Revocation = revocation;
        Validator = validator;
        KeywordsIgnoreCase = keywordsIgnoreCase;
        MinLength = minLength;
    }

    /// <summary>Stable id (e.g. <c>github-pat-classic</c>) for tests, the CLI and the reference page.</summary>
    public string Id { get; }

    /// <summary>Who issues the token, e.g. <c>GitHub</c>.</summary>
    public string Vendor { get; }

    /// <summary>Words for the finding's message, e.g. "GitHub personal access token".</summary>
    public string Description { get; }

    public SecretKind Kind { get; }

    public string SuggestedName { get; }

    public TokenConfidence Confidence { get; }

    /// <summary>What the pattern matches, in words, for docs/rules/token-formats.md.</summary>
    public string Matches { get; }

    /// <summary>At least one must occur in the value before <see cref="Regex"/> is run.</summary>
    public string[] Keywords { get; }

    public bool KeywordsIgnoreCase { get; }

    /// <summary>Where the vendor says to revoke or rotate the token; on the reference page, never in a message.</summary>
    public string Revocation { get; }

    public TokenValidator? Validator { get; }

    /// <summary>Shortest value that can hold this format.</summary>
    public int MinLength { get; }

    /// <summary>Built on first use: most formats never see a keyword hit in a compilation, so most regexes are never parsed.</summary>
    public Regex Regex => regex ??= new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, MatchTimeout);

    /// <summary>Gets the regex text (the catalogue tests check it compiles and is anchored).</summary>
    public string Pattern => pattern;
}
