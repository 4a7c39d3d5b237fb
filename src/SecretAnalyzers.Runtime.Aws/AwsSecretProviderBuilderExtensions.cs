using System;
using Amazon.SimpleSystemsManagement;
using Microsoft.Extensions.DependencyInjection;
using SecretAnalyzers.Runtime.Aws;

namespace SecretAnalyzers.Runtime;

/// <summary>
/// The AWS stores for <c>services.AddSecretProvider(b => …)</c>. The stores are created at once, their SSM client on the
/// first AWS read: <c>client</c> when given, else an <see cref="IAmazonSimpleSystemsManagement"/> from the container when
/// the container already exists, else one made with the SDK's normal region and credential resolution. Pass the
/// client to be sure that reads before <c>builder.Build()</c> and after use the same one.
/// </summary>
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

        return builder.UseStore(new ParameterStoreSecretStore(ClientFactory(builder, client), Configure(configure, client)));
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

        return builder.UseStore(new SecretsManagerReferenceSecretStore(ClientFactory(builder, client), Configure(configure, client)));
    }

    /// <summary>
    /// Adds both AWS stores (Parameter Store, and Secrets Manager through the reference path) sharing one client.
    /// Regions: <see cref="SsmSecretStoreOptions.Regions"/> when set, else the entry assembly's
    /// <see cref="SecretStoreRegionsAttribute"/> (the manifest's <c>defaults.regions</c>; not when
    /// <paramref name="client"/> is given, whose region then applies), else the SDK's default region.
    /// </summary>
    public static SecretProviderBuilder UseAws(
        this SecretProviderBuilder builder,
        IAmazonSimpleSystemsManagement? client = null,
        Action<SsmSecretStoreOptions>? configure = null)
    {
        if (builder is null)
        {
            throw new ArgumentNullException(nameof(builder));
        }

        // One client and one options object for both stores: with several regions they share clients and circuit
        // breakers. The stores exist at once (reads before builder.Build() reach AWS); the client on first AWS read.
        var shared = new Lazy<IAmazonSimpleSystemsManagement>(ClientFactory(builder, client), System.Threading.LazyThreadSafetyMode.ExecutionAndPublication);
        var options = Configure(configure, client);
        return builder
            .UseStore(new ParameterStoreSecretStore(() => shared.Value, options))
            .UseStore(new SecretsManagerReferenceSecretStore(() => shared.Value, options));
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

    private static Func<IAmazonSimpleSystemsManagement> ClientFactory(SecretProviderBuilder builder, IAmazonSimpleSystemsManagement? client) =>
        () => client
            ?? builder.ServiceProvider?.GetService<IAmazonSimpleSystemsManagement>()
            ?? new AmazonSimpleSystemsManagementClient();

    private static SsmSecretStoreOptions Configure(Action<SsmSecretStoreOptions>? configure, IAmazonSimpleSystemsManagement? client)
    {
        var options = new SsmSecretStoreOptions();
        configure?.Invoke(options);
        options.ApplyManifestRegions(clientGiven: client is not null);
        return options;
    }
}
