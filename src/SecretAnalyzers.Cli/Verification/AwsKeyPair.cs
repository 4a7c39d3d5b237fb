namespace SecretAnalyzers.Cli.Verification;

/// <summary>
/// An AWS access key id with the secret key (and session token) found next to it in one file. Lives only in memory
/// for the duration of the verification; <see cref="ToString"/> is masked.
/// </summary>
internal sealed record AwsKeyPair(string Path, int Line, string AccessKeyId, string SecretAccessKey, string? SessionToken)
{
    public override string ToString() => Path + ":" + Line + " " + Detection.SecretMasker.Mask(AccessKeyId);
}
