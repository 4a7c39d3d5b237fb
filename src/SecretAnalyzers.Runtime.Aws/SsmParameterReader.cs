using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Amazon.SimpleSystemsManagement;
using Amazon.SimpleSystemsManagement.Model;
using SecretAnalyzers.Runtime.Caching;

namespace SecretAnalyzers.Runtime.Aws;

/// <summary>The three SSM reads (GetParameter, GetParameters in batches of 10, GetParametersByPath with paging), with throttling retries and error mapping.</summary>
internal sealed class SsmParameterReader
{
    /// <summary>The most names one GetParameters call accepts.</summary>
    public const int BatchSize = 10;

    private readonly Lazy<IAmazonSimpleSystemsManagement> _client;
    private readonly SsmSecretStoreOptions _options;

    public SsmParameterReader(Func<IAmazonSimpleSystemsManagement> clientFactory, SsmSecretStoreOptions? options)
    {
        _client = new Lazy<IAmazonSimpleSystemsManagement>(clientFactory ?? throw new ArgumentNullException(nameof(clientFactory)), LazyThreadSafetyMode.ExecutionAndPublication);
        _options = options ?? new SsmSecretStoreOptions();
    }

    public IAmazonSimpleSystemsManagement Client => _client.Value;

    /// <summary>"region eu-west-1", "endpoint http://127.0.0.1:5000/" or "region not configured"; never creates the client.</summary>
    public string DescribeEndpoint()
    {
        if (!_client.IsValueCreated)
        {
            return Environment.GetEnvironmentVariable("AWS_REGION") is { Length: > 0 } region ? "region " + region + ", client not created yet" : "client not created yet";
        }

        var config = _client.Value.Config;
        return !string.IsNullOrEmpty(config.ServiceURL) ? "endpoint " + config.ServiceURL
            : config.RegionEndpoint is { } endpoint ? "region " + endpoint.SystemName
            : "region not configured";
    }

    public async Task<Parameter> GetAsync(string name, bool withDecryption, SecretReference reference, CancellationToken cancellationToken)
    {
        var response = await CallAsync(
            reference,
            ct => Client.GetParameterAsync(new GetParameterRequest { Name = name, WithDecryption = withDecryption }, ct),
            cancellationToken).ConfigureAwait(false);
        return response.Parameter ?? throw new SecretStoreUnavailableException(reference, "AWS returned no parameter.");
    }

    /// <summary>Reads the names in calls of at most 10; names AWS reports invalid (missing) are absent from the result.</summary>
    public async Task<Dictionary<string, Parameter>> GetManyAsync(IReadOnlyList<string> names, bool withDecryption, SecretReference? anyReference, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, Parameter>(StringComparer.Ordinal);
        for (var start = 0; start < names.Count; start += BatchSize)
        {
            var chunk = new List<string>(BatchSize);
            for (var i = start; i < names.Count && i < start + BatchSize; i++)
            {
                chunk.Add(names[i]);
            }

            var response = await CallAsync(
                anyReference,
                ct => Client.GetParametersAsync(new GetParametersRequest { Names = chunk, WithDecryption = withDecryption }, ct),
                cancellationToken).ConfigureAwait(false);
            if (response.Parameters is null)
            {
                continue;
            }

            foreach (var parameter in response.Parameters)
            {
                // A selector (":3", ":AWSPREVIOUS") comes back apart from the name; a request by ARN may come back by name.
                var selector = parameter.Selector ?? string.Empty;
                if (parameter.Name is not null)
                {
                    result[parameter.Name + selector] = parameter;
                }

                if (parameter.ARN is not null)
                {
                    result[parameter.ARN + selector] = parameter;

                    // A Secrets Manager ARN requested through the reference path comes back as the secret's ARN.
                    result[SecretsManagerReferenceSecretStore.ReferencePath + parameter.ARN + selector] = parameter;
                }
            }
        }

        return result;
    }

    /// <summary>Every parameter under <paramref name="path"/>, following NextToken until the last page.</summary>
    public async Task<List<Parameter>> GetByPathAsync(string path, bool recursive, bool withDecryption, CancellationToken cancellationToken)
    {
        var parameters = new List<Parameter>();
        string? nextToken = null;
        do
        {
            var token = nextToken;
            var response = await CallAsync(
                null,
                ct => Client.GetParametersByPathAsync(
                    new GetParametersByPathRequest { Path = path, Recursive = recursive, WithDecryption = withDecryption, MaxResults = BatchSize, NextToken = token },
                    ct),
                cancellationToken).ConfigureAwait(false);
            if (response.Parameters is not null)
            {
                parameters.AddRange(response.Parameters);
            }

            nextToken = string.IsNullOrEmpty(response.NextToken) ? null : response.NextToken;
        }
        while (nextToken is not null);

        return parameters;
    }

    private async Task<T> CallAsync<T>(SecretReference? reference, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            return await ThrottleRetry.ExecuteAsync(call, AwsErrors.IsThrottling, _options.Retry, reference, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (AwsErrors.Translate(reference, ex, cancellationToken, _options.Retry.MaxAttempts) is { } translated && !ReferenceEquals(translated, ex))
        {
            throw translated;
        }
    }
}
