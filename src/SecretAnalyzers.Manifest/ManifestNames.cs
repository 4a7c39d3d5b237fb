using System;
using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace SecretAnalyzers.Manifest;

/// <summary>
/// Naming rules shared by the generator (which validates names) and the code fixes (which invent them), so that a fix
/// never writes a name the generator rejects.
/// </summary>
internal static class ManifestNames
{
    public const string DefaultClassName = "Secrets";

    /// <summary>Members every generated class declares or inherits from object; no secret may be named like them.</summary>
    private static readonly string[] ReservedClassMembers =
    {
        "Provider", "References", "AllReferences", "PreloadAsync", "ReadCore", "s_provider",
        "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "ReferenceEquals", "Finalize",
    };

    /// <summary>Members every generated record declares or inherits; no field property may be named like them.</summary>
    private static readonly HashSet<string> ReservedRecordMembers = new(StringComparer.Ordinal)
    {
        "EqualityContract", "Equals", "GetHashCode", "ToString", "PrintMembers", "Deconstruct", "GetType",
        "MemberwiseClone", "Finalize", "Parse",
    };

    /// <summary>Whether <paramref name="name"/> is a valid C# identifier that is not a reserved keyword (no <c>@</c>).</summary>
    /// <remarks><c>await</c> is rejected too: the generated async accessors could not refer to it.</remarks>
    public static bool IsValidIdentifier(string name) =>
        name.Length > 0
        && name[0] != '@'
        && SyntaxFacts.IsValidIdentifier(name)
        && SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None
        && name != "await";

    /// <summary>
    /// Whether <paramref name="name"/> can name a generated type: a valid identifier that is not only lowercase ASCII
    /// letters (the compiler warns about such type names, CS8981, and warnings may be errors).
    /// </summary>
    public static bool IsValidTypeName(string name) => IsValidIdentifier(name) && !IsLowercaseAscii(name);

    /// <summary>Why <paramref name="name"/> was rejected, for the SEC0104 message.</summary>
    public static string DescribeInvalid(string name, bool isTypeName)
    {
        if (name.Length == 0)
        {
            return "it is empty";
        }

        if (name[0] == '@' || !SyntaxFacts.IsValidIdentifier(name))
        {
            return "a C# identifier starts with a letter or '_' and contains only letters, digits and '_'";
        }

        if (SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None || name == "await")
        {
            return "it is a C# keyword";
        }

        return isTypeName && IsLowercaseAscii(name)
            ? "a type name made only of lowercase ASCII letters draws compiler warning CS8981"
            : "it is not a valid C# identifier";
    }

