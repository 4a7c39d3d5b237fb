using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Amazon.SimpleSystemsManagement;
using Amazon.SimpleSystemsManagement.Model;

namespace SecretAnalyzers.Runtime.Aws;

/// <summary>
/// The three SSM reads (GetParameter, GetParameters in batches of 10, GetParametersByPath with paging), with throttling
/// retries, error mapping and, with several regions, failover behind per-region circuit breakers.
/// </summary>
internal sealed class SsmParameterReader
{
    /// <summary>The most names one GetParameters call accepts.</summary>
    public const int BatchSize = 10;

    private readonly SsmRegions _regions;
    private readonly SsmSecretStoreOptions _options;

    public SsmParameterReader(SsmRegions regions, SsmSecretStoreOptions? options)
    {
        _regions = regions ?? throw new ArgumentNullException(nameof(regions));
        _options = options ?? new SsmSecretStoreOptions();
    }

    /// <summary>
    /// "region eu-west-1", "endpoint http://127.0.0.1:5000/", "regions us-east-1, us-west-2" or "region not
    /// configured"; never creates a client.
    /// </summary>
    public string DescribeEndpoint()
    {
        if (_regions.IsMultiRegion)
        {
            var names = new List<string>();
            foreach (var each in _regions.Regions)
            {
                names.Add(each.Name ?? "default");
            }

            return "regions " + string.Join(", ", names);
        }

        var region = _regions.Regions[0];
        if (region.Name is not null)
        {
            return "region " + region.Name;
        }

        if (!region.IsClientCreated)
        {
            return Environment.GetEnvironmentVariable("AWS_REGION") is { Length: > 0 } fromEnvironment
                ? "region " + fromEnvironment + ", client not created yet"
                : "client not created yet";
        }

        var config = region.Client.Config;
        return !string.IsNullOrEmpty(config.ServiceURL) ? "endpoint " + config.ServiceURL
            : config.RegionEndpoint is { } endpoint ? "region " + endpoint.SystemName
            : "region not configured";
    }

    public async Task<Parameter> GetAsync(string name, bool withDecryption, SecretReference reference, CancellationToken cancellationToken)
    {
        var response = await CallAsync(
            reference,
            (region, client, ct) => client.GetParameterAsync(new GetParameterRequest { Name = _regions.NameIn(region, name), WithDecryption = withDecryption }, ct),
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

            var (region, response) = await CallAsync(
                anyReference,
                async (region, client, ct) => (region, await client.GetParametersAsync(
                    new GetParametersRequest { Names = chunk.ConvertAll(n => _regions.NameIn(region, n)), WithDecryption = withDecryption },
                    ct).ConfigureAwait(false)),
                cancellationToken).ConfigureAwait(false);
            if (response.Parameters is null)
            {
                continue;
            }

            var found = new Dictionary<string, Parameter>(StringComparer.Ordinal);
            foreach (var parameter in response.Parameters)
            {
                // A selector (":3", ":AWSPREVIOUS") comes back apart from the name; a request by ARN may come back by name.
                var selector = parameter.Selector ?? string.Empty;
                if (parameter.Name is not null)
                {
                    found[parameter.Name + selector] = parameter;
                }

                if (parameter.ARN is not null)
                {
                    found[parameter.ARN + selector] = parameter;

                    // A Secrets Manager ARN requested through the reference path comes back as the secret's ARN.
                    found[SecretsManagerReferenceSecretStore.ReferencePath + parameter.ARN + selector] = parameter;
                }
            }

            // Keyed by the name asked for, also when the region rewrote an ARN.
            foreach (var name in chunk)
            {
                if (found.TryGetValue(_regions.NameIn(region, name), out var parameter) || found.TryGetValue(name, out parameter))
                {
                    result[name] = parameter;
                }
            }

            foreach (var pair in found)
            {
                if (!result.ContainsKey(pair.Key))
                {
                    result[pair.Key] = pair.Value;
                }
            }
        }

        return result;
    }

