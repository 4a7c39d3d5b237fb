using System.Collections.Generic;
using System.Text;

namespace SecretAnalyzers.Detection;

/// <summary>
/// Splits identifiers and configuration keys into lower-case words: <c>DB_PASSWORD</c> → db, password;
/// <c>apiKey</c> → api, key; <c>HTTPSProxyPassword</c> → https, proxy, password; <c>ConnectionStrings:Default</c> →
/// connection, strings, default. Digits end a word and form their own word.
/// </summary>
internal static class NameWords
{
    public static List<string> Split(string? name)
    {
        var words = new List<string>(4);
        if (name is null || name.Length == 0)
        {
            return words;
        }

        int start = -1;
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            if (!char.IsLetterOrDigit(c))
            {
                Flush(name, ref start, i, words);
                continue;
            }

            if (start < 0)
            {
                start = i;
                continue;
            }

            char previous = name[i - 1];
            bool boundary =
                (char.IsUpper(c) && char.IsLower(previous))
                || (char.IsDigit(c) != char.IsDigit(previous))
                || (char.IsUpper(c) && char.IsUpper(previous) && i + 1 < name.Length && char.IsLower(name[i + 1]));
            if (boundary)
            {
                Flush(name, ref start, i, words);
                start = i;
            }
        }

        Flush(name, ref start, name.Length, words);
        return words;
    }

    /// <summary>PascalCase from words: db, password → DbPassword. Returns null when no word is left.</summary>
    public static string? ToPascalCase(IReadOnlyList<string> words, int count = -1)
    {
        if (count < 0)
        {
            count = words.Count;
        }

        var builder = new StringBuilder();
        for (int i = 0; i < count; i++)
        {
            string word = words[i];
            if (word.Length == 0)
            {
                continue;
            }

            if (builder.Length == 0 && char.IsDigit(word[0]))
            {
                continue;
            }

            builder.Append(char.ToUpperInvariant(word[0]));
            builder.Append(word, 1, word.Length - 1);
        }

        return builder.Length == 0 ? null : builder.ToString();
    }

    private static void Flush(string name, ref int start, int end, List<string> words)
    {
        if (start >= 0 && end > start)
        {
            words.Add(name.Substring(start, end - start).ToLowerInvariant());
        }

        start = -1;
    }
}
