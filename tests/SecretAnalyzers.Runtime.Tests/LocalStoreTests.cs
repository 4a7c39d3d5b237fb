using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;

namespace SecretAnalyzers.Runtime.Tests;

[Collection(DefaultProviderCollection.Name)]
public class LocalStoreTests
{
    [Theory]
    [InlineData("prod/db-password", null, "PROD_DB_PASSWORD")]
    [InlineData("/myapp/prod/api.key", null, "MYAPP_PROD_API_KEY")]
    [InlineData("MyApp//Stripe--Key/", null, "MYAPP_STRIPE_KEY")]
    [InlineData("prod/db", "SECRETS_", "SECRETS_PROD_DB")]
    [InlineData("arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf", null, "ARN_AWS_SECRETSMANAGER_US_EAST_1_123456789012_SECRET_PROD_DB_ABCDEF")]
    public void EnvironmentVariableNamesFollowTheDocumentedRule(string id, string? prefix, string expected)
    {
        Assert.Equal(expected, EnvironmentSecretStore.ToVariableName(id, prefix));
    }

    [Fact]
    public async Task EnvironmentStoreReadsMappedVariablesAndVersionedOnes()
    {
        var variables = new Dictionary<string, string>
        {
            ["PROD_DB_PASSWORD"] = "current",
            ["PROD_DB_PASSWORD__AWSPREVIOUS"] = "previous",
        };
        var store = new EnvironmentSecretStore(null, name => variables.TryGetValue(name, out var v) ? v : null);
        var reference = new SecretReference(SecretSource.SecretsManager, "prod/db-password");

        Assert.Equal("current", (await store.GetAsync(reference)).Reveal());
        Assert.Equal("previous", (await store.GetAsync(new SecretReference(SecretSource.SecretsManager, "prod/db-password") { VersionStage = "AWSPREVIOUS" })).Reveal());
        var error = await Assert.ThrowsAsync<SecretNotFoundException>(async () => await store.GetAsync(new SecretReference(SecretSource.ParameterStore, "/x/y")));
        Assert.Contains("X_Y", error.Message);
    }

    [Fact]
    public async Task LocalFileReadsStringsAndJsonObjectsAndPicksUpChanges()
    {
        var path = Path.Combine(Path.GetTempPath(), "secrets-" + Guid.NewGuid().ToString("N") + ".json");
        try
        {
            var store = new LocalFileSecretStore(path);
            var password = new SecretReference(SecretSource.SecretsManager, "prod/db-password");
            var credentials = new SecretReference(SecretSource.SecretsManager, "prod/db");

            var missingFile = await Assert.ThrowsAsync<SecretNotFoundException>(async () => await store.GetAsync(password));
            Assert.Contains("does not exist", missingFile.Message);

            File.WriteAllText(path, """
                {
                  // comments are allowed
                  "prod/db-password": "one",
                  "prod/db": { "username": "app", "password": "two" },
                  "prod/db-password@AWSPREVIOUS": "zero",
                }
                """);
            Assert.Equal("one", (await store.GetAsync(password)).Reveal());
            Assert.Equal("two", SecretJson.Parse(credentials, await store.GetAsync(credentials)).GetString("password"));
            Assert.Equal("zero", (await store.GetAsync(new SecretReference(SecretSource.SecretsManager, "prod/db-password") { VersionStage = "AWSPREVIOUS" })).Reveal());

            File.WriteAllText(path, "{ \"prod/db-password\": \"changed-value\" }");
            File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddSeconds(5));
            Assert.Equal("changed-value", (await store.GetAsync(password)).Reveal());
            var noEntry = await Assert.ThrowsAsync<SecretNotFoundException>(async () => await store.GetAsync(credentials));
            Assert.Contains("no entry 'prod/db'", noEntry.Message);

            File.WriteAllText(path, "{ \"prod/db-password\": s3cr3t }");
            File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddSeconds(10));
            var broken = await Assert.ThrowsAsync<SecretStoreUnavailableException>(async () => await store.GetAsync(password));
            Assert.DoesNotContain("s3cr3t", broken.ToString());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task ChainReturnsTheFirstStoreThatHasTheSecret()
    {
        var local = new InMemorySecretStore();
        var remote = new InMemorySecretStore();
        local.Set(SecretSource.SecretsManager, "a", "local-a");
        remote.Set(SecretSource.SecretsManager, "a", "remote-a");
        remote.Set(SecretSource.SecretsManager, "b", "remote-b");
        var chain = new ChainSecretStore(local, remote);

        Assert.Equal("local-a", (await chain.GetAsync(new SecretReference(SecretSource.SecretsManager, "a"))).Reveal());
        Assert.Equal("remote-b", (await chain.GetAsync(new SecretReference(SecretSource.SecretsManager, "b"))).Reveal());
        var many = await chain.GetManyAsync(new[]
        {
            new SecretReference(SecretSource.SecretsManager, "a"),
            new SecretReference(SecretSource.SecretsManager, "b"),
            new SecretReference(SecretSource.SecretsManager, "c"),
        });
        Assert.Equal(2, many.Count);
        Assert.Equal("local-a", many[new SecretReference(SecretSource.SecretsManager, "a")].Reveal());
        var missing = await Assert.ThrowsAsync<SecretNotFoundException>(async () => await chain.GetAsync(new SecretReference(SecretSource.SecretsManager, "c")));
        Assert.Contains("looked in", missing.Message);
    }

