using SecretAnalyzers.Runtime;

namespace SecretAnalyzers.Runtime.Aws;

/// <summary>Options of the stores that read through the AWS Systems Manager (SSM) client.</summary>
public sealed class SsmSecretStoreOptions
{
    /// <summary>
    /// Retries of throttled calls, on top of the SDK's own retries (see docs/runtime.md: set the client's
    /// <c>MaxErrorRetry</c> to choose who retries).
    /// </summary>
    public SecretRetryOptions Retry { get; set; } = new();

    /// <summary>Decrypt SecureString parameters. Default true; the Secrets Manager reference path always decrypts.</summary>
    public bool WithDecryption { get; set; } = true;
}
