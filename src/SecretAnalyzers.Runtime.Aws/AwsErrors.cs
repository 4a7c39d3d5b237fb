using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading;
using Amazon.Runtime;

namespace SecretAnalyzers.Runtime.Aws;

/// <summary>
/// Maps AWS SDK failures to the runtime's typed exceptions. Decisions use error codes and status codes only. The SDK
/// exception is never chained and its message never copied: <c>AmazonUnmarshallingException</c> carries the response
/// body, which for a decrypted <c>GetParameter</c> holds the plaintext. What is kept is its type name, error code,
/// status code and request id.
/// </summary>
internal static class AwsErrors
{
    public static bool IsThrottling(Exception exception) =>
        exception is AmazonServiceException service
        && (service.ErrorCode is "ThrottlingException" or "Throttling" or "TooManyRequestsException" or "RequestLimitExceeded"
                or "ThrottledException" or "RequestThrottled" or "RequestThrottledException" or "SlowDown"
            || service.StatusCode == (HttpStatusCode)429);

    public static bool IsNotFound(Exception exception) =>
        exception is AmazonServiceException
        {
            ErrorCode: "ParameterNotFound" or "ParameterVersionNotFound" or "ResourceNotFoundException" or "ParameterNotFoundException",
        };

    public const string NoRegionReason = "AWS is not configured (set AWS_REGION)";

    public const string NoRegionFix =
        "set AWS_REGION (or AWS_DEFAULT_REGION, or a region in the AWS profile), or pass a client with a region or ServiceURL to UseAws(client)";

    /// <summary>
    /// The SDK's "No RegionEndpoint or ServiceURL configured": it has no error code, so the message is the only mark.
    /// </summary>
    public static bool IsMissingRegion(Exception exception) =>
        exception is AmazonClientException
        && exception.Message.IndexOf("RegionEndpoint", StringComparison.Ordinal) >= 0
        && exception.Message.IndexOf("configured", StringComparison.OrdinalIgnoreCase) >= 0;

    /// <summary>
    /// Whether another region may answer where this one failed: throttling, a 5xx, a timeout or a network failure.
    /// Not-found, access denied and bad requests are the same answer everywhere.
    /// </summary>
    public static bool IsRegional(SecretException exception) =>
        exception is SecretStoreThrottledException
        || (exception is SecretStoreUnavailableException && (exception.StatusCode is null or >= 500));

    /// <summary>The typed exception for <paramref name="exception"/>, or null when it is the caller's own cancellation.</summary>
    /// <param name="reference">The secret asked for, when one call is about one secret.</param>
    /// <param name="exception">What the SDK (or our own code) threw.</param>
    /// <param name="cancellationToken">The caller's token: its cancellation is not a failure.</param>
    /// <param name="attempts">How many attempts were made (throttling retries included).</param>
    public static SecretException? Translate(SecretReference? reference, Exception exception, CancellationToken cancellationToken, int attempts = 1)
    {
        switch (exception)
        {
            case SecretException secretException:
                return secretException;
            case OperationCanceledException when cancellationToken.IsCancellationRequested:
                return null;
            case OperationCanceledException:
            case TimeoutException:
                return new SecretStoreUnavailableException(reference, "the request to AWS timed out.").WithCause(exception);
        }

        if (exception is AmazonServiceException service)
        {
            return WithDetails(TranslateService(reference, service, attempts), service);
        }

        return exception switch
        {
            HttpRequestException or IOException or WebException =>
                new SecretStoreUnavailableException(reference, "AWS could not be reached (" + exception.GetType().Name + ").").WithCause(exception),

            AmazonClientException when IsMissingRegion(exception) =>
                new SecretStoreNotConfiguredException(reference, NoRegionReason, NoRegionFix).WithCause(exception),

            // The message is not copied: an unmarshalling failure's message holds the response body.
            AmazonClientException => new SecretStoreUnavailableException(reference, "the AWS client failed (" + exception.GetType().Name + ").").WithCause(exception),
            _ => new SecretStoreUnavailableException(reference, "the AWS call failed (" + exception.GetType().Name + ").").WithCause(exception),
        };
    }

    private static SecretException TranslateService(SecretReference? reference, AmazonServiceException service, int attempts)
    {
        var code = service.ErrorCode ?? "HTTP " + (int)service.StatusCode;
        if (IsThrottling(service))
        {
            return new SecretStoreThrottledException(reference, attempts);
        }

        if (IsNotFound(service) && reference is not null)
        {
            return new SecretNotFoundException(reference, "AWS answered " + code + RequestIdText(service));
        }

        if (reference is not null && service.ErrorCode is "AccessDeniedException" or "AccessDenied" or "InvalidKeyId" or "DecryptionFailure"
                or "KMSAccessDeniedException" or "UnrecognizedClientException" or "InvalidSignatureException" or "ExpiredTokenException"
                or "InvalidClientTokenId" or "IncompleteSignature" or "IncompleteSignatureException" or "MissingAuthenticationToken"
                or "MissingAuthenticationTokenException" or "SignatureDoesNotMatch")
        {
            return new SecretAccessDeniedException(reference);
        }

        if ((int)service.StatusCode >= 500)
        {
            return new SecretStoreUnavailableException(reference, "AWS answered HTTP " + (int)service.StatusCode + " (" + (service.ErrorCode ?? "no error code") + ")" + RequestIdText(service) + ".");
        }

        return new SecretStoreUnavailableException(reference, "AWS rejected the request (" + code + ")" + RequestIdText(service) + ".");
    }

    private static SecretException WithDetails(SecretException translated, AmazonServiceException service)
    {
        return translated
            .WithCause(service)
            .WithBackendDetails(service.ErrorCode, service.StatusCode == 0 ? null : (int)service.StatusCode, service.RequestId);
    }

    private static string RequestIdText(AmazonServiceException service) =>
        string.IsNullOrEmpty(service.RequestId) ? string.Empty : ", request id " + service.RequestId;
}
