using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;

namespace SecretAnalyzers.Runtime.Tests.Aws;

public class ParameterStoreTests
{
    private static SecretReference Parameter(string name) => new(SecretSource.ParameterStore, name);

    [Fact]
    public async Task GetParameterDecryptsAndReportsTheVersion()
    {
        using var context = new AwsTestContext();
        context.Server.PutParameter("/app/prod/db-password", "pw-1");
        context.Server.PutParameter("/app/prod/db-password", "pw-2", "blue");

        var value = await context.ParameterStore.GetAsync(Parameter("/app/prod/db-password"));

        Assert.Equal("pw-2", value.Reveal());
        Assert.Equal("2", value.VersionId);
        var body = JsonNode.Parse(context.Server.Requests.Single().Body)!;
        Assert.Equal("/app/prod/db-password", (string?)body["Name"]);
        Assert.True((bool?)body["WithDecryption"]);
        Assert.Empty(context.Server.SignatureProblems);
    }

    [Fact]
    public async Task VersionNumberAndLabelBecomeSelectors()
    {
        using var context = new AwsTestContext();
        context.Server.PutParameter("/app/key", "old");
        context.Server.PutParameter("/app/key", "new", "prod");

        var byVersion = await context.ParameterStore.GetAsync(new SecretReference(SecretSource.ParameterStore, "/app/key") { VersionId = "1" });
        var byLabel = await context.ParameterStore.GetAsync(new SecretReference(SecretSource.ParameterStore, "/app/key") { VersionStage = "prod" });

        Assert.Equal("old", byVersion.Reveal());
        Assert.Equal("new", byLabel.Reveal());
        Assert.Equal(new[] { "/app/key:1", "/app/key:prod" }, context.Server.Requests.Select(r => (string?)JsonNode.Parse(r.Body)!["Name"]));
    }

    [Fact]
    public async Task MissingParameterAndVersionAreNotFoundNamingTheId()
    {
        using var context = new AwsTestContext();
        context.Server.PutParameter("/app/key", "s3cr3t-value");

        var missing = await Assert.ThrowsAsync<SecretNotFoundException>(async () => await context.ParameterStore.GetAsync(Parameter("/app/missing")));
        var missingVersion = await Assert.ThrowsAsync<SecretNotFoundException>(async () =>
            await context.ParameterStore.GetAsync(new SecretReference(SecretSource.ParameterStore, "/app/key") { VersionId = "9" }));

        Assert.Contains("/app/missing", missing.Message);
        Assert.Contains("ParameterNotFound", missing.Message);
        Assert.Contains("ParameterVersionNotFound", missingVersion.Message);
        Assert.Equal(2, context.Server.CountOf("GetParameter"));
    }

    [Fact]
    public async Task AccessDeniedAndKmsFailuresAreAccessDenied()
    {
        using var context = new AwsTestContext();
        context.Server.Intercept = (_, body) => (string?)body["Name"] == "/app/kms"
            ? FakeSsmServer.Error(400, "InvalidKeyId", "The KMS key is disabled.")
            : FakeSsmServer.Error(400, "AccessDeniedException", "User: arn:aws:iam::123456789012:user/x is not authorized to perform: ssm:GetParameter");

        var denied = await Assert.ThrowsAsync<SecretAccessDeniedException>(async () => await context.ParameterStore.GetAsync(Parameter("/app/key")));
        await Assert.ThrowsAsync<SecretAccessDeniedException>(async () => await context.ParameterStore.GetAsync(Parameter("/app/kms")));

        Assert.Contains("/app/key", denied.Message);
        Assert.Equal(2, context.Server.Requests.Count);
    }

    [Fact]
    public async Task ThrottlingIsRetriedWithBackoffUntilSuccess()
    {
        using var context = new AwsTestContext();
        context.Server.PutParameter("/app/key", "value");
        var throttled = 0;
        context.Server.Intercept = (_, _) => Interlocked.Increment(ref throttled) <= 2 ? FakeSsmServer.Error(400, "ThrottlingException", "Rate exceeded") : null;

        var value = await context.ParameterStore.GetAsync(Parameter("/app/key"));

        Assert.Equal("value", value.Reveal());
        Assert.Equal(3, context.Server.CountOf("GetParameter"));
    }

    [Fact]
    public async Task PersistentThrottlingGivesUpAfterTheConfiguredAttempts()
    {
        using var context = new AwsTestContext(maxAttempts: 3);
        context.Server.Intercept = (_, _) => FakeSsmServer.Error(400, "ThrottlingException", "Rate exceeded");

        var error = await Assert.ThrowsAsync<SecretStoreThrottledException>(async () => await context.ParameterStore.GetAsync(Parameter("/app/key")));

        Assert.Equal(3, error.Attempts);
        Assert.Contains("/app/key", error.Message);
        Assert.Equal(3, context.Server.CountOf("GetParameter"));
    }

