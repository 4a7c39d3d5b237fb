using System;
using System.Collections.Generic;
using SecretAnalyzers.Detection;

namespace SecretAnalyzers.Analyzers;

/// <summary>
/// The name a lambda's return value is stored under: the delegate it becomes (<c>Func&lt;string&gt; getPassword</c>,
/// <c>PasswordProvider = () =&gt; "…"</c>, <c>options.TokenFactory = _ =&gt; "…"</c>). A word that says "this makes the
/// value" (Provider, Factory, Callback…) ends the delegate's name, so the value is named by what comes before it.
/// </summary>
internal static class DelegateTarget
{
    private static readonly HashSet<string> ProducerWords = new(StringComparer.Ordinal)
    {
        "provider", "factory", "getter", "func", "fn", "callback", "resolver", "accessor", "supplier", "delegate",
        "selector", "loader", "source",
    };

    /// <summary><c>PasswordProvider</c> → <c>Password</c>; a name without a producer word is kept.</summary>
    public static string ValueName(string delegateName)
    {
        List<string> words = NameWords.Split(delegateName);
        if (words.Count < 2 || !ProducerWords.Contains(words[words.Count - 1]))
        {
            return delegateName;
        }

        return NameWords.ToPascalCase(words, words.Count - 1) ?? delegateName;
    }
}
