using System;
using SecretAnalyzers.Manifest;

namespace SecretAnalyzers.Runtime;

/// <summary>
/// Checks a reference against its AWS store's naming rules before a store turns it into a request: the same rules the
/// manifest check SEC0115 reports, so that an id with a <c>:</c> or a leading <c>/</c> cannot name a different secret.
/// </summary>
public static class SecretReferenceRules
{
    /// <summary>Throws <see cref="InvalidSecretReferenceException"/> when the id, version id or stage breaks a rule.</summary>
    /// <param name="reference">The reference a store is about to read.</param>
    public static void ThrowIfInvalid(SecretReference reference)
    {
        if (reference is null)
        {
            throw new ArgumentNullException(nameof(reference));
        }

        var rule = SecretIdRules.CheckId(reference.Id, reference.Source == SecretSource.ParameterStore)
            ?? (reference.VersionId is { } versionId ? SecretIdRules.CheckSelector(versionId) : null)
            ?? (reference.VersionStage is { } stage ? SecretIdRules.CheckSelector(stage) : null);
        if (rule is not null)
        {
            throw new InvalidSecretReferenceException(reference, rule);
        }
    }
}
