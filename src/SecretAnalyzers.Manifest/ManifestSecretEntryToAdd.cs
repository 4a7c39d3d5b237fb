namespace SecretAnalyzers.Manifest;

/// <summary>
/// A new manifest entry written by the code fixes. There is deliberately no value: the manifest names secrets,
/// it never holds them.
/// </summary>
/// <param name="Name">The secret's C# name (see <see cref="ManifestNames.MakeUnique"/>).</param>
/// <param name="Source"><c>secretsmanager</c> or <c>parameterstore</c>.</param>
/// <param name="Id">The secret id or parameter name, written as given (the manifest's id prefix still applies to it).</param>
/// <param name="JsonKey">The field to read out of a JSON secret, if any.</param>
/// <param name="Description">Free text for the generated XML documentation.</param>
/// <param name="ConfigKey">The IConfiguration key the secret served in a configuration file (SEC0005 fix).</param>
internal sealed record ManifestSecretEntryToAdd(string Name, string Source, string Id, string? JsonKey = null, string? Description = null, string? ConfigKey = null);
