using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Amazon.SimpleSystemsManagement;
using Amazon.SimpleSystemsManagement.Model;

namespace SecretAnalyzers.Runtime.Aws;

/// <summary>What the Parameter Store and Secrets Manager (reference path) stores share: the SSM name of a reference, single and batched reads.</summary>
public abstract class SsmStoreBase : ISecretStore, ISecretStoreLookup
{
    private readonly SecretSource _source;

    private protected SsmStoreBase(SecretSource source, Func<IAmazonSimpleSystemsManagement>? clientFactory, SsmSecretStoreOptions? options)
    {
        _source = source;
        Options = options ?? new SsmSecretStoreOptions();

        // Without a client the SDK's normal resolution picks region and credentials (environment, profile, instance role),
        // and only when AWS is first asked, so a chain that finds everything locally never needs AWS configured.
        // With several regions the clients come from the options (shared by the stores that share the options).
        var regions = Options.GetSharedRegions() ?? SsmRegions.Single(clientFactory ?? (static () => new AmazonSimpleSystemsManagementClient()));
        Reader = new SsmParameterReader(regions, Options);
    }

    private protected static Func<IAmazonSimpleSystemsManagement>? FactoryOf(IAmazonSimpleSystemsManagement? client) =>
        client is null ? null : () => client;

    /// <summary>The options in use.</summary>
    public SsmSecretStoreOptions Options { get; }

    internal SsmParameterReader Reader { get; }

    private protected abstract bool WithDecryption { get; }

    /// <summary>The SSM parameter name (with version selector) this store requests for <paramref name="reference"/>.</summary>
    public abstract string ToParameterName(SecretReference reference);

    /// <inheritdoc />
    public bool CanRead(SecretSource source) => source == _source;

    /// <inheritdoc />
    public async ValueTask<SecretValue> GetAsync(SecretReference reference, CancellationToken cancellationToken = default)
    {
        CheckSource(reference);
        Parameter parameter;
        try
        {
            parameter = await Reader.GetAsync(ToParameterName(reference), WithDecryption, reference, cancellationToken).ConfigureAwait(false);
        }
        catch (SecretNotFoundException ex)
        {
            // Name the parameter and the region or endpoint, so that a chain's message says exactly where it looked.
            var located = new SecretNotFoundException(reference, DescribeLocation(reference) + (ex.Detail is null ? string.Empty : ": " + ex.Detail));
            throw located.WithDetailsFrom(ex);
        }

        return ToValue(reference, parameter);
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyDictionary<SecretReference, SecretValue>> GetManyAsync(
        IReadOnlyCollection<SecretReference> references,
        CancellationToken cancellationToken = default)
    {
        if (references is null)
        {
            throw new ArgumentNullException(nameof(references));
        }

        var names = new List<string>(references.Count);
        var byName = new Dictionary<string, List<SecretReference>>(StringComparer.Ordinal);
        SecretReference? first = null;
        foreach (var reference in references)
        {
            CheckSource(reference);
            first ??= reference;
            var name = ToParameterName(reference);
            if (!byName.TryGetValue(name, out var sharing))
            {
                byName[name] = sharing = new List<SecretReference>(1);
                names.Add(name);
            }

            sharing.Add(reference);
        }

        var result = new Dictionary<SecretReference, SecretValue>(references.Count);
        if (names.Count == 0)
        {
            return result;
        }

        var found = await Reader.GetManyAsync(names, WithDecryption, first, cancellationToken).ConfigureAwait(false);
        foreach (var pair in byName)
        {
            if (found.TryGetValue(pair.Key, out var parameter))
            {
                foreach (var reference in pair.Value)
                {
                    result[reference] = ToValue(reference, parameter);
                }
            }
        }

        return result;
    }

    /// <inheritdoc />
    public string DescribeLocation(SecretReference reference) =>
        StoreName + " '" + ToParameterName(reference) + "' (" + Reader.DescribeEndpoint() + ")";

    /// <inheritdoc />
    public abstract string DescribeFix(SecretReference reference);

    /// <summary>How messages name this store: "Parameter Store parameter", "Secrets Manager secret via Parameter Store".</summary>
    private protected abstract string StoreName { get; }

    private protected abstract string? VersionOf(Parameter parameter);

    private SecretValue ToValue(SecretReference reference, Parameter parameter)
    {
        if (parameter.Value is null)
        {
            throw new SecretFormatException(reference, "AWS returned the parameter without a value.");
        }

        return new SecretValue(parameter.Value, VersionOf(parameter));
    }

    private void CheckSource(SecretReference reference)
    {
        if (reference is null)
        {
            throw new ArgumentNullException(nameof(reference));
        }

        if (reference.Source != _source)
        {
            throw new ArgumentException("This store reads " + _source + " secrets, not '" + reference + "'.", nameof(reference));
        }
    }

    /// <summary>":version" or ":label" (SSM's selector syntax), or nothing.</summary>
    private protected static string Selector(SecretReference reference) =>
        reference.VersionId is { } id ? ":" + id
        : reference.VersionStage is { } stage ? ":" + stage
        : string.Empty;
}
