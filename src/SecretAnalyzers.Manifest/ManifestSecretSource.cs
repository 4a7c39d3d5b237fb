namespace SecretAnalyzers.Manifest;

/// <summary>Mirrors <c>SecretAnalyzers.Runtime.SecretSource</c>; the manifest spells these <c>secretsmanager</c> and <c>parameterstore</c>.</summary>
internal enum ManifestSecretSource
{
    SecretsManager,
    ParameterStore,
}
