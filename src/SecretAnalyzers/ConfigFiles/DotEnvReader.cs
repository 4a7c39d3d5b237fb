using System.Collections.Generic;
using System.Text;

namespace SecretAnalyzers.ConfigFiles;

/// <summary>
/// Reads <c>.env</c> files the way the common dotenv loaders do: <c>KEY=value</c> lines, an optional <c>export</c>
/// prefix, <c>#</c> comments (whole-line, or after whitespace in an unquoted value), single quotes (literal),
/// double quotes (with <c>\n</c>, <c>\"</c> escapes, may span lines). Lines that are not assignments are skipped.
/// </summary>
internal static class DotEnvReader
{
    public static IReadOnlyList<ConfigEntry> Read(string text)
    {
        var entries = new List<ConfigEntry>();
        var position = 0;
        while (position < text.Length)
        {
            var lineEnd = LineEnd(text, position);
            var next = ReadLine(text, position, lineEnd, entries);
            position = next > position ? next : lineEnd + 1;
        }

        return entries;
    }

    private static int LineEnd(string text, int from)
    {
        var end = text.IndexOf('\n', from);
        return end < 0 ? text.Length : end;
    }

    /// <summary>Reads one assignment starting at <paramref name="start"/>; returns where the next line starts.</summary>
    private static int ReadLine(string text, int start, int lineEnd, List<ConfigEntry> entries)
    {
        var position = SkipBlanks(text, start, lineEnd);
        if (position >= lineEnd || text[position] == '#')
        {
            return lineEnd + 1;
        }

        if (string.CompareOrdinal(text, position, "export", 0, 6) == 0
            && position + 6 < lineEnd && text[position + 6] is ' ' or '\t')
        {
            position = SkipBlanks(text, position + 6, lineEnd);
        }

        var keyStart = position;
        while (position < lineEnd && IsKeyChar(text[position]))
        {
            position++;
        }

        var key = text.Substring(keyStart, position - keyStart);
        position = SkipBlanks(text, position, lineEnd);
        if (key.Length == 0 || position >= lineEnd || text[position] != '=')
        {
            return lineEnd + 1;
        }

        position = SkipBlanks(text, position + 1, lineEnd);
        if (position < lineEnd && text[position] == '\'')
        {
            return ReadSingleQuoted(text, key, position, lineEnd, entries);
        }

        if (position < lineEnd && text[position] == '"')
        {
            return ReadDoubleQuoted(text, key, position, entries);
        }

        ReadUnquoted(text, key, position, lineEnd, entries);
        return lineEnd + 1;
    }

    private static void ReadUnquoted(string text, string key, int start, int lineEnd, List<ConfigEntry> entries)
    {
        var end = start;
        while (end < lineEnd && !(text[end] == '#' && end > start && text[end - 1] is ' ' or '\t'))
        {
            end++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            entries.Add(new ConfigEntry(key, text.Substring(start, end - start), start, end - start, rawIsVerbatim: true));
        }
    }

    private static int ReadSingleQuoted(string text, string key, int quote, int lineEnd, List<ConfigEntry> entries)
    {
        var end = text.IndexOf('\'', quote + 1);
        if (end < 0 || end > lineEnd)
        {
            return lineEnd + 1; // unterminated: not a value we can place
        }

        var start = quote + 1;
        if (end > start)
        {
            entries.Add(new ConfigEntry(key, text.Substring(start, end - start), start, end - start, rawIsVerbatim: true));
        }

        return LineEnd(text, end) + 1;
    }

    private static int ReadDoubleQuoted(string text, string key, int quote, List<ConfigEntry> entries)
    {
        var start = quote + 1;
        var builder = new StringBuilder();
        var verbatim = true;
        var position = start;
        while (position < text.Length && text[position] != '"')
        {
            if (text[position] == '\\' && position + 1 < text.Length)
            {
                verbatim = false;
                var escaped = text[position + 1];
                builder.Append(escaped switch { 'n' => '\n', 'r' => '\r', 't' => '\t', _ => escaped });
                position += 2;
                continue;
            }

            builder.Append(text[position]);
            position++;
        }

        if (position >= text.Length)
        {
            return text.Length; // unterminated: skip the rest rather than guess
        }

        if (position > start)
        {
            entries.Add(new ConfigEntry(key, builder.ToString(), start, position - start, verbatim));
        }

        return LineEnd(text, position) + 1;
    }

    private static int SkipBlanks(string text, int position, int lineEnd)
    {
        while (position < lineEnd && text[position] is ' ' or '\t' or '\r' or '\uFEFF')
        {
            position++;
        }

        return position;
    }

    private static bool IsKeyChar(char c) => char.IsLetterOrDigit(c) || c is '_' or '.' or '-';
}