    /// <summary>Whether <paramref name="name"/> is a dotted sequence of valid identifiers.</summary>
    public static bool IsValidNamespace(string name)
    {
        foreach (var part in name.Split('.'))
        {
            if (!IsValidIdentifier(part))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The names of the class members generated for one secret.</summary>
    public static IEnumerable<string> GetGeneratedMemberNames(string secretName)
    {
        yield return secretName;
        yield return "Get" + secretName + "Async";
    }

    /// <summary>Class members the generator declares for a class, besides the per-secret ones.</summary>
    public static IEnumerable<string> GetReservedMemberNames(string className)
    {
        foreach (var name in ReservedClassMembers)
        {
            yield return name;
        }

        yield return className;
        yield return "Add" + className;
        yield return "Use" + className;
    }

    /// <summary>The generated DI-friendly instance accessor's type name.</summary>
    public static string GetAccessorTypeName(string className) => className + "Accessor";

    public static bool IsReservedRecordMember(string name) => ReservedRecordMembers.Contains(name);

    /// <summary>
    /// <paramref name="desired"/> if it is free, otherwise <c>desired2</c>, <c>desired3</c>…; names the generator reserves
    /// count as taken.
    /// </summary>
    public static string MakeUnique(string desired, ISet<string> taken)
    {
        if (IsFree(desired, taken))
        {
            return desired;
        }

        for (var suffix = 2; ; suffix++)
        {
            var candidate = desired + suffix.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (IsFree(candidate, taken))
            {
                return candidate;
            }
        }
    }

    /// <summary>
    /// A PascalCase C# identifier from any symbol or key name: <c>DB_PASSWORD</c> → <c>DbPassword</c>,
    /// <c>apiKey</c> → <c>ApiKey</c>, <c>ConnectionStrings:Default</c> → <c>ConnectionStringsDefault</c>,
    /// <c>_token</c> → <c>Token</c>. Falls back to <c>Secret</c> when nothing usable is left.
    /// </summary>
    public static string ToPascalCaseIdentifier(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var word in SplitWords(name))
        {
            builder.Append(char.ToUpperInvariant(word[0]));
            builder.Append(word.Substring(1).ToLowerInvariant());
        }

        if (builder.Length == 0)
        {
            return "Secret";
        }

        if (char.IsDigit(builder[0]))
        {
            builder.Insert(0, "Secret");
        }

        var result = builder.ToString();
        return IsValidIdentifier(result) ? result : "Secret" + result;
    }

    /// <summary>
    /// Lowercase words joined by '-', for secret ids and id prefixes: <c>OrderService</c> → <c>order-service</c>,
    /// <c>My.Shop_API</c> → <c>my-shop-api</c>, <c>AWSSecretKey</c> → <c>aws-secret-key</c>, <c>Password2</c> →
    /// <c>password2</c>, <c>OAuth2Token</c> → <c>o-auth2-token</c>. Empty when nothing usable is left.
    /// </summary>
    /// <remarks>
    /// The one kebab case of the house (the code fixes' new ids, <c>init</c>'s id prefix). Words split by rule, with no
    /// dictionary of brand names: <c>OAuth2Token</c> reads as O·Auth2·Token. A dictionary would make <c>oauth2-token</c>,
    /// but every word it lacked would still split, and adding one later would change the id a fix writes for the same
    /// name, so a rule anyone can predict from the name wins. A digit stays with the word before it (ids keep
    /// <c>password2</c> whole). Only ASCII letters and digits are kept, because both stores reject other letters in ids.
    /// </remarks>
    public static string ToKebabCase(string name) => string.Join("-", SplitWords(name)).ToLowerInvariant();

    private static bool IsLowercaseAscii(string name)
    {
        foreach (var c in name)
        {
            if (c < 'a' || c > 'z')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsFree(string name, ISet<string> taken)
    {
        if (taken.Contains(name) || Array.IndexOf(ReservedClassMembers, name) >= 0)
        {
            return false;
        }

        foreach (var other in taken)
        {
            foreach (var member in GetGeneratedMemberNames(other))
            {
                if (member == name || member == "Get" + name + "Async")
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>Splits on anything that is not a letter or digit, and at lower→upper and acronym→word boundaries.</summary>
    private static IEnumerable<string> SplitWords(string name)
    {
        var current = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (!char.IsLetterOrDigit(c) || c > 0x7F)
            {
                if (current.Length > 0)
                {
                    yield return current.ToString();
                    current.Clear();
                }

                continue;
            }

            if (current.Length > 0 && char.IsUpper(c))
            {
                var previous = current[current.Length - 1];
                var nextIsLower = i + 1 < name.Length && char.IsLower(name[i + 1]);
                if (char.IsLower(previous) || char.IsDigit(previous) || (char.IsUpper(previous) && nextIsLower))
                {
                    yield return current.ToString();
                    current.Clear();
                }
            }

            current.Append(c);
        }

        if (current.Length > 0)
        {
            yield return current.ToString();
        }
    }

    /// <summary>
    /// The root namespace as a valid C# namespace: MSBuild allows names such as <c>My-App</c> or <c>1Tool</c>
    /// that are not, so each part is repaired the way Visual Studio does for new files. The generator and the code
    /// fixes both call this, so a fix imports exactly the namespace the generated class is in.
    /// </summary>
    public static string? SanitizeNamespace(string? rootNamespace)
    {
        if (rootNamespace is null)
        {
            return null;
        }

        var parts = new List<string>();
        foreach (var rawPart in rootNamespace.Split('.'))
        {
            var builder = new StringBuilder(rawPart.Length + 1);
            foreach (var c in rawPart)
            {
                builder.Append(char.IsLetterOrDigit(c) || c == '_' ? c : '_');
            }

            if (builder.Length == 0)
            {
                continue;
            }

            if (char.IsDigit(builder[0]))
            {
                builder.Insert(0, '_');
            }

            var part = builder.ToString();
            parts.Add(IsValidIdentifier(part) ? part : "_" + part);
        }

        return parts.Count == 0 ? null : string.Join(".", parts);
    }
}
