using System;
using System.Threading;
using System.Threading.Tasks;
using Amazon.Runtime;
using Amazon.SecurityToken;
using Amazon.SecurityToken.Model;
using SecretAnalyzers.Detection;

namespace SecretAnalyzers.Cli.Verification;

/// <summary>
/// Asks AWS STS <c>GetCallerIdentity</c> whether a found key pair is live. The call needs no permission, so any live
/// key answers; it changes nothing in the account. Opt-in only (<c>scan --verify aws</c>), never from the analyzer.
/// </summary>
internal sealed class AwsCredentialVerifier
{
    private readonly string? endpoint;
    private readonly string region;
    private readonly TimeSpan timeout;

    /// <param name="endpoint">STS endpoint URL; null for the SDK's default for <paramref name="region"/>.</param>
    /// <param name="region">Signing region.</param>
    /// <param name="timeout">Per-call timeout; a slow endpoint gives "unknown", not a hang.</param>
    public AwsCredentialVerifier(string? endpoint, string region = "us-east-1", TimeSpan? timeout = null)
    {
        this.endpoint = endpoint;
        this.region = region;
        this.timeout = timeout ?? TimeSpan.FromSeconds(10);
    }

    public async Task<AwsVerificationResult> VerifyAsync(AwsKeyPair pair, CancellationToken cancellationToken)
    {
        AWSCredentials credentials = pair.SessionToken is null
            ? new BasicAWSCredentials(pair.AccessKeyId, pair.SecretAccessKey)
            : new SessionAWSCredentials(pair.AccessKeyId, pair.SecretAccessKey, pair.SessionToken);
        var config = new AmazonSecurityTokenServiceConfig
        {
            MaxErrorRetry = 0,
            Timeout = timeout,
        };
        if (endpoint is null)
        {
            config.RegionEndpoint = Amazon.RegionEndpoint.GetBySystemName(region);
        }
        else
        {
            config.ServiceURL = endpoint;
            config.AuthenticationRegion = region;
        }

        try
        {
            using var client = new AmazonSecurityTokenServiceClient(credentials, config);
            GetCallerIdentityResponse response = await client.GetCallerIdentityAsync(new GetCallerIdentityRequest(), cancellationToken).ConfigureAwait(false);
            return new AwsVerificationResult(pair, VerificationStatus.Verified, Mask(response.Account), Mask(response.Arn), "GetCallerIdentity succeeded");
        }
        catch (AmazonServiceException ex) when (IsRejection(ex))
        {
            return new AwsVerificationResult(pair, VerificationStatus.Unverified, null, null, ex.ErrorCode ?? "rejected");
        }
        catch (Exception ex) when (ex is AmazonServiceException or AmazonClientException or System.Net.Http.HttpRequestException
            or TaskCanceledException or System.IO.IOException)
        {
            cancellationToken.ThrowIfCancellationRequested();

            // Never the exception message: the SDK may echo request details. The type says enough.
            return new AwsVerificationResult(pair, VerificationStatus.Unknown, null, null, ex is AmazonServiceException service
                ? "STS error " + (service.ErrorCode ?? ((int)service.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture))
                : "no answer (" + ex.GetType().Name + ")");
        }
    }

    /// <summary>STS's answers for a key that is not live: unknown id, wrong secret, expired session.</summary>
    private static bool IsRejection(AmazonServiceException ex) =>
        ex.ErrorCode is "InvalidClientTokenId" or "SignatureDoesNotMatch" or "ExpiredToken" or "UnrecognizedClientException" or "AccessDenied"
        || ex.StatusCode == System.Net.HttpStatusCode.Forbidden;

    private static string? Mask(string? value) => value is null ? null : SecretMasker.Mask(value);
}
