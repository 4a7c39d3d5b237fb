using System;
using Amazon.SimpleSystemsManagement;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SecretAnalyzers.Runtime.Aws;

namespace SecretAnalyzers.Runtime;

/// <summary>The AWS stores for <c>services.AddSecretProvider(b => …)</c>.</summary>
public static class AwsSecretProviderBuilderExtensions
{
    /// <summary>
    /// Adds Parameter Store (<see cref="SecretSource.ParameterStore"/> references). The SSM client is
    /// <paramref name="client"/>, else an <see cref="IAmazonSimpleSystemsManagement"/> from the container, else one
    /// created with the SDK's normal region and credential resolution.
    /// </summary>
    public static SecretProviderBuilder UseParameterStore(
        this SecretProviderBuilder builder,
        IAmazonSimpleSystemsManagement? client = null,
        Action<SsmSecretStoreOptions>? configure = null)
    {
        if (builder is null)
        {
            throw new ArgumentNullException(nameof(builder));
        }

        return builder.UseStore(services => new ParameterStoreSecretStore(client ?? services.GetService<IAmazonSimpleSystemsManagement>(), Configure(configure)));
    }

    /// <summary>
    /// Adds Secrets Manager (<see cref="SecretSource.SecretsManager"/> references) read through Parameter Store's
    /// <c>/aws/reference/secretsmanager/</c> path with the same SSM client resolution as <see cref="UseParameterStore"/>.
    /// </summary>
    public static SecretProviderBuilder UseSecretsManagerViaParameterStore(
        this SecretProviderBuilder builder,
        IAmazonSimpleSystemsManagement? client = null,
        Action<SsmSecretStoreOptions>? configure = null)
    {
        if (builder is null)
        {
            throw new ArgumentNullException(nameof(builder));
        }

        return builder.UseStore(services => new SecretsManagerReferenceSecretStore(client ?? services.GetService<IAmazonSimpleSystemsManagement>(), Configure(configure)));
    }

    /// <summary>Adds both AWS stores (Parameter Store, and Secrets Manager through the reference path) sharing one client.</summary>
    public static SecretProviderBuilder UseAws(
        this SecretProviderBuilder builder,
        IAmazonSimpleSystemsManagement? client = null,
        Action<SsmSecretStoreOptions>? configure = null)
    {
        if (builder is null)
        {
            throw new ArgumentNullException(nameof(builder));
        }

        // One client for both stores, created on first AWS read.
        var gate = new object();
        IAmazonSimpleSystemsManagement? shared = null;
        Func<IAmazonSimpleSystemsManagement> Shared(IServiceProvider services) => () =>
        {
            lock (gate)
            {
                return shared ??= client ?? services.GetService<IAmazonSimpleSystemsManagement>() ?? new AmazonSimpleSystemsManagementClient();
            }
        };

        // One options object for both stores, so that with several regions they share clients and circuit breakers.
        SsmSecretStoreOptions? options = null;
        SsmSecretStoreOptions Options(IServiceProvider services)
        {
            lock (gate)
            {
                if (options is null)
                {
                    options = Configure(configure);
                    options.Logger ??= services.GetService<ILoggerFactory>()?.CreateLogger("SecretAnalyzers.Runtime.Aws");
                }

                return options;
            }
        }

        return builder
            .UseStore(services => new ParameterStoreSecretStore(Shared(services), Options(services)))
            .UseStore(services => new SecretsManagerReferenceSecretStore(Shared(services), Options(services)));
    }

    /// <summary>
    /// Adds both AWS stores configured by <paramref name="configure"/>, for example with regional failover:
    /// <c>b.UseAws(o => o.Regions = ["us-east-1", "us-west-2"])</c>.
    /// </summary>
    public static SecretProviderBuilder UseAws(this SecretProviderBuilder builder, Action<SsmSecretStoreOptions> configure) =>
        builder.UseAws(client: null, configure ?? throw new ArgumentNullException(nameof(configure)));

    /// <summary>
    /// Adds Secrets Manager through a delegate around <c>IAmazonSecretsManager.GetSecretValueAsync</c>
    /// (see <see cref="DelegateSecretsManagerStore"/>).
    /// </summary>
    public static SecretProviderBuilder UseSecretsManager(
        this SecretProviderBuilder builder,
        Func<string, string?, string?, System.Threading.CancellationToken, System.Threading.Tasks.Task<SecretValue>> getSecretValue,
        SecretRetryOptions? retry = null)
    {
        if (builder is null)
        {
            throw new ArgumentNullException(nameof(builder));
        }

        return builder.UseStore(new DelegateSecretsManagerStore(getSecretValue, retry));
    }

    private static SsmSecretStoreOptions Configure(Action<SsmSecretStoreOptions>? configure)
    {
        var options = new SsmSecretStoreOptions();
        configure?.Invoke(options);
        return options;
    }
}
