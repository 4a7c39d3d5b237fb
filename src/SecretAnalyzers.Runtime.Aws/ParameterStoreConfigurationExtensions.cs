using System;
using Amazon.SimpleSystemsManagement;
using SecretAnalyzers.Runtime.Aws;

namespace Microsoft.Extensions.Configuration;

/// <summary>Adds Parameter Store hierarchies to configuration.</summary>
public static class ParameterStoreConfigurationExtensions
{
    /// <summary>
    /// Adds every parameter under <paramref name="path"/> (recursively, decrypted) with keys relative to the path:
    /// <c>/myapp/prod/Smtp/Password</c> → <c>Smtp:Password</c>.
    /// </summary>
    public static IConfigurationBuilder AddParameterStore(
        this IConfigurationBuilder builder,
        string path,
        IAmazonSimpleSystemsManagement? client = null,
        Action<ParameterStoreConfigurationSource>? configure = null)
    {
        if (builder is null)
        {
            throw new ArgumentNullException(nameof(builder));
        }

        if (string.IsNullOrEmpty(path) || path[0] != '/')
        {
            throw new ArgumentException("A Parameter Store path starts with '/'.", nameof(path));
        }

        var source = new ParameterStoreConfigurationSource { Path = path, Client = client };
        configure?.Invoke(source);
        return builder.Add(source);
    }
}
