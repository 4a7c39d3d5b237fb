namespace SecretAnalyzers.Detection;

/// <summary>
/// How sure a format match is a live secret. <see cref="High"/>: a checksum or a prefix no other text carries;
/// <see cref="Medium"/>: a structure that needs context (a vendor keyword next to it) to mean a secret;
/// <see cref="Low"/>: generic, an entropy guess next to a credential-like key.
/// </summary>
internal enum TokenConfidence
{
    Low,
    Medium,
    High,
}
