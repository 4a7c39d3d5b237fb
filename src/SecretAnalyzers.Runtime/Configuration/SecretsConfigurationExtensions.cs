using System;
using System.Collections.Generic;
using SecretAnalyzers.Runtime;

namespace Microsoft.Extensions.Configuration;

/// <summary>Adds secrets to configuration.</summary>
public static class SecretsConfigurationExtensions
{
    /// <summary>
    /// Adds the secrets in <paramref name="map"/> (configuration key → secret), read through
    /// <paramref name="provider"/> (null: <see cref="SecretProvider.Default"/>) with one batched preload.
    /// </summary>
    /// <example><code>
    /// builder.Configuration.AddSecrets(null, new Dictionary&lt;string, SecretReference&gt;
    /// {
    ///     ["ConnectionStrings:Password"] = new(SecretSource.SecretsManager, "prod/db") { JsonKey = "password" },
    /// });
    /// </code></example>
    public static IConfigurationBuilder AddSecrets(
        this IConfigurationBuilder builder,
        ISecretProvider? provider,
        IEnumerable<KeyValuePair<string, SecretReference>> map,
        bool optional = false,
        TimeSpan? reloadInterval = null)
    {
        if (map is null)
        {
            throw new ArgumentNullException(nameof(map));
        }

        return builder.AddSecrets(source =>
        {
            source.Provider = provider;
            source.Optional = optional;
            source.ReloadInterval = reloadInterval;
            foreach (var pair in map)
            {
                source.Secrets[pair.Key] = pair.Value;
            }
        });
    }

    /// <summary>Adds a <see cref="SecretsConfigurationSource"/> configured by <paramref name="configure"/>.</summary>
    public static IConfigurationBuilder AddSecrets(this IConfigurationBuilder builder, Action<SecretsConfigurationSource> configure)
    {
        if (builder is null)
        {
            throw new ArgumentNullException(nameof(builder));
        }

        if (configure is null)
        {
            throw new ArgumentNullException(nameof(configure));
        }

        var source = new SecretsConfigurationSource();
        configure(source);
        return builder.Add(source);
    }
}
