namespace SecretAnalyzers.Detection;

/// <summary>What kind of secret a finding is; the code fixes use it to pick a name and a store.</summary>
internal enum SecretKind
{
    Password,
    ApiKey,
    Token,
    PrivateKey,
    ConnectionString,
}
