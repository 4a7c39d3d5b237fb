namespace SecretAnalyzers.Detection;

/// <summary>
/// Shell examples in comments and XML docs that pass a password to a well-known tool (<see cref="ToolCommandLines"/>):
/// <c>curl -u deploy:…</c>, <c>mysql -u root -p…</c>, <c>sqlcmd -U sa -P …</c>, <c>docker login -p …</c>. Read line by line,
/// because a comment block holds many commands; the value is then judged as a literal named "password" is
/// (<see cref="CommentCredentialPairs.Judge"/>), so <c>$PASS</c>, <c>&lt;password&gt;</c> and words stay clean.
/// </summary>
internal static class CommentCommandLines
{
    private const string Description = "command-line password";

    /// <summary>The first tool password in <c>text[start..end)</c>; the span is relative to <paramref name="start"/>.</summary>
    public static SecretFinding? Find(string text, int start, int end, DetectionOptions options)
    {
        for (int blank = text.IndexOf(" -", start, end - start, System.StringComparison.Ordinal);
             blank >= 0 && blank + 2 < end;
             blank = text.IndexOf(" -", blank + 2, end - blank - 2, System.StringComparison.Ordinal))
        {
            if (FindAt(text, start, end, blank + 1, options) is { } finding)
            {
                return finding;
            }
        }

        // PGPASSWORD=… psql, MYSQL_PWD=… mysql: an environment prefix (the prefilter lets it through as a credential key before '=')
        foreach (string prefix in EnvironmentPrefixes)
        {
            int at = text.IndexOf(prefix, start, end - start, System.StringComparison.Ordinal);
            if (at >= 0 && FindOnLine(text, start, end, at, options) is { } finding)
            {
                return finding;
            }
        }

        return null;
    }

    private static readonly string[] EnvironmentPrefixes = { "PGPASSWORD=", "MYSQL_PWD=" };

    /// <summary>
    /// The tool password on the line of the flag that starts at <paramref name="dash"/> (after a blank), or null. The
    /// prefilter runs this at each such '-' of a file: a flag that no tool takes a password with leaves at once.
    /// </summary>
    public static SecretFinding? FindAt(string text, int start, int end, int dash, DetectionOptions options)
    {
        if (dash + 1 >= end || text[dash + 1] is not ('p' or 'P' or 'u' or 'a' or '-'))
        {
            return null;
        }

        return FindOnLine(text, start, end, dash, options);
    }

    private static SecretFinding? FindOnLine(string text, int start, int end, int dash, DetectionOptions options)
    {
        int lineStart = dash;
        while (lineStart > start && text[lineStart - 1] is not ('\n' or '\r'))
        {
            lineStart--;
        }

        int lineEnd = dash;
        while (lineEnd < end && text[lineEnd] is not ('\n' or '\r'))
        {
            lineEnd++;
        }

        string line = text.Substring(lineStart, lineEnd - lineStart);
        if (ToolCommandLines.Find(line) is not { } found)
        {
            return null;
        }

        return CommentCredentialPairs.Judge(
            "password", line.Substring(found.Start, found.Length), lineStart - start + found.Start, options, Description);
    }
}
