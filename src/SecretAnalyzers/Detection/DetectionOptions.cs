using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;

namespace SecretAnalyzers.Detection;

/// <summary>User settings that tune detection, read from <c>secret_analyzers.*</c> options.</summary>
internal sealed class DetectionOptions
{
    /// <summary>Default bits of Shannon entropy per character for a value under a key/token name to count as random.</summary>
    public const double DefaultEntropyThreshold = 3.5;

    private const int MaxCachedNames = 4096;

    private static readonly TimeSpan PatternTimeout = TimeSpan.FromMilliseconds(100);

    private readonly ConcurrentDictionary<string, CredentialName> _names = new(StringComparer.Ordinal);

    private int _cachedNames;

    private DetectionOptions(
        HashSet<string> additionalCredentialWords,
        HashSet<string> ignoredValues,
        Regex[] ignoredPatterns,
        double entropyThreshold,
        TestCodeMode testCode,
        string idPrefix,
        string defaultStore,
        IReadOnlyList<string> invalidPatterns)
    {
        AdditionalCredentialWords = additionalCredentialWords;
        IgnoredValues = ignoredValues;
        IgnoredPatterns = ignoredPatterns;
        EntropyThreshold = entropyThreshold;
        TestCode = testCode;
        IdPrefix = idPrefix;
        DefaultStore = defaultStore;
        InvalidPatterns = invalidPatterns;
    }

    /// <summary>Options when nothing is configured.</summary>
    public static DetectionOptions Default { get; } = new(
        new HashSet<string>(StringComparer.Ordinal),
        new HashSet<string>(StringComparer.Ordinal),
        Array.Empty<Regex>(),
        DefaultEntropyThreshold,
        TestCodeMode.Tokens,
        idPrefix: string.Empty,
        defaultStore: "secretsmanager",
        Array.Empty<string>());

    /// <summary>Extra words (lower case, separators removed) that mean "credential" in a name.</summary>
    public HashSet<string> AdditionalCredentialWords { get; }

    /// <summary>Exact values never reported.</summary>
    public HashSet<string> IgnoredValues { get; }

    /// <summary>A value matching one of these is never reported.</summary>
    public Regex[] IgnoredPatterns { get; }

    /// <summary>Entries of <c>ignored_patterns</c> that are not valid regular expressions (skipped).</summary>
    public IReadOnlyList<string> InvalidPatterns { get; }

    /// <summary>Bits per character a value under a key/token name needs to be reported as SEC0002.</summary>
    public double EntropyThreshold { get; }

    /// <summary><c>test_code = report | tokens | ignore</c> (default tokens): what is reported in test projects.</summary>
    public TestCodeMode TestCode { get; }

    /// <summary>False only for <c>test_code = ignore</c>.</summary>
    public bool ReportTestCode => TestCode != TestCodeMode.Ignore;

    /// <summary>Prefix the code fixes put before new manifest ids (e.g. <c>myapp/prod/</c>).</summary>
    public string IdPrefix { get; }

    /// <summary><c>secretsmanager</c> (default) or <c>parameterstore</c>.</summary>
    public string DefaultStore { get; }

    /// <summary>
    /// Reads options through <paramref name="readOption"/>, which receives full keys such as
    /// <c>secret_analyzers.ignored_values</c> and returns null when a key is not set. Bad values fall back to defaults.
    /// </summary>
    public static DetectionOptions Create(Func<string, string?> readOption)
    {
        if (readOption is null)
        {
            return Default;
        }

        string? words = readOption(OptionKeys.AdditionalCredentialWords);
        string? values = readOption(OptionKeys.IgnoredValues);
        string? patterns = readOption(OptionKeys.IgnoredPatterns);
        string? threshold = readOption(OptionKeys.EntropyThreshold);
        string? testCode = readOption(OptionKeys.TestCode);
        string? idPrefix = readOption(OptionKeys.IdPrefix);
        string? store = readOption(OptionKeys.DefaultStore);

        if (words is null && values is null && patterns is null && threshold is null && testCode is null
            && idPrefix is null && store is null)
        {
            return Default;
        }

        var wordSet = new HashSet<string>(StringComparer.Ordinal);
        foreach (string word in SplitList(words, ','))
        {
            string normalized = string.Concat(NameWords.Split(word));
            if (normalized.Length > 0)
            {
                wordSet.Add(normalized);
            }
        }

        var valueSet = new HashSet<string>(SplitList(values, ','), StringComparer.Ordinal);

        var regexes = new List<Regex>();
        var invalid = new List<string>();
        foreach (string pattern in SplitList(patterns, ';'))
        {
            try
            {
                regexes.Add(new Regex(pattern, RegexOptions.CultureInvariant, PatternTimeout));
            }
            catch (ArgumentException)
            {
                invalid.Add(pattern);
            }
        }

        double entropy = DefaultEntropyThreshold;
        if (threshold is not null
            && double.TryParse(threshold.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out double parsed)
            && parsed > 0 && parsed < 8)
        {
            entropy = parsed;
        }

        TestCodeMode testMode = ParseTestCode(testCode);
        string defaultStore = string.Equals(store?.Trim(), "parameterstore", StringComparison.OrdinalIgnoreCase)
            ? "parameterstore"
            : "secretsmanager";

        return new DetectionOptions(
            wordSet, valueSet, regexes.ToArray(), entropy, testMode, idPrefix?.Trim() ?? string.Empty, defaultStore, invalid);
    }

    /// <summary>report | tokens | ignore; anything else (or nothing) is the default, tokens.</summary>
    public static TestCodeMode ParseTestCode(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "report" => TestCodeMode.Report,
        "ignore" => TestCodeMode.Ignore,
        _ => TestCodeMode.Tokens,
    };

    /// <summary>True when the user asked never to report this value.</summary>
    public bool IsIgnored(string value)
    {
        if (IgnoredValues.Count > 0 && IgnoredValues.Contains(value))
        {
            return true;
        }

        foreach (Regex pattern in IgnoredPatterns)
        {
            try
            {
                if (pattern.IsMatch(value))
                {
                    return true;
                }
            }
            catch (RegexMatchTimeoutException)
            {
                // A pattern too slow for this value does not hide it.
            }
        }

        return false;
    }

    internal CredentialName GetOrAddNameClassification(string name, Func<string, DetectionOptions, CredentialName> classify)
    {
        if (_names.TryGetValue(name, out CredentialName? known))
        {
            return known;
        }

        CredentialName result = classify(name, this);

        // ConcurrentDictionary.Count takes every lock; an approximate counter keeps misses cheap under concurrency.
        if (System.Threading.Interlocked.Increment(ref _cachedNames) > MaxCachedNames)
        {
            System.Threading.Interlocked.Exchange(ref _cachedNames, 0);
            _names.Clear();
        }

        _names.TryAdd(name, result);
        return result;
    }

    private static IEnumerable<string> SplitList(string? list, char separator)
    {
        if (string.IsNullOrWhiteSpace(list))
        {
            yield break;
        }

        foreach (string part in list!.Split(separator))
        {
            string trimmed = part.Trim();
            if (trimmed.Length > 0)
            {
                yield return trimmed;
            }
        }
    }
}
