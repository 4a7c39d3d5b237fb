using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using SecretAnalyzers.Detection;

namespace SecretAnalyzers.Cli.Verification;

/// <summary>
/// Pairs each AWS access key id in a file with the secret access key nearest to it (the catalogue's
/// <c>aws-access-key-id</c> and <c>aws-session-token</c> formats, and a 40-character base64 value within a few lines),
/// because STS needs both halves. Key ids without a secret nearby are left out: there is nothing to verify.
/// </summary>
internal static class AwsKeyPairFinder
{
    /// <summary>How far (in lines) a secret may sit from its key id: a config block or a constructor call.</summary>
    public const int MaxLineDistance = 6;

    private static readonly Regex SecretShape = new(
        "(?<![A-Za-z0-9/+])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    public static IReadOnlyList<AwsKeyPair> Find(string path, string text)
    {
        var lines = new LineIndex(text);
        var keyIds = Matches(Format("aws-access-key-id").Regex, text).ToList();
        if (keyIds.Count == 0)
        {
            return Array.Empty<AwsKeyPair>();
        }

        var secrets = Matches(SecretShape, text).Where(m => ValueShape.IsAwsSecretKeyShape(m.Value)).ToList();
        var tokens = Matches(Format("aws-session-token").Regex, text).ToList();
        var pairs = new List<AwsKeyPair>();
        foreach (Match keyId in keyIds)
        {
            if (DocumentedExamples.IsDocumentedExample(text, keyId.Index, keyId.Length))
            {
                continue;
            }

            int line = lines.LineOf(keyId.Index);
            Match? secret = Nearest(secrets, lines, line);
            if (secret is null)
            {
                continue;
            }

            Match? token = keyId.Value.StartsWith("ASIA", StringComparison.Ordinal) ? Nearest(tokens, lines, line) : null;
            pairs.Add(new AwsKeyPair(path, line + 1, keyId.Value, secret.Value, token?.Value));
        }

        return pairs;
    }

    private static TokenFormat Format(string id) => TokenFormats.All.Single(f => f.Id == id);

    private static IEnumerable<Match> Matches(Regex regex, string text)
    {
        MatchCollection matches;
        try
        {
            matches = regex.Matches(text);
            _ = matches.Count; // evaluate inside the try: a timeout surfaces here
        }
        catch (RegexMatchTimeoutException)
        {
            return Array.Empty<Match>();
        }

        return matches.Cast<Match>();
    }

    private static Match? Nearest(List<Match> candidates, LineIndex lines, int line)
    {
        Match? best = null;
        int bestDistance = int.MaxValue;
        foreach (Match candidate in candidates)
        {
            int distance = Math.Abs(lines.LineOf(candidate.Index) - line);
            if (distance <= MaxLineDistance && distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>Offsets of line starts, for offset → line.</summary>
    private sealed class LineIndex
    {
        private readonly List<int> starts = new() { 0 };

        public LineIndex(string text)
        {
            for (int i = 0; i < text.Length; i++)
            {
                if (text[i] == '\n')
                {
                    starts.Add(i + 1);
                }
            }
        }

        public int LineOf(int offset)
        {
            int index = starts.BinarySearch(offset);
            return index >= 0 ? index : ~index - 1;
        }
    }
}
