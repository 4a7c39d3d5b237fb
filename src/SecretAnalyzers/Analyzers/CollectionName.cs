using System;
using System.Collections.Generic;

namespace SecretAnalyzers.Analyzers;

/// <summary>
/// What one element of a named collection is called: <c>passwords</c> → <c>password</c>, <c>passwordList</c> →
/// <c>password</c>, <c>tokenArray</c> → <c>token</c>, <c>secretsByEnv</c> → <c>secret</c>, <c>PasswordsToTry</c> →
/// <c>Password</c>, <c>credentialSet</c> → <c>credential</c>. Only whole trailing words are dropped, and only for an
/// element: the name of a single value keeps its last word (<c>PasswordListLabel</c> is a label, <c>TokenTypes</c>
/// are types).
/// </summary>
internal static class CollectionName
{
    /// <summary>Last words that name the container rather than what it holds.</summary>
    private static readonly HashSet<string> ContainerWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "list", "lst", "array", "arr", "set", "collection", "pool", "queue", "bag", "map", "dict", "dictionary", "lookup",
    };

    /// <summary>Words that start a qualifier after a plural: <c>secretsByEnv</c>, <c>PasswordsToTry</c>, <c>tokensForUser</c>.</summary>
    private static readonly HashSet<string> QualifierWords = new(StringComparer.OrdinalIgnoreCase) { "by", "to", "for", "per" };

    /// <summary>
    /// The element name of a dictionary whose name says its values are credentials keyed by something else
    /// (<c>secretsByEnv</c>, <c>passwordsPerUser</c>), or null. Other dictionaries are named by their keys only:
    /// <c>credentials["username"]</c> holds a user name.
    /// </summary>
    public static string? KeyedElementName(string? dictionaryName)
    {
        if (dictionaryName is null)
        {
            return null;
        }

        List<int> starts = WordStarts(dictionaryName);
        for (int i = 1; i < starts.Count - 1; i++)
        {
            if (Word(dictionaryName, starts, i) is var word && (word.Equals("by", StringComparison.OrdinalIgnoreCase) || word.Equals("per", StringComparison.OrdinalIgnoreCase))
                && IsPluralOrContainer(Word(dictionaryName, starts, i - 1)))
            {
                return ElementName(dictionaryName);
            }
        }

        return null;
    }

    public static string ElementName(string name)
    {
        // Each pass drops one trailing container word or qualifier (passwordMapByUser → passwordMap → password).
        for (int pass = 0; pass < 3; pass++)
        {
            List<int> starts = WordStarts(name);
            if (starts.Count < 2)
            {
                break;
            }

            int last = starts[starts.Count - 1];
            string? cut = null;
            if (ContainerWords.Contains(Word(name, starts, starts.Count - 1)))
            {
                cut = name.Substring(0, last);
            }
            else
            {
                for (int i = 1; i < starts.Count - 1; i++)
                {
                    if (QualifierWords.Contains(Word(name, starts, i)) && IsPluralOrContainer(Word(name, starts, i - 1)))
                    {
                        cut = name.Substring(0, starts[i]);
                        break;
                    }
                }
            }

            if (cut is null)
            {
                break;
            }

            name = cut.TrimEnd('_', '-', '.');
        }

        return CollectionElement.Singular(name);
    }

    private static bool IsPluralOrContainer(string word) =>
        ContainerWords.Contains(word) || (word.Length > 3 && word[word.Length - 1] is 's' or 'S' && word[word.Length - 2] is not ('s' or 'S'));

    private static string Word(string name, List<int> starts, int index)
    {
        int start = starts[index];
        int end = index + 1 < starts.Count ? starts[index + 1] : name.Length;
        while (end > start && !char.IsLetterOrDigit(name[end - 1]))
        {
            end--;
        }

        return name.Substring(start, end - start);
    }

    /// <summary>Where each word of an identifier starts (camelCase, PascalCase, ALL_CAPS, separators, digits).</summary>
    private static List<int> WordStarts(string name)
    {
        var starts = new List<int>(4);
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            if (!char.IsLetterOrDigit(c))
            {
                continue;
            }

            if (i == 0 || !char.IsLetterOrDigit(name[i - 1]))
            {
                starts.Add(i);
                continue;
            }

            char previous = name[i - 1];
            if ((char.IsUpper(c) && char.IsLower(previous))
                || char.IsDigit(c) != char.IsDigit(previous)
                || (char.IsUpper(c) && char.IsUpper(previous) && i + 1 < name.Length && char.IsLower(name[i + 1])))
            {
                starts.Add(i);
            }
        }

        return starts;
    }
}
