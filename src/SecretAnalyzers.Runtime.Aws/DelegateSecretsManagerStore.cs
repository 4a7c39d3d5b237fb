using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using SecretAnalyzers.Runtime.Caching;

namespace SecretAnalyzers.Runtime.Aws;

/// <summary>
/// Reads Secrets Manager secrets through a delegate, so an application that already uses AWSSDK.SecretsManager
/// plugs <c>IAmazonSecretsManager.GetSecretValueAsync</c> in with a few lines:
/// <code>
/// var secretsManager = new AmazonSecretsManagerClient();
/// var store = new DelegateSecretsManagerStore(async (id, versionId, stage, ct) =>
/// {
///     var response = await secretsManager.GetSecretValueAsync(
///         new GetSecretValueRequest { SecretId = id, VersionId = versionId, VersionStage = stage }, ct);
///     return new SecretValue(response.SecretString, response.VersionId);
/// });
/// </code>
/// AWS errors thrown by the delegate are mapped by error code (ResourceNotFoundException → not found,
/// AccessDeniedException/DecryptionFailure → access denied, throttling → retried with backoff, 5xx → unavailable).
/// </summary>
public sealed class DelegateSecretsManagerStore : ISecretStore, ISecretStoreLookup
{
    private readonly Func<string, string?, string?, CancellationToken, Task<SecretValue>> _getSecretValue;
    private readonly SecretRetryOptions _retry;

    /// <summary>Creates the store.</summary>
    /// <param name="getSecretValue">Called with secret id, version id, version stage and cancellation; returns SecretString and VersionId.</param>
    /// <param name="retry">Retries of throttled calls; null for the defaults.</param>
    public DelegateSecretsManagerStore(Func<string, string?, string?, CancellationToken, Task<SecretValue>> getSecretValue, SecretRetryOptions? retry = null)
    {
        _getSecretValue = getSecretValue ?? throw new ArgumentNullException(nameof(getSecretValue));
        _retry = retry ?? new SecretRetryOptions();
    }

    /// <inheritdoc />
    public bool CanRead(SecretSource source) => source == SecretSource.SecretsManager;

    /// <inheritdoc />
    public async ValueTask<SecretValue> GetAsync(SecretReference reference, CancellationToken cancellationToken = default)
    {
        if (reference is null)
        {
            throw new ArgumentNullException(nameof(reference));
        }

        SecretReferenceRules.ThrowIfInvalid(reference);
        SecretValue? value;
        try
        {
            value = await ThrottleRetry.ExecuteAsync(
                ct => _getSecretValue(reference.Id, reference.VersionId, reference.VersionStage, ct),
                AwsErrors.IsThrottling,
                _retry,
                reference,
                cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (AwsErrors.Translate(reference, ex, cancellationToken, _retry.MaxAttempts) is { } translated && !ReferenceEquals(translated, ex))
        {
            throw translated;
        }

        return value ?? throw new SecretFormatException(reference, "the secret has no SecretString (binary secrets are not supported).");
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyDictionary<SecretReference, SecretValue>> GetManyAsync(
        IReadOnlyCollection<SecretReference> references,
        CancellationToken cancellationToken = default)
    {
        // Secrets Manager's BatchGetSecretValue needs different permissions; one call per secret keeps the delegate simple.
        if (references is null)
        {
            throw new ArgumentNullException(nameof(references));
        }

        var result = new Dictionary<SecretReference, SecretValue>();
        foreach (var reference in references)
        {
            try
            {
                result[reference] = await GetAsync(reference, cancellationToken).ConfigureAwait(false);
            }
            catch (SecretNotFoundException)
            {
            }
        }

        return result;
    }

    /// <inheritdoc />
    public string DescribeLocation(SecretReference reference) =>
        "Secrets Manager secret '" + (reference ?? throw new ArgumentNullException(nameof(reference))).Id + "' (through the delegate passed to UseSecretsManager)";

    /// <inheritdoc />
    public string DescribeFix(SecretReference reference) =>
        "aws secretsmanager create-secret --name " + (reference ?? throw new ArgumentNullException(nameof(reference))).Id + " --secret-string <value>";
}
