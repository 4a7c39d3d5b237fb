using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Amazon.SimpleSystemsManagement;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using SecretAnalyzers.Runtime.Aws;
using SecretAnalyzers.Runtime.Tests.Aws;

namespace SecretAnalyzers.Runtime.Tests;

[Collection(DefaultProviderCollection.Name)]
public class IntegrationTests
{
    [Fact]
    public async Task AddSecretProviderChainsStoresInOrderWithOptionsTimeAndLogging()
    {
        using var server = new FakeSsmServer();
        server.PutSecret("prod/db", "{\"password\":\"from-aws\"}", "v1");
        server.PutParameter("/app/key", "param-from-aws");
        var local = new InMemorySecretStore();
        local.Set(SecretSource.SecretsManager, "prod/override", "from-local");
        var logger = new CapturingLogger();
        var time = new FakeTimeProvider();
        var previous = SecretProvider.Default;
        try
        {
            var services = new ServiceCollection();
            services.AddSingleton<IAmazonSimpleSystemsManagement>(server.CreateClient());
            services.AddSingleton<ILoggerFactory>(logger);
            services.AddSecretProvider(
                b =>
                {
                    // The provider is built at once, before any container: its clock comes from the builder.
                    b.TimeProvider = time;
                    b.UseStore(local).UseParameterStore().UseSecretsManagerViaParameterStore();
                },
                o => o.DefaultTtl = TimeSpan.FromMinutes(1));
            using var container = services.BuildServiceProvider();

            var provider = container.GetRequiredService<ISecretProvider>();

            Assert.Same(provider, container.GetRequiredService<SecretCache>());
            Assert.Same(provider, SecretProvider.Default);
            Assert.Equal("from-local", (await provider.GetAsync(new SecretReference(SecretSource.SecretsManager, "prod/override"))).Reveal());
            Assert.Equal("from-aws", (await provider.GetAsync(new SecretReference(SecretSource.SecretsManager, "prod/db") { JsonKey = "password" })).Reveal());
            Assert.Equal("param-from-aws", (await provider.GetAsync(new SecretReference(SecretSource.ParameterStore, "/app/key"))).Reveal());
            Assert.Equal(2, server.Requests.Count);

            time.Advance(TimeSpan.FromMinutes(2));
            await provider.GetAsync(new SecretReference(SecretSource.ParameterStore, "/app/key"));
            Assert.Equal(3, server.Requests.Count);
            Assert.Contains(logger.Lines, l => l.Contains("SecretFetched", StringComparison.Ordinal));
            Assert.DoesNotContain("from-aws", logger.AllText);
        }
        finally
        {
            SecretProvider.Default = previous;
        }
    }

    [Fact]
    public async Task UseAwsSharesOneClientAndSetAsDefaultCanBeTurnedOff()
    {
        using var server = new FakeSsmServer();
        server.PutSecret("s", "secret-value", "v1");
        server.PutParameter("/p", "parameter-value");
        var previous = SecretProvider.Default;
        var services = new ServiceCollection();
        services.AddSecretProvider(b =>
        {
            b.SetAsDefault = false;
            b.UseAws(server.CreateClient());
        });
        using var container = services.BuildServiceProvider();
        var provider = container.GetRequiredService<ISecretProvider>();

        Assert.Equal("secret-value", (await provider.GetAsync(new SecretReference(SecretSource.SecretsManager, "s"))).Reveal());
        Assert.Equal("parameter-value", (await provider.GetAsync(new SecretReference(SecretSource.ParameterStore, "/p"))).Reveal());
        Assert.Same(previous, SecretProvider.Default);
    }

