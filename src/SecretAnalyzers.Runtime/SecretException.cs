using System;
using System.Collections.Generic;

namespace SecretAnalyzers.Runtime;

/// <summary>
/// Base of every error the runtime raises about a secret. Messages name the secret's reference, never its value.
/// </summary>
public class SecretException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SecretException(SecretReference? reference, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Reference = reference;
    }

    /// <summary>The secret the operation was about, when there is one.</summary>
    public SecretReference? Reference { get; }

    /// <summary>
    /// The type name of the store's or SDK's exception this one replaces. That exception is never chained as the inner
    /// exception: its message or data can carry the response body, and with it the plaintext.
    /// </summary>
    public string? CauseType { get; private set; }

    /// <summary>The backend's error code (AWS: <c>ThrottlingException</c>, <c>ParameterNotFound</c>, …), when it sent one.</summary>
    public string? ErrorCode { get; private set; }

    /// <summary>The backend's HTTP status code, when there was a response.</summary>
    public int? StatusCode { get; private set; }

    /// <summary>The backend's request id, for support cases and for finding the call in CloudTrail.</summary>
    public string? RequestId { get; private set; }

    /// <summary>The region that answered (or failed), when the store reads from several.</summary>
    public string? Region { get; private set; }

    /// <summary>
    /// Records what is safe to keep of <paramref name="cause"/>, the store's or SDK's exception this one replaces: its
    /// type name, as <see cref="CauseType"/>. The cause is never chained and its message never read (it can hold the
    /// response body, and with it the value). A cause type already recorded is kept.
    /// </summary>
    /// <param name="cause">The exception being replaced.</param>
    /// <returns>This exception, so that a store can write <c>throw new …Exception(…).WithCause(ex);</c>.</returns>
    public SecretException WithCause(Exception cause)
    {
        if (cause is null)
        {
            throw new ArgumentNullException(nameof(cause));
        }

        CauseType ??= cause.GetType().Name;
        return this;
    }

    /// <summary>
    /// Records what the backend said about the failure, for support cases and metrics. A null argument is skipped and a
    /// detail already recorded is kept: the first store to record one wins, so a wrapper cannot overwrite the backend's
    /// own answer. Pass codes and identifiers only, never a message or a body (they can hold the value).
    /// </summary>
    /// <param name="errorCode">The backend's error code (<see cref="ErrorCode"/>), such as <c>ThrottlingException</c>.</param>
    /// <param name="statusCode">The HTTP status code of the response (<see cref="StatusCode"/>).</param>
    /// <param name="requestId">The backend's request id (<see cref="RequestId"/>).</param>
    /// <param name="region">The region that answered or failed (<see cref="Region"/>).</param>
    /// <returns>This exception.</returns>
    public SecretException WithBackendDetails(string? errorCode = null, int? statusCode = null, string? requestId = null, string? region = null)
    {
        ErrorCode ??= NullIfEmpty(errorCode);
        StatusCode ??= statusCode;
        RequestId ??= NullIfEmpty(requestId);
        Region ??= NullIfEmpty(region);
        return this;
    }

    /// <summary>
    /// Copies the cause type and backend details of <paramref name="source"/> into this exception, keeping any already
    /// recorded: for a store that rethrows a failure as a new exception with a better message (never chain it).
    /// </summary>
    /// <param name="source">The exception being replaced.</param>
    /// <returns>This exception.</returns>
    public SecretException WithDetailsFrom(SecretException source)
    {
        if (source is null)
        {
            throw new ArgumentNullException(nameof(source));
        }

        CauseType ??= source.CauseType;
        return WithBackendDetails(source.ErrorCode, source.StatusCode, source.RequestId, source.Region);
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;
}

/// <summary>The secret (or the JSON key inside it, or the requested version) does not exist.</summary>
public sealed class SecretNotFoundException : SecretException
{
    /// <summary>Creates the exception.</summary>
    public SecretNotFoundException(SecretReference reference, string? detail = null, Exception? innerException = null)
        : base(reference, "Secret '" + reference + "' was not found" + (detail is null ? "." : ": " + detail), innerException)
    {
        Detail = detail;
    }

    /// <summary>Where the secret was looked for (store, variable name, file), when known. Never a value.</summary>
    public string? Detail { get; }
}

