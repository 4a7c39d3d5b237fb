using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace SecretAnalyzers.Runtime;

/// <summary>
/// The last link of a chain that has only local stores: it stands for the AWS store nobody wired. Outside
/// Development, in an application that references SecretAnalyzers.Runtime.Aws, a secret that reaches it is an error
/// that says AWS was not configured; otherwise it is an ordinary "not found" that says the same in its detail.
/// </summary>
internal sealed class AwsNotConfiguredStore : ISecretStore, ISecretStoreLookup
{
    private const string Reason = "AWS is not configured (nothing called UseAws())";

    public AwsNotConfiguredStore(string environmentName, bool awsPackageReferenced)
    {
        EnvironmentName = environmentName;
        AwsPackageReferenced = awsPackageReferenced;
    }

    public string EnvironmentName { get; }

    public bool AwsPackageReferenced { get; }

    /// <summary>Whether a miss is an error rather than "not found".</summary>
    public bool IsStrict => AwsPackageReferenced && !HostingEnvironment.IsDevelopment(EnvironmentName);

    public bool CanRead(SecretSource source) => true;

    public ValueTask<SecretValue> GetAsync(SecretReference reference, CancellationToken cancellationToken = default)
    {
        if (reference is null)
        {
            throw new ArgumentNullException(nameof(reference));
        }

        if (IsStrict)
        {
            throw new SecretStoreNotConfiguredException(reference, Reason + " in the " + EnvironmentName + " environment", DescribeFix(reference));
        }

        throw new SecretNotFoundException(reference, DescribeLocation(reference));
    }

    public ValueTask<IReadOnlyDictionary<SecretReference, SecretValue>> GetManyAsync(
        IReadOnlyCollection<SecretReference> references,
        CancellationToken cancellationToken = default)
    {
        if (references is null)
        {
            throw new ArgumentNullException(nameof(references));
        }

        if (IsStrict)
        {
            foreach (var reference in references)
            {
                var more = references.Count > 1 ? " (" + (references.Count - 1) + " more secrets are missing too)" : string.Empty;
                throw new SecretStoreNotConfiguredException(reference, Reason + " in the " + EnvironmentName + " environment" + more, DescribeFix(reference));
            }
        }

        return new ValueTask<IReadOnlyDictionary<SecretReference, SecretValue>>(new Dictionary<SecretReference, SecretValue>());
    }

    public string DescribeLocation(SecretReference reference) =>
        AwsPackageReferenced ? "AWS (not configured: nothing called UseAws())" : "AWS (not configured: SecretAnalyzers.Runtime.Aws is not referenced)";

    public string DescribeFix(SecretReference reference) =>
        (AwsPackageReferenced ? string.Empty : "add the SecretAnalyzers.Runtime.Aws package and ")
        + "call builder.Services.AddSecretProvider(b => b.UseEnvironment().UseLocalFile().UseAws()) before anything reads secrets, with AWS_REGION set";
}
