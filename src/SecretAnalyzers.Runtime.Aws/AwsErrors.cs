using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading;
using Amazon.Runtime;

namespace SecretAnalyzers.Runtime.Aws;

/// <summary>
/// Maps AWS SDK failures to the runtime's typed exceptions. Decisions use error codes and status codes only; the
/// SDK exception is kept as the inner exception (AWS error messages describe the request, never the secret value).
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

    /// <summary>The typed exception for <paramref name="exception"/>, or null when it is the caller's own cancellation.</summary>
    public static SecretException? Translate(SecretReference? reference, Exception exception, CancellationToken cancellationToken)
    {
        switch (exception)
        {
            case SecretException secretException:
                return secretException;
            case OperationCanceledException when cancellationToken.IsCancellationRequested:
                return null;
            case OperationCanceledException:
            case TimeoutException:
                return new SecretStoreUnavailableException(reference, "the request to AWS timed out.", exception);
            case AmazonServiceException service when IsNotFound(service) && reference is not null:
                return new SecretNotFoundException(reference, "AWS answered " + service.ErrorCode, exception);
            case AmazonServiceException
            {
                ErrorCode: "AccessDeniedException" or "AccessDenied" or "InvalidKeyId" or "DecryptionFailure" or "KMSAccessDeniedException"
                    or "UnrecognizedClientException" or "InvalidSignatureException" or "ExpiredTokenException" or "InvalidClientTokenId"
                    or "IncompleteSignature" or "IncompleteSignatureException" or "MissingAuthenticationToken"
                    or "MissingAuthenticationTokenException" or "SignatureDoesNotMatch",
            } when reference is not null:
                return new SecretAccessDeniedException(reference, exception);
            case AmazonServiceException service when (int)service.StatusCode >= 500:
                return new SecretStoreUnavailableException(reference, "AWS answered HTTP " + (int)service.StatusCode + " (" + (service.ErrorCode ?? "no error code") + ").", exception);
            case AmazonServiceException service:
                return new SecretStoreUnavailableException(reference, "AWS rejected the request (" + (service.ErrorCode ?? "HTTP " + (int)service.StatusCode) + ").", exception);
            case HttpRequestException:
            case IOException:
            case WebException:
                return new SecretStoreUnavailableException(reference, "AWS could not be reached (" + exception.GetType().Name + ").", exception);
            case AmazonClientException when IsMissingRegion(exception):
                return new SecretStoreNotConfiguredException(reference, NoRegionReason, NoRegionFix, innerException: exception);
            case AmazonClientException:
                return new SecretStoreUnavailableException(reference, "the AWS client failed (" + exception.GetType().Name + ": " + exception.Message + ").", exception);
            default:
                return new SecretStoreUnavailableException(reference, "the AWS call failed (" + exception.GetType().Name + ").", exception);
        }
    }
}
