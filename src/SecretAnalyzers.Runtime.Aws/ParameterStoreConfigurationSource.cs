using System;
using Amazon.SimpleSystemsManagement;
using Microsoft.Extensions.Configuration;

namespace SecretAnalyzers.Runtime.Aws;

/// <summary>
/// A Parameter Store hierarchy as configuration: <c>/myapp/prod/ConnectionStrings/Default</c> under the path
/// <c>/myapp/prod</c> becomes the key <c>ConnectionStrings:Default</c>.
/// </summary>
public sealed class ParameterStoreConfigurationSource : IConfigurationSource
{
    /// <summary>The hierarchy to load, e.g. <c>/myapp/prod</c>.</summary>
    public string Path { get; set; } = "/";

    /// <summary>The SSM client; null uses the SDK's default region and credential resolution.</summary>
    public IAmazonSimpleSystemsManagement? Client { get; set; }

    /// <summary>Retry and decryption options.</summary>
    public SsmSecretStoreOptions Options { get; set; } = new();

    /// <summary>When true, a failure to load leaves the configuration empty instead of failing the build.</summary>
    public bool Optional { get; set; }

    /// <summary>How often the hierarchy is read again (a reload is signalled on change); null never.</summary>
    public TimeSpan? ReloadInterval { get; set; }

    /// <inheritdoc />
    public IConfigurationProvider Build(IConfigurationBuilder builder) => new ParameterStoreConfigurationProvider(this);
}
