using SecretAnalyzers.Manifest;

namespace SecretAnalyzers.Runtime;

/// <summary>Checks a reference against its AWS store's naming rules before it is turned into a request.</summary>
internal static class SecretReferenceRules
{
    /// <summary>Throws <see cref="InvalidSecretReferenceException"/> when the id, version id or stage breaks a rule.</summary>
    public static void ThrowIfInvalid(SecretReference reference)
    {
        var rule = SecretIdRules.CheckId(reference.Id, reference.Source == SecretSource.ParameterStore)
            ?? (reference.VersionId is { } versionId ? SecretIdRules.CheckSelector(versionId) : null)
            ?? (reference.VersionStage is { } stage ? SecretIdRules.CheckSelector(stage) : null);
        if (rule is not null)
        {
            throw new InvalidSecretReferenceException(reference, rule);
        }
    }
}
