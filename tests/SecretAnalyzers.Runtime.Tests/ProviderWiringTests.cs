using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SecretAnalyzers.Runtime.Tests.Aws;

namespace SecretAnalyzers.Runtime.Tests;

/// <summary>
/// Issue 9, "one provider from the first line": what AddSecretProvider configures is what secrets read before
/// builder.Build(), generated static accessors and Configuration.AddSecrets() use.
/// </summary>
[Collection(DefaultProviderCollection.Name)]
public sealed class ProviderWiringTests
{
    private static readonly SecretReference DbPassword = new(SecretSource.SecretsManager, "wiring/db-password");

    [Fact]
    public async Task AddSecretProviderInstallsTheDefaultBeforeAnyContainerExists()
    {
        using var server = new FakeSsmServer();
        server.PutSecret(DbPassword.Id, "from-aws", "v1");
        var previous = SecretProvider.Default;
        try
        {
            var services = new ServiceCollection();
            services.AddSecretProvider(b =>
            {
                b.EnvironmentName = "Production";
                b.UseEnvironment("SA_WIRING_NONE_").UseLocalFile().UseAws(server.CreateClient());
            });

            // What Program.cs does before builder.Build(): generated accessors read SecretProvider.Default.
            Assert.Equal("from-aws", (await SecretProvider.Default.GetAsync(DbPassword)).Reveal());
            Assert.Single(server.Requests);

            using var container = services.BuildServiceProvider();
            Assert.Same(SecretProvider.Default, container.GetRequiredService<ISecretProvider>());
            Assert.Same(SecretProvider.Default, container.GetRequiredService<SecretCache>());

            // Same instance, same cache: no second request.
            Assert.Equal("from-aws", (await container.GetRequiredService<ISecretProvider>().GetAsync(DbPassword)).Reveal());
            Assert.Single(server.Requests);
        }
        finally
        {
            SecretProvider.Default = previous;
        }
    }

    [Fact]
    public void SetAsDefaultFalseLeavesTheDefaultAlone()
    {
        var previous = SecretProvider.Default;
        var services = new ServiceCollection();
        services.AddSecretProvider(b =>
        {
            b.SetAsDefault = false;
            b.UseStore(new InMemorySecretStore());
        });

        Assert.Same(previous, SecretProvider.Default);
    }

    [Fact]
    public void ConfigurationSourceAddedBeforeTheProviderReadsThroughItWhenFirstNeeded()
    {
        var store = new InMemorySecretStore();
        store.Set(SecretSource.ParameterStore, "/wiring/smtp", "smtp-from-store");
        var previous = SecretProvider.Default;
        try
        {
            // WebApplicationBuilder's Configuration loads a source the moment it is added: before AddSecretProvider here.
            var configuration = new ConfigurationManager();
            configuration.AddSecrets(null, new Dictionary<string, SecretReference> { ["Smtp:Password"] = new(SecretSource.ParameterStore, "/wiring/smtp") });
            Assert.Equal(0, store.BatchCallCount);

            new ServiceCollection().AddSecretProvider(b => b.UseStore(store));

            Assert.Equal("smtp-from-store", configuration["Smtp:Password"]);
            Assert.Equal(1, store.BatchCallCount);
        }
        finally
        {
            SecretProvider.Default = previous;
        }
    }

    [Fact]
    public void ConfigurationSourceWithoutProviderFailsAtFirstLookupAndAgainUntilTheSecretExists()
    {
        var store = new InMemorySecretStore();
        var previous = SecretProvider.Default;
        try
        {
            new ServiceCollection().AddSecretProvider(b => b.UseStore(store));
            var configuration = new ConfigurationBuilder()
                .AddSecrets(null, new Dictionary<string, SecretReference> { ["Key"] = new(SecretSource.ParameterStore, "/wiring/missing") })
                .Build();

            var error = Assert.Throws<SecretNotFoundException>(() => configuration["Key"]);
            Assert.Contains("/wiring/missing", error.Message);

            store.Set(SecretSource.ParameterStore, "/wiring/missing", "now-there");
            Assert.Equal("now-there", configuration["Key"]);
        }
        finally
        {
            SecretProvider.Default = previous;
        }
    }

    [Fact]
    public async Task OutsideDevelopmentALocalOnlyProviderSaysAwsWasNotConfigured()
    {
        var previous = SecretProvider.Default;
        try
        {
            new ServiceCollection().AddSecretProvider(b =>
            {
                b.EnvironmentName = "Production";
                b.UseEnvironment("SA_WIRING_NONE_").UseLocalFile();
            });

            var error = await Assert.ThrowsAsync<SecretStoreNotConfiguredException>(async () => await SecretProvider.Default.GetAsync(DbPassword));
            Assert.Contains("not found locally", error.Message);
            Assert.Contains("SA_WIRING_NONE_WIRING_DB_PASSWORD", error.Message);
            Assert.Contains("secrets.local.json (not read in the Production environment", error.Message);
            Assert.Contains("AWS is not configured", error.Message);
            Assert.Contains("UseAws()", error.Message);

            // Preload too: an error, never "3 secrets were not found".
            var preload = await Assert.ThrowsAsync<SecretStoreNotConfiguredException>(async () =>
                await SecretProvider.Default.PreloadAsync(new[] { DbPassword, new SecretReference(SecretSource.ParameterStore, "/wiring/other") }));
            Assert.Contains("AWS is not configured", preload.Message);
            Assert.Contains("1 more", preload.Message);
        }
        finally
        {
            SecretProvider.Default = previous;
        }
    }

