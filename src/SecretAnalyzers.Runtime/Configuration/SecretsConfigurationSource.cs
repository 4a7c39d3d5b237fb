using System;
using System.Collections.Generic;
using Microsoft.Extensions.Configuration;

namespace SecretAnalyzers.Runtime;

/// <summary>Puts secrets into <see cref="IConfiguration"/> under chosen keys (e.g. <c>ConnectionStrings:Default</c>).</summary>
public sealed class SecretsConfigurationSource : IConfigurationSource
{
    /// <summary>Where the values come from (usually <see cref="SecretProvider.Default"/> or the DI-registered provider).</summary>
    public ISecretProvider? Provider { get; set; }

    /// <summary>Configuration key → secret.</summary>
    public IDictionary<string, SecretReference> Secrets { get; } = new Dictionary<string, SecretReference>(StringComparer.OrdinalIgnoreCase);

    /// <summary>When true, a secret that does not exist leaves its key unset instead of failing the configuration build.</summary>
    public bool Optional { get; set; }

    /// <summary>How often values are read again (through the provider's cache) and a reload is signalled on change; null never.</summary>
    public TimeSpan? ReloadInterval { get; set; }

    /// <inheritdoc />
    public IConfigurationProvider Build(IConfigurationBuilder builder) =>
        new SecretsConfigurationProvider(this);
}