/// <summary>The caller's credentials may not read the secret (or may not decrypt it with its KMS key).</summary>
public sealed class SecretAccessDeniedException : SecretException
{
    /// <summary>Creates the exception.</summary>
    public SecretAccessDeniedException(SecretReference reference, Exception? innerException = null)
        : base(reference, "Access to secret '" + reference + "' was denied.", innerException)
    {
    }
}

/// <summary>The backend throttled the request and retries with backoff did not get through.</summary>
public sealed class SecretStoreThrottledException : SecretException
{
    /// <summary>Creates the exception.</summary>
    public SecretStoreThrottledException(SecretReference? reference, int attempts, Exception? innerException = null)
        : base(reference, "Reading secret '" + reference + "' was throttled " + attempts + " times; giving up.", innerException)
    {
        Attempts = attempts;
    }

    /// <summary>How many attempts were made.</summary>
    public int Attempts { get; }
}

/// <summary>The backend could not be reached or failed (timeout, network error, server error).</summary>
public sealed class SecretStoreUnavailableException : SecretException
{
    /// <summary>Creates the exception.</summary>
    public SecretStoreUnavailableException(SecretReference? reference, string reason, Exception? innerException = null)
        : base(reference, "The store for secret '" + reference + "' is unavailable: " + reason, innerException)
    {
    }
}

/// <summary>The secret exists but its content is not what the reader expected (not JSON, missing field, wrong type).</summary>
public sealed class SecretFormatException : SecretException
{
    /// <summary>Creates the exception.</summary>
    public SecretFormatException(SecretReference? reference, string detail, Exception? innerException = null)
        : base(reference, "Secret '" + reference + "' has an unexpected format: " + detail, innerException)
    {
    }
}

/// <summary>
/// The secret is not in any local store, and the remote store that should hold it (AWS) was not configured: no
/// <c>UseAws()</c>, or no region. Raised instead of a plain "not found" outside Development (and whenever AWS was
/// wired without a region), so that a missing AWS set-up is never mistaken for a missing secret; optional
/// configuration keys do not swallow it.
/// </summary>
public sealed class SecretStoreNotConfiguredException : SecretException
{
    /// <summary>Creates the exception. Neither argument may contain a secret value.</summary>
    /// <param name="reference">The secret that was asked for.</param>
    /// <param name="reason">What is not configured: <c>AWS is not configured (set AWS_REGION)</c>.</param>
    /// <param name="fix">What to do about it, or null.</param>
    /// <param name="lookedIn">The local places already looked in, in order.</param>
    /// <param name="innerException">The underlying failure, if any.</param>
    public SecretStoreNotConfiguredException(
        SecretReference? reference,
        string reason,
        string? fix = null,
        IReadOnlyList<string>? lookedIn = null,
        Exception? innerException = null)
        : base(reference, Compose(reference, reason, fix, lookedIn), innerException)
    {
        Reason = reason ?? throw new ArgumentNullException(nameof(reason));
        Fix = fix;
        LookedIn = lookedIn ?? Array.Empty<string>();
    }

    /// <summary>What is not configured.</summary>
    public string Reason { get; }

    /// <summary>What to do about it, when known.</summary>
    public string? Fix { get; }

    /// <summary>The local places looked in before the unconfigured store was reached.</summary>
    public IReadOnlyList<string> LookedIn { get; }

    private static string Compose(SecretReference? reference, string reason, string? fix, IReadOnlyList<string>? lookedIn)
    {
        var text = lookedIn is { Count: > 0 }
            ? "Secret '" + reference + "' was not found locally (looked in " + string.Join("; ", lookedIn) + "), and " + reason
            : "Secret '" + reference + "' cannot be read: " + reason;
        return fix is null ? text + "." : text + ". To fix: " + fix + ".";
    }
}

/// <summary>
/// The reference cannot name a secret in its store: the id or the version breaks the store's naming rules (the same
/// rules the manifest check SEC0115 reports). Nothing was requested from the backend.
/// </summary>
public sealed class InvalidSecretReferenceException : SecretException
{
    /// <summary>Creates the exception.</summary>
    public InvalidSecretReferenceException(SecretReference reference, string rule)
        : base(reference, "Secret reference '" + reference + "' is not valid: " + rule + ".")
    {
        Rule = rule;
    }

    /// <summary>The naming rule the reference breaks.</summary>
    public string Rule { get; }
}