    [Fact]
    public async Task BackoffIsCancellable()
    {
        using var context = new AwsTestContext();
        context.Options.Retry.BaseDelay = TimeSpan.FromMinutes(5);
        context.Options.Retry.MaxDelay = TimeSpan.FromMinutes(5);
        context.Server.Intercept = (_, _) => FakeSsmServer.Error(400, "ThrottlingException", "Rate exceeded");
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await context.ParameterStore.GetAsync(Parameter("/app/key"), cancel.Token));
        Assert.True(context.Server.CountOf("GetParameter") <= 1);
    }

    [Fact]
    public async Task ServerErrorsAndTimeoutsAreUnavailable()
    {
        using var context = new AwsTestContext();
        context.Server.Intercept = (_, _) => FakeSsmServer.Error(503, "ServiceUnavailable", "Service is unavailable");

        var unavailable = await Assert.ThrowsAsync<SecretStoreUnavailableException>(async () => await context.ParameterStore.GetAsync(Parameter("/app/key")));
        Assert.Contains("503", unavailable.Message);

        context.Server.Intercept = null;
        using var impatient = context.Server.CreateClient(timeout: TimeSpan.FromMilliseconds(200));
        context.Server.Gate = Task.Delay(TimeSpan.FromSeconds(3));
        var store = new SecretAnalyzers.Runtime.Aws.ParameterStoreSecretStore(impatient);
        var timedOut = await Assert.ThrowsAsync<SecretStoreUnavailableException>(async () => await store.GetAsync(Parameter("/app/key")));
        Assert.Contains("/app/key", timedOut.Message);
    }

    [Fact]
    public async Task UnreachableEndpointIsUnavailable()
    {
        int port;
        using (var server = new FakeSsmServer())
        {
            port = new Uri(server.Url).Port;
        }

        using var client = new Amazon.SimpleSystemsManagement.AmazonSimpleSystemsManagementClient(
            new Amazon.Runtime.BasicAWSCredentials(FakeSsmServer.AccessKey, "x"),
            new Amazon.SimpleSystemsManagement.AmazonSimpleSystemsManagementConfig { ServiceURL = "http://127.0.0.1:" + port + "/", AuthenticationRegion = "us-east-1", MaxErrorRetry = 0 });
        var store = new SecretAnalyzers.Runtime.Aws.ParameterStoreSecretStore(client);

        await Assert.ThrowsAsync<SecretStoreUnavailableException>(async () => await store.GetAsync(Parameter("/app/key")));
    }

    [Fact]
    public async Task HundredSecretsAreReadInTenBatchesOfTen()
    {
        using var context = new AwsTestContext();
        var references = new List<SecretReference>();
        for (var i = 0; i < 100; i++)
        {
            var name = "/app/bulk/" + i.ToString("000");
            if (i % 30 != 7)
            {
                context.Server.PutParameter(name, "value-" + i);
            }

            references.Add(Parameter(name));
        }

        var found = await context.ParameterStore.GetManyAsync(references);

        Assert.Equal(10, context.Server.CountOf("GetParameters"));
        Assert.All(context.Server.Requests, r => Assert.Equal(10, JsonNode.Parse(r.Body)!["Names"]!.AsArray().Count));
        Assert.Equal(96, found.Count);
        Assert.Equal("value-8", found[Parameter("/app/bulk/008")].Reveal());
        Assert.False(found.ContainsKey(Parameter("/app/bulk/007")));
    }

    [Fact]
    public async Task BatchesKeepSelectorsApart()
    {
        using var context = new AwsTestContext();
        context.Server.PutParameter("/app/key", "old");
        context.Server.PutParameter("/app/key", "new");
        var current = Parameter("/app/key");
        var first = new SecretReference(SecretSource.ParameterStore, "/app/key") { VersionId = "1" };

        var found = await context.ParameterStore.GetManyAsync(new[] { current, first });

        Assert.Equal("new", found[current].Reveal());
        Assert.Equal("old", found[first].Reveal());
        Assert.Equal(1, context.Server.CountOf("GetParameters"));
    }

    [Fact]
    public async Task GetByPathFollowsPagesAndHonoursRecursive()
    {
        using var context = new AwsTestContext();
        for (var i = 0; i < 23; i++)
        {
            context.Server.PutParameter("/app/prod/key" + i.ToString("00"), "v" + i);
        }

        context.Server.PutParameter("/app/prod/db/password", "nested");
        context.Server.PutParameter("/app/test/key", "elsewhere");

        var all = await context.ParameterStore.GetByPathAsync("/app/prod");
        var calls = context.Server.CountOf("GetParametersByPath");
        var direct = await context.ParameterStore.GetByPathAsync("/app/prod/", recursive: false);

        Assert.Equal(24, all.Count);
        Assert.Equal(3, calls);
        Assert.Equal("nested", all["/app/prod/db/password"].Reveal());
        Assert.Equal(23, direct.Count);
        Assert.DoesNotContain("/app/test/key", all.Keys);
        var firstPage = JsonNode.Parse(context.Server.Requests.First().Body)!;
        Assert.True((bool?)firstPage["Recursive"]);
        Assert.True((bool?)firstPage["WithDecryption"]);
        Assert.NotNull((string?)JsonNode.Parse(context.Server.Requests.ElementAt(1).Body)!["NextToken"]);
    }

    [Fact]
    public async Task WrongSourceIsRejected()
    {
        using var context = new AwsTestContext();
        Assert.False(context.ParameterStore.CanRead(SecretSource.SecretsManager));
        await Assert.ThrowsAsync<ArgumentException>(async () => await context.ParameterStore.GetAsync(new SecretReference(SecretSource.SecretsManager, "x")));
    }
}
