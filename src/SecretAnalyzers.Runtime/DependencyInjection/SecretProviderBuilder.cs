using System;
using System.Collections.Generic;
using Microsoft.Extensions.DependencyInjection;

namespace SecretAnalyzers.Runtime;

/// <summary>
/// Chooses the stores behind the provider that <c>AddSecretProvider</c> builds at once (nothing here waits for the
/// container). Stores are asked in the order they are added (first one that has the secret wins), so add local
/// overrides before AWS: <c>b.UseEnvironment().UseLocalFile().UseAws()</c>.
/// </summary>
public sealed class SecretProviderBuilder
{
    private readonly List<Func<SecretProviderBuilder, ISecretStore>> _stores = new();

    internal SecretProviderBuilder(IServiceCollection services)
    {
        Services = services;
    }

    /// <summary>The service collection, for extensions that register what their stores need.</summary>
    public IServiceCollection Services { get; }

    /// <summary>
    /// Whether the provider becomes <see cref="SecretProvider.Default"/> (what generated static accessors use) as soon as
    /// <c>AddSecretProvider</c> returns. Default true.
    /// </summary>
    public bool SetAsDefault { get; set; } = true;

    /// <summary>
    /// The host environment name; the local file is read only in <c>Development</c>. Defaults to what the .NET hosts read:
    /// ASPNETCORE_ENVIRONMENT, else DOTNET_ENVIRONMENT, else Production. Set it from <c>builder.Environment.EnvironmentName</c>
    /// when the host takes it from elsewhere (command line, code).
    /// </summary>
    public string EnvironmentName { get; set; } = HostingEnvironment.CurrentName;

    /// <summary>
    /// Where <see cref="UseLocalFile"/> looks first for <c>secrets.local.json</c>. Defaults to what the .NET hosts use:
    /// ASPNETCORE_CONTENTROOT, else DOTNET_CONTENTROOT, else the current directory.
    /// </summary>
    public string ContentRoot { get; set; } = HostingEnvironment.CurrentContentRoot;

    /// <summary>The cache's clock (a fake one in tests). Default <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>
    /// The application's container once it has resolved the secret provider (for stores that take a client from it);
    /// null before, in particular for secrets read before <c>builder.Build()</c>.
    /// </summary>
    public IServiceProvider? ServiceProvider { get; internal set; }

    /// <summary>Whether <see cref="EnvironmentName"/> is Development.</summary>
    public bool IsDevelopment => HostingEnvironment.IsDevelopment(EnvironmentName);

    /// <summary>Adds a store instance.</summary>
    public SecretProviderBuilder UseStore(ISecretStore store)
    {
        if (store is null)
        {
            throw new ArgumentNullException(nameof(store));
        }

        _stores.Add(_ => store);
        return this;
    }

    /// <summary>
    /// Adds a store created from the container the first time it is asked, once the container has resolved the
    /// secret provider. A secret this store would serve that is read before then (before <c>builder.Build()</c>)
    /// fails with a <see cref="SecretStoreNotConfiguredException"/>; prefer <see cref="UseStore(ISecretStore)"/>.
    /// </summary>
    public SecretProviderBuilder UseStore(Func<IServiceProvider, ISecretStore> factory)
    {
        if (factory is null)
        {
            throw new ArgumentNullException(nameof(factory));
        }

        _stores.Add(builder => new ContainerCreatedStore(builder, factory));
        return this;
    }

    /// <summary>Adds environment variables (<c>prod/db-password</c> → <c>PROD_DB_PASSWORD</c>, see <see cref="EnvironmentSecretStore"/>).</summary>
    public SecretProviderBuilder UseEnvironment(string? prefix = null) => UseStore(new EnvironmentSecretStore(prefix));

    /// <summary>
    /// Adds a local JSON file keyed by secret id, read only when <see cref="EnvironmentName"/> is Development (a
    /// development value must never override AWS in production) unless <paramref name="allowOutsideDevelopment"/>.
    /// </summary>
    /// <param name="path">The file; null finds <c>secrets.local.json</c> in <see cref="ContentRoot"/> first (see <see cref="LocalFileSecretStore.FindDefaultPath"/>).</param>
    /// <param name="allowOutsideDevelopment">Read the file in every environment (tests, tools; never for production secrets).</param>
    public SecretProviderBuilder UseLocalFile(string? path = null, bool allowOutsideDevelopment = false)
    {
        _stores.Add(builder =>
        {
            var fullPath = path is null ? LocalFileSecretStore.FindDefaultPath(builder.ContentRoot) : System.IO.Path.GetFullPath(path);
            return allowOutsideDevelopment || builder.IsDevelopment
                ? new LocalFileSecretStore(fullPath)
                : new SkippedLocalFileStore(fullPath, builder.EnvironmentName);
        });
        return this;
    }

    internal ISecretStore Build()
    {
        if (_stores.Count == 0)
        {
            return CreateLocalDefaultStore(EnvironmentName, ContentRoot);
        }

        var stores = new List<ISecretStore>(_stores.Count + 1);
        foreach (var create in _stores)
        {
            stores.Add(create(this));
        }

        return Complete(stores, EnvironmentName);
    }

    /// <summary>Environment variables, then the local file (Development only), then the "AWS not configured" end.</summary>
    internal static ISecretStore CreateLocalDefaultStore(string environmentName, string? contentRoot)
    {
        var path = LocalFileSecretStore.FindDefaultPath(contentRoot);
        ISecretStore file = HostingEnvironment.IsDevelopment(environmentName)
            ? new LocalFileSecretStore(path)
            : new SkippedLocalFileStore(path, environmentName);
        return Complete(new List<ISecretStore> { new EnvironmentSecretStore(), file }, environmentName);
    }

    /// <summary>
    /// A chain of the stores; when they only read the machine, the end of the chain says that AWS was not configured
    /// (an error outside Development when the application references SecretAnalyzers.Runtime.Aws).
    /// </summary>
    private static ISecretStore Complete(List<ISecretStore> stores, string environmentName)
    {
        if (new ChainSecretStore(stores).IsLocalOnly())
        {
            stores.Add(new AwsNotConfiguredStore(environmentName, HostingEnvironment.AwsPackageReferenced));
        }

        return stores.Count == 1 ? stores[0] : new ChainSecretStore(stores);
    }
}
