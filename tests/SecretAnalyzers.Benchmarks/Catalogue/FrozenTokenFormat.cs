using System;
using System.Text.RegularExpressions;

using SecretAnalyzers.Detection;

namespace SecretAnalyzers.Benchmarks.Catalogue;

/// <summary>
/// FROZEN COPY of the 52-format catalogue as it stood before issue 11, kept only so the benchmark can compare
/// the old and the new scanner side by side in one run (--catalogue). Not used by the analyzers; do not extend.
/// </summary>
/// <remarks>
/// One known token / key format: cheap ordinal markers that must occur before the regex runs, the regex (anchored
/// on the marker, created once with a match timeout), an optional validator (checksums, decodable header) and an
/// optional capture group named <c>s</c> that narrows the secret span.
/// </remarks>
internal sealed class FrozenTokenFormat
{
    /// <summary>
    /// No regex in this project runs without a timeout; a pathological literal must not hang the IDE. The regexes are
    /// interpreted, not RegexOptions.Compiled: they run only after a marker hit, and compiling ~50 of them would cost
    /// more start-up time in the IDE than it saves.
    /// </summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(250);

    public FrozenTokenFormat(
        string id,
        string description,
        SecretKind kind,
        string suggestedName,
        string[] markers,
        string pattern,
        Func<string, Match, bool>? validate = null,
        bool markersIgnoreCase = false,
        int minLength = 16)
    {
        Id = id;
        Description = description;
        Kind = kind;
        SuggestedName = suggestedName;
        Markers = markers;
        MarkersIgnoreCase = markersIgnoreCase;
        MinLength = minLength;
        Regex = new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, MatchTimeout);
        Validate = validate;
    }

    /// <summary>Stable id (e.g. <c>github-pat-classic</c>) for tests and the CLI.</summary>
    public string Id { get; }

    public string Description { get; }

    public SecretKind Kind { get; }

    public string SuggestedName { get; }

    /// <summary>At least one must occur in the value (ordinal) before <see cref="Regex"/> is run.</summary>
    public string[] Markers { get; }

    public bool MarkersIgnoreCase { get; }

    /// <summary>Shortest value that can hold this format.</summary>
    public int MinLength { get; }

    public Regex Regex { get; }

    public Func<string, Match, bool>? Validate { get; }
}