    [Fact]
    public async Task ChainPropagatesErrorsOtherThanNotFound()
    {
        var local = new InMemorySecretStore();
        var remote = new InMemorySecretStore();
        remote.Set(SecretSource.SecretsManager, "a", "remote-a");
        local.FailWith(new SecretAccessDeniedException(new SecretReference(SecretSource.SecretsManager, "a")));
        var chain = new ChainSecretStore(local, remote);

        await Assert.ThrowsAsync<SecretAccessDeniedException>(async () => await chain.GetAsync(new SecretReference(SecretSource.SecretsManager, "a")));
    }

    [Fact]
    public async Task DefaultProviderReadsTheEnvironmentAndCanBeReplaced()
    {
        var previous = SecretProvider.Default;
        try
        {
            var variable = "SA_TEST_" + Guid.NewGuid().ToString("N").ToUpperInvariant();
            Environment.SetEnvironmentVariable(variable, "from-env");
            SecretProvider.Default = null!;
            Assert.Equal("from-env", (await SecretProvider.Default.GetAsync(new SecretReference(SecretSource.SecretsManager, variable.ToLowerInvariant()))).Reveal());

            var store = new InMemorySecretStore();
            store.Set(SecretSource.SecretsManager, "x", "from-memory");
            SecretProvider.Default = new SecretCache(store);
            Assert.Equal("from-memory", (await SecretProvider.Default.GetAsync(new SecretReference(SecretSource.SecretsManager, "x"))).Reveal());
            Environment.SetEnvironmentVariable(variable, null);
        }
        finally
        {
            SecretProvider.Default = previous;
        }
    }

    [Fact]
    public void ReferencesDescribeThemselvesWithoutValuesAndCompareByIdentity()
    {
        var a = new SecretReference(SecretSource.SecretsManager, "prod/db") { JsonKey = "password", VersionStage = "AWSPENDING" };
        var b = new SecretReference(SecretSource.SecretsManager, "prod/db").WithJsonKey("password");

        Assert.Equal("secretsmanager:prod/db#password@AWSPENDING", a.ToString());
        Assert.NotEqual(a, b);
        Assert.Equal(b, new SecretReference(SecretSource.SecretsManager, "prod/db") { JsonKey = "password" });
        Assert.Equal(b.GetHashCode(), new SecretReference(SecretSource.SecretsManager, "prod/db") { JsonKey = "password" }.GetHashCode());
        Assert.Same(a.WithoutJsonKey(), a.WithoutJsonKey());
        Assert.Null(a.WithoutJsonKey().JsonKey);
        Assert.Equal("AWSPENDING", a.WithoutJsonKey().VersionStage);
    }
}
