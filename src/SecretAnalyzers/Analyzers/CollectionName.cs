using System;
using System.Collections.Generic;
using SecretAnalyzers.Detection;

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
        List<string> words = NameWords.Split(dictionaryName);
        for (int i = 1; i < words.Count - 1; i++)
        {
            if (words[i] is "by" or "per" && IsPluralOrContainer(words[i - 1]))
            {
                return ElementName(dictionaryName!);
            }
        }

        return null;
    }

    public static string ElementName(string name)
    {
        List<string> words = NameWords.Split(name);
        int count = words.Count;

        // Drop trailing container words and qualifiers (passwordMapByUser → passwordMap → password).
        for (bool cut = true; cut && count > 1;)
        {
            cut = false;
            if (ContainerWords.Contains(words[count - 1]))
            {
                (count, cut) = (count - 1, true);
                continue;
            }

            for (int i = 1; i < count - 1; i++)
            {
                if (QualifierWords.Contains(words[i]) && IsPluralOrContainer(words[i - 1]))
                {
                    (count, cut) = (i, true);
                    break;
                }
            }
        }

        // Only a shortened name is rebuilt (in PascalCase, which names the same words); others keep their spelling.
        return CollectionElement.Singular(count == words.Count ? name : NameWords.ToPascalCase(words, count) ?? name);
    }

    private static bool IsPluralOrContainer(string word) =>
        ContainerWords.Contains(word) || (word.Length > 3 && word[word.Length - 1] == 's' && word[word.Length - 2] != 's');
}
