using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Amazon.SimpleSystemsManagement;
using Amazon.SimpleSystemsManagement.Model;

namespace SecretAnalyzers.Runtime.Aws;

/// <summary>
/// AWS Systems Manager Parameter Store: GetParameter with decryption; GetParameters in batches of 10 for preload
/// (names AWS reports invalid are "not found"); GetParametersByPath for hierarchies. A reference's
/// <see cref="SecretReference.VersionId"/> is a parameter version number and its <see cref="SecretReference.VersionStage"/>
/// a parameter label (<c>name:3</c>, <c>name:prod</c>).
/// </summary>
public sealed class ParameterStoreSecretStore : SsmStoreBase
{
    /// <summary>Creates the store.</summary>
    /// <param name="client">The SSM client; null creates one with the SDK's default region and credential resolution.</param>
    /// <param name="options">Retry and decryption options.</param>
    public ParameterStoreSecretStore(IAmazonSimpleSystemsManagement? client = null, SsmSecretStoreOptions? options = null)
        : base(SecretSource.ParameterStore, FactoryOf(client), options)
    {
    }

    /// <summary>Creates the store with a client made on first use (null factory: the SDK default client).</summary>
    internal ParameterStoreSecretStore(Func<IAmazonSimpleSystemsManagement>? clientFactory, SsmSecretStoreOptions? options)
        : base(SecretSource.ParameterStore, clientFactory, options)
    {
    }

    private protected override bool WithDecryption => Options.WithDecryption;

    private protected override string StoreName => "Parameter Store parameter";

    /// <inheritdoc />
    public override string DescribeFix(SecretReference reference) =>
        "aws ssm put-parameter --name " + (reference ?? throw new ArgumentNullException(nameof(reference))).Id + " --type SecureString --value <value>";

    /// <inheritdoc />
    public override string ToParameterName(SecretReference reference)
    {
        if (reference is null)
        {
            throw new ArgumentNullException(nameof(reference));
        }

        SecretReferenceRules.ThrowIfInvalid(reference);
        return reference.Id + Selector(reference);
    }

    /// <summary>
    /// Every parameter under <paramref name="path"/> (e.g. <c>/myapp/prod/</c>), keyed by full name, following
    /// NextToken across pages.
    /// </summary>
    /// <param name="path">The hierarchy to read; must start with <c>/</c>.</param>
    /// <param name="recursive">Include all levels below the path, not only direct children. Default true.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public async Task<IReadOnlyDictionary<string, SecretValue>> GetByPathAsync(string path, bool recursive = true, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(path) || path[0] != '/')
        {
            throw new ArgumentException("A Parameter Store path starts with '/'.", nameof(path));
        }

        var parameters = await Reader.GetByPathAsync(path, recursive, Options.WithDecryption, cancellationToken).ConfigureAwait(false);
        var result = new Dictionary<string, SecretValue>(parameters.Count, StringComparer.Ordinal);
        foreach (var parameter in parameters)
        {
            if (parameter.Name is not null && parameter.Value is not null)
            {
                result[parameter.Name] = new SecretValue(parameter.Value, VersionOf(parameter));
            }
        }

        return result;
    }

    private protected override string? VersionOf(Parameter parameter) =>
        parameter.Version is { } version ? version.ToString(CultureInfo.InvariantCulture) : null;
}
