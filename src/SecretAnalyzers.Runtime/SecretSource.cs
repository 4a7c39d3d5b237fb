namespace SecretAnalyzers.Runtime;

/// <summary>Where a secret lives. The manifest spells these <c>secretsmanager</c> and <c>parameterstore</c>.</summary>
public enum SecretSource
{
    /// <summary>AWS Secrets Manager (read through the SSM reference path unless a Secrets Manager client is plugged in).</summary>
    SecretsManager,

    /// <summary>AWS Systems Manager Parameter Store (SecureString parameters are decrypted).</summary>
    ParameterStore,
}
