namespace SecretAnalyzers.Runtime.Caching;

/// <summary>
/// A failed read kept on its entry (negative caching): until <see cref="RetryAtMs"/> the store is not asked again
/// for this secret, so a missing or forbidden secret read in a loop costs one store call per retry interval.
/// </summary>
internal sealed class CacheFailure
{
    public CacheFailure(SecretException exception, long retryAtMs)
    {
        Exception = exception;
        RetryAtMs = retryAtMs;
    }

    public SecretException Exception { get; }

    public long RetryAtMs { get; }

    /// <summary>Whether the failure is the answer itself (not found, denied, bad format), not an outage to ride out.</summary>
    public bool IsDefinitive => IsDefinitiveError(Exception);

    public static bool IsDefinitiveError(SecretException exception) =>
        exception is SecretNotFoundException or SecretAccessDeniedException or SecretFormatException or InvalidSecretReferenceException;
}