    /// <summary>Every parameter under <paramref name="path"/>, following NextToken until the last page.</summary>
    public async Task<List<Parameter>> GetByPathAsync(string path, bool recursive, bool withDecryption, CancellationToken cancellationToken)
    {
        // All pages from one region (a NextToken means nothing to another region); each page retries its own throttling.
        return await CallAsync(
            null,
            async (_, client, ct) =>
            {
                var parameters = new List<Parameter>();
                string? nextToken = null;
                do
                {
                    var response = await SecretStoreRetry.ExecuteAsync(
                        c => client.GetParametersByPathAsync(
                            new GetParametersByPathRequest { Path = path, Recursive = recursive, WithDecryption = withDecryption, MaxResults = BatchSize, NextToken = nextToken },
                            c),
                        AwsErrors.IsThrottling,
                        _options.Retry,
                        ct).ConfigureAwait(false);
                    if (response.Parameters is not null)
                    {
                        parameters.AddRange(response.Parameters);
                    }

                    nextToken = string.IsNullOrEmpty(response.NextToken) ? null : response.NextToken;
                }
                while (nextToken is not null);

                return parameters;
            },
            cancellationToken,
            retryThrottling: false).ConfigureAwait(false);
    }

    /// <summary>
    /// Runs <paramref name="call"/> in the first region whose circuit lets it through; on throttling, 5xx, timeout or a
    /// network failure moves to the next one. Not-found and access denied are the same answer in every region.
    /// </summary>
    private async Task<T> CallAsync<T>(
        SecretReference? reference,
        Func<SsmRegion, IAmazonSimpleSystemsManagement, CancellationToken, Task<T>> call,
        CancellationToken cancellationToken,
        bool retryThrottling = true)
    {
        var regions = _regions.Regions;
        SecretException? last = null;
        var tried = false;
        for (var i = 0; i < regions.Count; i++)
        {
            var region = regions[i];
            if (!region.Breaker.TryEnter(NowMs()))
            {
                continue;
            }

            tried = true;
            var outcome = await TryRegionAsync(reference, region, call, retryThrottling, cancellationToken).ConfigureAwait(false);
            if (outcome.Failure is null)
            {
                return outcome.Result!;
            }

            last = outcome.Failure;
            if (!_regions.IsMultiRegion || !AwsErrors.IsRegional(last))
            {
                throw last;
            }

            if (i < regions.Count - 1)
            {
                RegionMetrics.Failover(region.Name!);
            }
        }

        if (!tried)
        {
            // Every circuit is open: asking the preferred region beats failing without a call.
            var outcome = await TryRegionAsync(reference, regions[0], call, retryThrottling, cancellationToken).ConfigureAwait(false);
            if (outcome.Failure is null)
            {
                return outcome.Result!;
            }

            last = outcome.Failure;
        }

        throw last!;
    }

    private async Task<(T? Result, SecretException? Failure)> TryRegionAsync<T>(
        SecretReference? reference,
        SsmRegion region,
        Func<SsmRegion, IAmazonSimpleSystemsManagement, CancellationToken, Task<T>> call,
        bool retryThrottling,
        CancellationToken cancellationToken)
    {
        try
        {
            var result = retryThrottling
                ? await SecretStoreRetry.ExecuteAsync(ct => call(region, region.Client, ct), AwsErrors.IsThrottling, _options.Retry, cancellationToken).ConfigureAwait(false)
                : await call(region, region.Client, cancellationToken).ConfigureAwait(false);
            if (region.Breaker.HasTripped && _regions.IsMultiRegion)
            {
                RegionLog.CircuitClosed(_options.Logger, region.Name!);
            }

            region.Breaker.OnSuccess();
            return (result, null);
        }
        catch (Exception ex) when (AwsErrors.Translate(reference, ex, cancellationToken, _options.Retry.MaxAttempts) is { } translated)
        {
            if (!_regions.IsMultiRegion)
            {
                return (default, translated);
            }

            translated.WithBackendDetails(region: region.Name);
            if (!AwsErrors.IsRegional(translated))
            {
                // The region answered: it is healthy even if the answer is "no".
                region.Breaker.OnSuccess();
                return (default, translated);
            }

            RegionMetrics.Failure(region.Name!);
            RegionLog.RegionFailed(_options.Logger, reference?.ToString(), region.Name!, translated.CauseType ?? translated.GetType().Name);
            if (region.Breaker.OnFailure(NowMs()))
            {
                RegionMetrics.CircuitOpened(region.Name!);
                RegionLog.CircuitOpened(_options.Logger, region.Name!, _options.FailuresToOpenCircuit, (long)_options.CircuitOpenDuration.TotalMilliseconds);
            }

            return (default, translated);
        }
    }

    private long NowMs()
    {
        var time = _options.Retry.TimeProvider;
        return (long)(time.GetTimestamp() * (1000.0 / time.TimestampFrequency));
    }
}
