using System.Collections.Generic;

namespace SecretAnalyzers.Runtime;

/// <summary>Builds the "where looked, how to fix" text of not-found errors from the stores themselves. Never a value.</summary>
internal static class SecretLookup
{
    public static string Location(ISecretStore store, SecretReference reference) =>
        store is ISecretStoreLookup lookup ? lookup.DescribeLocation(reference) : store.GetType().Name;

    public static void AddFix(List<string> fixes, ISecretStore store, SecretReference reference)
    {
        if (store is ISecretStoreLookup lookup && lookup.DescribeFix(reference) is { Length: > 0 } fix && !fixes.Contains(fix))
        {
            fixes.Add(fix);
        }
    }

    /// <summary><c>looked in A; B. To fix: X, or Y</c>.</summary>
    public static string Detail(IReadOnlyList<string> lookedIn, IReadOnlyList<string> fixes)
    {
        var text = lookedIn.Count == 0 ? "no store was asked" : "looked in " + string.Join("; ", lookedIn);
        return fixes.Count == 0 ? text + "." : text + ". To fix: " + string.Join(", or ", fixes) + ".";
    }

    /// <summary>The detail of a preload that did not find <paramref name="missing"/>: each id with where it was looked for, then the fix.</summary>
    public static string DescribeMissing(IReadOnlyList<SecretReference> missing, ISecretStore store)
    {
        const int Shown = 10;
        var text = missing.Count + (missing.Count == 1 ? " secret was" : " secrets were") + " not found during preload: ";
        var fixes = new List<string>();
        for (var i = 0; i < missing.Count && i < Shown; i++)
        {
            text += (i == 0 ? string.Empty : ", ") + missing[i] + " (looked in " + Location(store, missing[i]) + ")";
        }

        // The fix of the first one shows the pattern without repeating it for every id.
        AddFix(fixes, store, missing[0]);
        text += missing.Count > Shown ? ", …" : string.Empty;
        return fixes.Count == 0 ? text + "." : text + ". To fix " + missing[0] + ": " + string.Join(", or ", fixes) + ".";
    }
}
