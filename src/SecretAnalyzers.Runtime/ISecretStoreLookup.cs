namespace SecretAnalyzers.Runtime;

/// <summary>
/// Implemented by stores that can say where they look for a secret and how to put it there, so that a "not found"
/// error (single read or preload) names every place looked and the fix. Never returns a value.
/// </summary>
public interface ISecretStoreLookup
{
    /// <summary>Where this store looks: <c>environment variable PROD_DB_PASSWORD</c>, <c>local file /app/secrets.local.json</c>.</summary>
    string DescribeLocation(SecretReference reference);

    /// <summary>How to make the secret exist here: <c>set PROD_DB_PASSWORD</c>, <c>aws ssm put-parameter --name … --type SecureString</c>.</summary>
    string DescribeFix(SecretReference reference);
}
