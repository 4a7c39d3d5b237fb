namespace SecretAnalyzers.Cli.Verification;

/// <summary>What the provider said about a found credential.</summary>
internal enum VerificationStatus
{
    /// <summary>The provider accepted it: a live credential. Revoke it now.</summary>
    Verified,

    /// <summary>The provider rejected it (unknown key, bad signature, expired): not live, or not this pair.</summary>
    Unverified,

    /// <summary>No answer (network, throttling, server error): nothing can be said.</summary>
    Unknown,
}
