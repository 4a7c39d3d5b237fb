namespace SecretAnalyzers.Manifest;

/// <summary>
/// A problem found in a manifest: an id from <see cref="RuleIdentifiers"/>, where it is, and the message
/// arguments. Message arguments name properties, secrets and ids — never a secret value.
/// </summary>
internal sealed record ManifestDiagnostic(string Id, LocationInfo Location, EquatableArray<string> MessageArguments)
{
    public static ManifestDiagnostic Create(string id, LocationInfo location, params string[] messageArguments) =>
        new(id, location, new EquatableArray<string>(messageArguments));
}
