using System;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SecretAnalyzers.Runtime;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the secret provider.</summary>
public static class SecretServiceCollectionExtensions
{
    /// <summary>
    /// Registers a singleton <see cref="ISecretProvider"/> (a <see cref="SecretCache"/>, also registered as itself)
    /// over the stores chosen in <paramref name="configure"/> (none: environment variables, then secrets.local.json).
    /// It uses <see cref="TimeProvider"/>, <see cref="ILoggerFactory"/> and <see cref="IMeterFactory"/> from the
    /// container when registered. When first resolved it becomes <see cref="SecretProvider.Default"/> too, unless
    /// <see cref="SecretProviderBuilder.SetAsDefault"/> is false.
    /// </summary>
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
        services.AddOptions();
        if (configureOptions is not null)
        {
            services.Configure(configureOptions);
        }

        services.AddSingleton(provider =>
        {
            var options = provider.GetService<IOptions<SecretCacheOptions>>()?.Value ?? new SecretCacheOptions();
            options.MeterFactory ??= provider.GetService<IMeterFactory>();
            var cache = new SecretCache(
                builder.Build(provider),
                options,
                provider.GetService<TimeProvider>() ?? TimeProvider.System,
                provider.GetService<ILoggerFactory>()?.CreateLogger(typeof(SecretCache).FullName!));
            if (builder.SetAsDefault)
            {
                SecretProvider.Default = cache;
            }

            return cache;
        });
        services.AddSingleton<ISecretProvider>(provider => provider.GetRequiredService<SecretCache>());
        return services;
    }
}