    [Fact]
    public async Task AddSecretProviderWithoutStoresUsesTheLocalDefaultChain()
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "secrets-" + Guid.NewGuid().ToString("N") + ".json");
        System.IO.File.WriteAllText(path, "{\"prod/db\": {\"password\": \"from-file\"}}");
        var previous = SecretProvider.Default;
        try
        {
            var services = new ServiceCollection();
            services.AddSecretProvider(b =>
            {
                b.EnvironmentName = "Development";
                b.UseEnvironment("SA_TEST_NONE_").UseLocalFile(path);
            });
            using var container = services.BuildServiceProvider();

            var value = await container.GetRequiredService<ISecretProvider>().GetAsync(new SecretReference(SecretSource.SecretsManager, "prod/db") { JsonKey = "password" });

            Assert.Equal("from-file", value.Reveal());
            var missing = await Assert.ThrowsAsync<SecretNotFoundException>(async () =>
                await container.GetRequiredService<ISecretProvider>().GetAsync(new SecretReference(SecretSource.SecretsManager, "prod/other")));
            Assert.Contains("SA_TEST_NONE_PROD_OTHER", missing.Message);
            Assert.Contains(path, missing.Message);
        }
        finally
        {
            SecretProvider.Default = previous;
            System.IO.File.Delete(path);
        }
    }

    [Fact]
    public void SecretsBecomeConfigurationKeysWithOneBatchedRead()
    {
        var store = new InMemorySecretStore();
        store.Set(SecretSource.SecretsManager, "prod/db", "{\"username\":\"app\",\"password\":\"pw\"}");
        store.Set(SecretSource.ParameterStore, "/app/smtp", "smtp-pw");
        using var cache = new SecretCache(store);

        var configuration = new ConfigurationBuilder()
            .AddSecrets(cache, new Dictionary<string, SecretReference>
            {
                ["Database:User"] = new(SecretSource.SecretsManager, "prod/db") { JsonKey = "username" },
                ["Database:Password"] = new(SecretSource.SecretsManager, "prod/db") { JsonKey = "password" },
                ["Smtp:Password"] = new(SecretSource.ParameterStore, "/app/smtp"),
            })
            .Build();

        Assert.Equal("app", configuration["Database:User"]);
        Assert.Equal("pw", configuration["Database:Password"]);
        Assert.Equal("smtp-pw", configuration["Smtp:Password"]);
        Assert.Equal(1, store.BatchCallCount);
        Assert.Equal(0, store.GetCallCount);
    }

    [Fact]
    public async Task ConfigurationReloadsWhenASecretChanges()
    {
        var store = new InMemorySecretStore();
        store.Set(SecretSource.ParameterStore, "/app/key", "one");
        using var cache = new SecretCache(store, new SecretCacheOptions { DefaultTtl = TimeSpan.Zero });
        var configuration = new ConfigurationBuilder()
            .AddSecrets(cache, new Dictionary<string, SecretReference> { ["Key"] = new(SecretSource.ParameterStore, "/app/key") }, reloadInterval: TimeSpan.FromMilliseconds(50))
            .Build();
        var reloaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Microsoft.Extensions.Primitives.ChangeToken.OnChange(configuration.GetReloadToken, () => reloaded.TrySetResult());
        Assert.Equal("one", configuration["Key"]);

        store.Set(SecretSource.ParameterStore, "/app/key", "two");
        await reloaded.Task.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal("two", configuration["Key"]);
        (configuration as IDisposable)?.Dispose();
    }

    [Fact]
    public void DisposingTheContainerResetsTheDefaultProvider()
    {
        var previous = SecretProvider.Default;
        try
        {
            var services = new ServiceCollection();
            services.AddSecretProvider(b => b.UseStore(new InMemorySecretStore()));
            ISecretProvider resolved;
            using (var container = services.BuildServiceProvider())
            {
                resolved = container.GetRequiredService<ISecretProvider>();
                Assert.Same(resolved, SecretProvider.Default);
            }

            Assert.NotSame(resolved, SecretProvider.Default);
        }
        finally
        {
            SecretProvider.Default = previous;
        }
    }

    [Fact]
    public void MissingSecretFailsConfigurationUnlessOptional()
    {
        using var cache = new SecretCache(new InMemorySecretStore());
        var map = new Dictionary<string, SecretReference> { ["A"] = new(SecretSource.SecretsManager, "missing") };

        Assert.Throws<SecretNotFoundException>(() => new ConfigurationBuilder().AddSecrets(cache, map).Build());
        Assert.Null(new ConfigurationBuilder().AddSecrets(cache, map, optional: true).Build()["A"]);
    }

    [Fact]
    public void ParameterStorePathBecomesConfiguration()
    {
        using var server = new FakeSsmServer();
        server.PutParameter("/myapp/prod/ConnectionStrings/Default", "Host=db;Password=pw");
        server.PutParameter("/myapp/prod/Smtp/Password", "smtp");
        for (var i = 0; i < 15; i++)
        {
            server.PutParameter("/myapp/prod/Feature/Flag" + i, "on");
        }

        server.PutParameter("/myapp/test/Smtp/Password", "other");

        var configuration = new ConfigurationBuilder().AddParameterStore("/myapp/prod", server.CreateClient()).Build();

        Assert.Equal("Host=db;Password=pw", configuration["ConnectionStrings:Default"]);
        Assert.Equal("smtp", configuration.GetSection("Smtp")["Password"]);
        Assert.Equal(15, configuration.GetSection("Feature").GetChildren().Count());
        Assert.Equal(2, server.CountOf("GetParametersByPath"));
        Assert.Equal("A:B", ParameterStoreConfigurationProvider.ToConfigurationKey("/x/", "/x/A/B"));
    }

    [Fact]
    public void ParameterStoreConfigurationFailureIsTypedOrIgnoredWhenOptional()
    {
        using var server = new FakeSsmServer();
        server.Intercept = (_, _) => FakeSsmServer.Error(400, "AccessDeniedException", "not authorized");

        Assert.ThrowsAny<SecretException>(() => new ConfigurationBuilder().AddParameterStore("/myapp", server.CreateClient()).Build());
        var empty = new ConfigurationBuilder().AddParameterStore("/myapp", server.CreateClient(), s => s.Optional = true).Build();
        Assert.Empty(empty.AsEnumerable());
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DefaultProviderCollection
{
    public const string Name = "SecretProvider.Default";
}