    [Fact]
    public async Task InDevelopmentALocalOnlyProviderReportsNotFoundWithEveryPlaceAndTheFix()
    {
        var previous = SecretProvider.Default;
        var root = NewDirectory();
        try
        {
            new ServiceCollection().AddSecretProvider(b =>
            {
                b.EnvironmentName = "Development";
                b.ContentRoot = root;
                b.UseEnvironment("SA_WIRING_NONE_").UseLocalFile();
            });

            var error = await Assert.ThrowsAsync<SecretNotFoundException>(async () => await SecretProvider.Default.GetAsync(DbPassword));
            Assert.Contains("environment variable SA_WIRING_NONE_WIRING_DB_PASSWORD", error.Message);
            Assert.Contains(Path.Combine(root, "secrets.local.json") + " (does not exist)", error.Message);
            Assert.Contains("AWS (not configured: nothing called UseAws())", error.Message);
            Assert.Contains("To fix:", error.Message);
            Assert.Contains("set SA_WIRING_NONE_WIRING_DB_PASSWORD", error.Message);
        }
        finally
        {
            SecretProvider.Default = previous;
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task WithoutTheAwsPackageAMissingSecretStaysNotFoundOutsideDevelopment()
    {
        var chain = new ChainSecretStore(new EnvironmentSecretStore("SA_WIRING_NONE_"), new AwsNotConfiguredStore("Production", awsPackageReferenced: false));

        var error = await Assert.ThrowsAsync<SecretNotFoundException>(async () => await chain.GetAsync(DbPassword));
        Assert.Contains("SecretAnalyzers.Runtime.Aws is not referenced", error.Message);
        Assert.Empty(await chain.GetManyAsync(new[] { DbPassword }));
    }

    [Fact]
    public void TheLocalFileIsReadFromTheContentRootInDevelopmentOnlyUnlessOptedIn()
    {
        var previous = SecretProvider.Default;
        var root = NewDirectory();
        File.WriteAllText(Path.Combine(root, "secrets.local.json"), "{ \"wiring/db-password\": \"from-local-file\" }");
        var aws = new InMemorySecretStore();
        aws.Set(SecretSource.SecretsManager, DbPassword.Id, "from-aws");
        try
        {
            string Read(string environment, bool optIn)
            {
                var services = new ServiceCollection();
                services.AddSecretProvider(b =>
                {
                    b.EnvironmentName = environment;
                    b.ContentRoot = root;
                    b.UseLocalFile(allowOutsideDevelopment: optIn).UseStore(aws);
                });
                return SecretProvider.Default.GetAsync(DbPassword).AsTask().GetAwaiter().GetResult().Reveal();
            }

            Assert.Equal("from-local-file", Read("Development", optIn: false));
            Assert.Equal("from-aws", Read("Production", optIn: false));
            Assert.Equal("from-aws", Read("Staging", optIn: false));
            Assert.Equal("from-local-file", Read("Production", optIn: true));
            Assert.Equal(Path.Combine(root, "secrets.local.json"), LocalFileSecretStore.FindDefaultPath(root));
        }
        finally
        {
            SecretProvider.Default = previous;
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task AStoreThatNeedsTheContainerSaysSoWhenReadBeforeIt()
    {
        var previous = SecretProvider.Default;
        try
        {
            var store = new InMemorySecretStore();
            store.Set(SecretSource.SecretsManager, DbPassword.Id, "from-container-store");
            var services = new ServiceCollection();
            services.AddSingleton(store);
            services.AddSecretProvider(b => b.UseStore(sp => sp.GetRequiredService<InMemorySecretStore>()));

            var early = await Assert.ThrowsAsync<SecretStoreNotConfiguredException>(async () => await SecretProvider.Default.GetAsync(DbPassword));
            Assert.Contains("before builder.Build()", early.Message);

            using var container = services.BuildServiceProvider();
            var provider = container.GetRequiredService<ISecretProvider>();
            Assert.Equal("from-container-store", (await provider.GetAsync(DbPassword)).Reveal());
        }
        finally
        {
            SecretProvider.Default = previous;
        }
    }

    [Fact]
    public void TheDefaultProviderReadsTheLocalFileOnlyInDevelopment()
    {
        var production = (ChainSecretStore)SecretProviderBuilder.CreateLocalDefaultStore("Production", contentRoot: null);
        var development = (ChainSecretStore)SecretProviderBuilder.CreateLocalDefaultStore("Development", contentRoot: null);

        Assert.IsType<SkippedLocalFileStore>(production.Stores[1]);
        Assert.IsType<LocalFileSecretStore>(development.Stores[1]);
        Assert.IsType<AwsNotConfiguredStore>(production.Stores[2]);
        Assert.True(((AwsNotConfiguredStore)production.Stores[2]).IsStrict);
        Assert.False(((AwsNotConfiguredStore)development.Stores[2]).IsStrict);
    }

    private static string NewDirectory()
    {
        var path = Path.Combine(Path.GetTempPath(), "sa-wiring-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }
}
