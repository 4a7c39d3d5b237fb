namespace SecretAnalyzers.Cli.Verification;

/// <summary>The outcome for one key pair; account and ARN are already masked.</summary>
internal sealed record AwsVerificationResult(AwsKeyPair Pair, VerificationStatus Status, string? MaskedAccount, string? MaskedArn, string Detail);
