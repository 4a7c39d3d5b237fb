namespace SecretAnalyzers.Runtime;

/// <summary>
/// Marks the stores that only read the machine (environment variables, the local file). A chain made only of these
/// has no remote store, so the runtime knows AWS was not wired and says so when a secret is missing.
/// </summary>
internal interface ILocalSecretStore
{
}
