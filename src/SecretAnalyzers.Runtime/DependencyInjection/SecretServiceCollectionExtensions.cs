using System;
using Microsoft.Extensions.Logging;
using SecretAnalyzers.Runtime;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the secret provider.</summary>
public static class SecretServiceCollectionExtensions
{
    /// <summary>
    /// Builds the secret provider at once — a <see cref="SecretCache"/> over the stores chosen in
    /// <paramref name="configure"/> (none: environment variables, then secrets.local.json in Development) — makes it
    /// <see cref="SecretProvider.Default"/> (what generated static accessors and <c>Configuration.AddSecrets()</c>
    /// use), unless <see cref="SecretProviderBuilder.SetAsDefault"/> is false, and registers that same instance as
    /// <see cref="ISecretProvider"/> and <see cref="SecretCache"/>. Secrets read before <c>builder.Build()</c> therefore
    /// come from the same stores as later ones. Call it before anything reads a secret.
    /// </summary>
    /// <remarks>
    /// Nothing is taken from the container to build the provider: the clock is <see cref="SecretProviderBuilder.TimeProvider"/>,
    /// the meter factory <see cref="SecretCacheOptions.MeterFactory"/>. Logging goes to the container's
    /// <see cref="ILoggerFactory"/> from the moment the container first resolves the provider. Disposing the container
    /// disposes the provider, and the default goes back to the local default chain.
    /// </remarks>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Chooses the stores, in lookup order.</param>
    /// <param name="configureOptions">Cache options (TTL, refresh-ahead, grace period, size bound).</param>
    public static IServiceCollection AddSecretProvider(
        this IServiceCollection services,
        Action<SecretProviderBuilder>? configure = null,
        Action<SecretCacheOptions>? configureOptions = null)
    {
        if (services is null)
        {
            throw new ArgumentNullException(nameof(services));
        }

        var builder = new SecretProviderBuilder(services);
        configure?.Invoke(builder);
        var options = new SecretCacheOptions();
        configureOptions?.Invoke(options);
        services.AddOptions();
        if (configureOptions is not null)
        {
            // For code that reads the options back; the cache below already has them.
            services.Configure(configureOptions);
        }

        var logger = new LateBoundLogger(typeof(SecretCache).FullName!);
        var cache = new SecretCache(builder.Build(), options, builder.TimeProvider, logger);
        if (builder.SetAsDefault)
        {
            SecretProvider.Default = cache;
        }

        // A factory rather than an instance registration: the container then owns (disposes) the cache, and its
        // first resolution hands the container to logging and to stores that take a client from it.
        services.AddSingleton(provider =>
        {
            builder.ServiceProvider = provider;
            logger.Bind(provider.GetService<ILoggerFactory>());
            return cache;
        });
        services.AddSingleton<ISecretProvider>(provider => provider.GetRequiredService<SecretCache>());
        return services;
    }
}
