using System;
using System.Text.Json;
using Amazon.SimpleSystemsManagement;
using Amazon.SimpleSystemsManagement.Model;

namespace SecretAnalyzers.Runtime.Aws;

/// <summary>
/// AWS Secrets Manager read through the official SSM client and Parameter Store's documented reference path
/// <c>/aws/reference/secretsmanager/&lt;secret-id&gt;</c> (always decrypted), so no Secrets Manager SDK is needed.
/// A version id or staging label is appended as a selector: <c>…/prod/db:AWSPREVIOUS</c>. The value's version id comes
/// from the response's <c>SourceResult</c>. JSON keys are extracted by the cache, not here.
/// </summary>
/// <remarks>
/// The reference path supports GetParameter and GetParameters (so preload is batched), not GetParametersByPath.
/// IAM: the caller needs <c>ssm:GetParameter(s)</c> and <c>secretsmanager:GetSecretValue</c> on the secret.
/// </remarks>
public sealed class SecretsManagerReferenceSecretStore : SsmStoreBase
{
    /// <summary>The reserved Parameter Store path for Secrets Manager secrets.</summary>
    public const string ReferencePath = "/aws/reference/secretsmanager/";

    /// <summary>Creates the store.</summary>
    /// <param name="client">The SSM client; null creates one with the SDK's default region and credential resolution.</param>
    /// <param name="options">Retry options.</param>
    public SecretsManagerReferenceSecretStore(IAmazonSimpleSystemsManagement? client = null, SsmSecretStoreOptions? options = null)
        : base(SecretSource.SecretsManager, FactoryOf(client), options)
    {
    }

    /// <summary>Creates the store with a client made on first use (null factory: the SDK default client).</summary>
    internal SecretsManagerReferenceSecretStore(Func<IAmazonSimpleSystemsManagement>? clientFactory, SsmSecretStoreOptions? options)
        : base(SecretSource.SecretsManager, clientFactory, options)
    {
    }

    private protected override bool WithDecryption => true;

    private protected override string StoreName => "Secrets Manager secret via Parameter Store";

    /// <inheritdoc />
    public override string DescribeFix(SecretReference reference) =>
        "aws secretsmanager create-secret --name " + (reference ?? throw new ArgumentNullException(nameof(reference))).Id + " --secret-string <value>";

    /// <inheritdoc />
    public override string ToParameterName(SecretReference reference)
    {
        if (reference is null)
        {
            throw new ArgumentNullException(nameof(reference));
        }

        SecretReferenceRules.ThrowIfInvalid(reference);
        if (reference.Id.StartsWith("/", StringComparison.Ordinal) && !reference.Id.StartsWith(ReferencePath, StringComparison.Ordinal))
        {
            // ReferencePath + "/x" would name "…/secretsmanager//x", a parameter that cannot exist.
            throw new InvalidSecretReferenceException(reference, "a Secrets Manager id read through the reference path must not start with '/'");
        }

        var id = reference.Id.StartsWith(ReferencePath, StringComparison.Ordinal) ? reference.Id : ReferencePath + reference.Id;
        return id + Selector(reference);
    }

    private protected override string? VersionOf(Parameter parameter)
    {
        if (string.IsNullOrEmpty(parameter.SourceResult))
        {
            return null;
        }

        try
        {
            // SourceResult is Secrets Manager's GetSecretValue response (it also holds the secret): read VersionId only.
            using var document = JsonDocument.Parse(parameter.SourceResult);
            return document.RootElement.ValueKind == JsonValueKind.Object
                   && document.RootElement.TryGetProperty("VersionId", out var versionId)
                   && versionId.ValueKind == JsonValueKind.String
                ? versionId.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
