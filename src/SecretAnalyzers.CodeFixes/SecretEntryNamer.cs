using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using SecretAnalyzers.Manifest;

namespace SecretAnalyzers.CodeFixes;

/// <summary>
/// Chooses the manifest name and id of each moved secret within one project's pass: identical values share one entry
/// (compared in memory only, never written), and a new name never collides with the manifest's or an earlier one.
/// </summary>
internal sealed class SecretEntryNamer
{
    private readonly ISet<string> _taken;
    private readonly string _manifestIdPrefix;
    private readonly Dictionary<string, string> _namesByValue = new(StringComparer.Ordinal);
    private readonly List<ManifestSecretEntryToAdd> _entries = new();

    public SecretEntryNamer(ManifestTarget manifest)
    {
        _taken = manifest.ReadSecretNames();
        _manifestIdPrefix = manifest.IdPrefix;
    }

    /// <summary>The entries to add to the manifest, in the order their names were chosen.</summary>
    public IReadOnlyList<ManifestSecretEntryToAdd> Entries => _entries;

    /// <summary>The name the plan's value is moved under; a value seen for the first time gets a new entry.</summary>
    public string NameFor(SecretMovePlan plan, Document document, Diagnostic diagnostic, SecretMoveRequest request)
    {
        if (_namesByValue.TryGetValue(plan.Value, out var name))
        {
            return name;
        }

        name = ContextNames.PickFreeName(plan.DesiredName, plan.ContextNames, _taken);
        _taken.Add(name);
        _namesByValue.Add(plan.Value, name);
        var options = SecretFixOptions.Read(document, diagnostic.Location.SourceTree);
        var description = "Moved out of " + plan.FileName + " by the " + plan.RuleId + " code fix.";
        var source = request.Store == SecretStoreKind.ParameterStore ? ManifestFormat.ParameterStore : ManifestFormat.SecretsManager;
        _entries.Add(new ManifestSecretEntryToAdd(name, source, options.CreateId(name, request.Store, _manifestIdPrefix), Description: description));
        return name;
    }
}
