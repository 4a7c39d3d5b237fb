using SecretAnalyzers.Detection;

namespace SecretAnalyzers.Cli.History;

/// <summary>
/// Decides from a blob's ADDED lines alone whether it is worth parsing and analysing: most commits add code without a
/// literal under a credential word, and parsing every blob of the history would cost far more than <c>git log -p</c>.
/// </summary>
internal static class SyntaxPrefilter
{
    /// <summary>
    /// A C# line may hold what the analyzers report when it has a literal or a comment and a credential word
    /// (<c>ApiSecret = "…"</c>, <c>Password=</c> in a connection string, <c>// token: …</c>). A configuration line needs
    /// only the credential word (its key is the name). Provider formats are found by the line-level pass, which sends
    /// its blob here on a hit so that the rule id is the one the build reports.
    /// </summary>
    public static bool MayHoldSecret(string line, bool isSource) =>
        (!isSource || HasLiteralOrComment(line)) && HasCredentialWord(line);

    private static bool HasLiteralOrComment(string line) =>
        line.IndexOf('"') >= 0
        || line.Contains("//", System.StringComparison.Ordinal)
        || line.Contains("/*", System.StringComparison.Ordinal)
        || line.TrimStart().StartsWith('*');

    /// <summary>A bare "key" is reported only with a random-looking value: at least 16 token characters in a row.</summary>
    private static bool HasLongRun(string line)
    {
        var run = 0;
        foreach (var c in line)
        {
            run = char.IsLetterOrDigit(c) || c is '+' or '/' or '=' or '-' or '_' ? run + 1 : 0;
            if (run >= 16)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a name on the line (identifier, key, connection-string keyword) is classified as a credential.</summary>
    private static bool HasCredentialWord(string line)
    {
        var start = -1;
        bool? longRun = null; // one scan of the line, however many key-like words it has
        for (var i = 0; i <= line.Length; i++)
        {
            if (i < line.Length && (char.IsLetterOrDigit(line[i]) || line[i] == '_'))
            {
                start = start < 0 ? i : start;
                continue;
            }

            // Names are short; a long run is a value, and values are for the line-level pass.
            if (start >= 0 && i - start is >= 2 and <= 64)
            {
                var strength = CredentialNames.Classify(line.Substring(start, i - start), DetectionOptions.Default).Strength;
                if (strength == CredentialNameStrength.Credential || (strength == CredentialNameStrength.KeyLike && (longRun ??= HasLongRun(line))))
                {
                    return true;
                }
            }

            start = -1;
        }

        return false;
    }
}
