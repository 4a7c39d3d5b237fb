using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace SecretAnalyzers.Runtime;

/// <summary>
/// Stands for <c>UseLocalFile()</c> outside Development: the file is not read (development values must never
/// override AWS in production), but "not found" errors still say where it would have been and why it was skipped.
/// </summary>
internal sealed class SkippedLocalFileStore : ISecretStore, ISecretStoreLookup, ILocalSecretStore
{
    public SkippedLocalFileStore(string path, string environmentName)
    {
        Path = path;
        EnvironmentName = environmentName;
    }

    public string Path { get; }

    public string EnvironmentName { get; }

    public bool CanRead(SecretSource source) => true;

    public ValueTask<SecretValue> GetAsync(SecretReference reference, CancellationToken cancellationToken = default) =>
        throw new SecretNotFoundException(reference ?? throw new ArgumentNullException(nameof(reference)), DescribeLocation(reference));

    public ValueTask<IReadOnlyDictionary<SecretReference, SecretValue>> GetManyAsync(
        IReadOnlyCollection<SecretReference> references,
        CancellationToken cancellationToken = default) =>
        new(new Dictionary<SecretReference, SecretValue>());

    public string DescribeLocation(SecretReference reference) =>
        "local file " + Path + " (not read in the " + EnvironmentName + " environment: only in Development unless UseLocalFile(allowOutsideDevelopment: true))";

    public string DescribeFix(SecretReference reference) => string.Empty;
}
