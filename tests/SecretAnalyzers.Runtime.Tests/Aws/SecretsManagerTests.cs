using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Amazon.Runtime;
using SecretAnalyzers.Runtime.Aws;

namespace SecretAnalyzers.Runtime.Tests.Aws;

public class SecretsManagerTests
{
    private static readonly SecretReference Db = new(SecretSource.SecretsManager, "prod/db");

    [Fact]
    public async Task ReadsThroughTheReferencePathWithDecryption()
    {
        using var context = new AwsTestContext();
        context.Server.PutSecret("prod/db", "{\"username\":\"app\",\"password\":\"pw-1\"}", "11111111-aaaa");

        var value = await context.SecretsManager.GetAsync(Db);

        Assert.Equal("11111111-aaaa", value.VersionId);
        var body = JsonNode.Parse(context.Server.Requests.Single().Body)!;
        Assert.Equal("/aws/reference/secretsmanager/prod/db", (string?)body["Name"]);
        Assert.True((bool?)body["WithDecryption"]);
        Assert.Empty(context.Server.SignatureProblems);
    }

    [Fact]
    public async Task JsonKeysAreExtractedByTheCache()
    {
        using var context = new AwsTestContext();
        context.Server.PutSecret("prod/db", "{\"username\":\"app\",\"password\":\"pw-1\",\"port\":5432}", "v1");
        using var cache = context.CreateCache();

        Assert.Equal("pw-1", (await cache.GetAsync(Db.WithJsonKey("password"))).Reveal());
        Assert.Equal("app", (await cache.GetAsync(Db.WithJsonKey("username"))).Reveal());
        Assert.Equal(5432, SecretJson.Parse(Db, await cache.GetAsync(Db)).GetInt32("port"));
        Assert.Single(context.Server.Requests);
    }

    [Fact]
    public async Task VersionIdAndStagesSelectVersions()
    {
        using var context = new AwsTestContext();
        context.Server.PutSecret("prod/db", "pw-1", "version-1");
        context.Server.PutSecret("prod/db", "pw-2", "version-2");
        context.Server.PutPendingSecret("prod/db", "pw-3", "version-3");

        var current = await context.SecretsManager.GetAsync(Db);
        var previous = await context.SecretsManager.GetAsync(new SecretReference(SecretSource.SecretsManager, "prod/db") { VersionStage = "AWSPREVIOUS" });
        var pending = await context.SecretsManager.GetAsync(new SecretReference(SecretSource.SecretsManager, "prod/db") { VersionStage = "AWSPENDING" });
        var exact = await context.SecretsManager.GetAsync(new SecretReference(SecretSource.SecretsManager, "prod/db") { VersionId = "version-1" });

        Assert.Equal(("pw-2", "version-2"), (current.Reveal(), current.VersionId));
        Assert.Equal(("pw-1", "version-1"), (previous.Reveal(), previous.VersionId));
        Assert.Equal(("pw-3", "version-3"), (pending.Reveal(), pending.VersionId));
        Assert.Equal("pw-1", exact.Reveal());
        Assert.Equal(
            new[] { "/aws/reference/secretsmanager/prod/db", "/aws/reference/secretsmanager/prod/db:AWSPREVIOUS", "/aws/reference/secretsmanager/prod/db:AWSPENDING", "/aws/reference/secretsmanager/prod/db:version-1" },
            context.Server.Requests.Select(r => (string?)JsonNode.Parse(r.Body)!["Name"]));
    }

    [Fact]
    public async Task MissingSecretIsNotFound()
    {
        using var context = new AwsTestContext();
        var error = await Assert.ThrowsAsync<SecretNotFoundException>(async () => await context.SecretsManager.GetAsync(Db));
        Assert.Contains("secretsmanager:prod/db", error.Message);
    }

    [Fact]
    public async Task PreloadOfHundredSecretsTakesTenCalls()
    {
        using var context = new AwsTestContext();
        var references = Enumerable.Range(0, 100).Select(i => new SecretReference(SecretSource.SecretsManager, "bulk/" + i)).ToList();
        foreach (var reference in references)
        {
            context.Server.PutSecret(reference.Id, "value-" + reference.Id, "v1");
        }

        using var cache = context.CreateCache();
        await cache.PreloadAsync(references);
        foreach (var reference in references)
        {
            Assert.Equal("value-" + reference.Id, (await cache.GetAsync(reference)).Reveal());
        }

        Assert.Equal(10, context.Server.Requests.Count);
        Assert.Equal(10, context.Server.CountOf("GetParameters"));
    }

    [Fact]
    public async Task ThousandConcurrentColdCallersMakeOneBackendCall()
    {
        using var context = new AwsTestContext();
        context.Server.PutSecret("prod/db", "pw-1", "v1");
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        context.Server.Gate = gate.Task;
        using var cache = context.CreateCache();

        var callers = Enumerable.Range(0, 1000).Select(_ => Task.Run(async () => await cache.GetAsync(Db))).ToArray();
        await SecretCacheTests.WaitUntilAsync(() => context.Server.Requests.Count > 0);
        await Task.Delay(50);
        gate.SetResult();
        var values = await Task.WhenAll(callers);

        Assert.All(values, v => Assert.Equal("pw-1", v.Reveal()));
        Assert.Single(context.Server.Requests);
    }

    [Fact]
    public async Task RotationIsSeenAfterTtlOrRefresh()
    {
        using var context = new AwsTestContext();
        context.Server.PutSecret("prod/db", "{\"password\":\"pw-1\"}", "v1");
        using var cache = context.CreateCache();
        var password = Db.WithJsonKey("password");
        Assert.Equal("pw-1", (await cache.GetAsync(password)).Reveal());

        context.Server.PutSecret("prod/db", "{\"password\":\"pw-2\"}", "v2");
        Assert.Equal("pw-1", (await cache.GetAsync(password)).Reveal());
        context.Time.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal("pw-2", (await cache.GetAsync(password)).Reveal());

        context.Server.PutSecret("prod/db", "{\"password\":\"pw-3\"}", "v3");
        var result = await cache.ExecuteWithRotationAsync(
            password,
            pw => pw == "pw-3" ? Task.FromResult("connected") : throw new UnauthorizedAccessException(),
            ex => ex is UnauthorizedAccessException);
        Assert.Equal("connected", result);
        Assert.Equal("v3", (await cache.GetAsync(password)).VersionId);
    }

    [Fact]
    public async Task BackendDownServesTheStaleValue()
    {
        using var context = new AwsTestContext();
        context.Server.PutSecret("prod/db", "pw-1", "v1");
        using var cache = context.CreateCache();
        await cache.GetAsync(Db);

        context.Server.Intercept = (_, _) => FakeSsmServer.Error(500, "InternalServerError", "Internal failure");
        context.Time.Advance(TimeSpan.FromMinutes(12));
        var stale = await cache.GetAsync(Db);

        Assert.Equal("pw-1", stale.Reveal());
        Assert.Contains("SecretServedStale", context.Logger.AllText);
        context.Time.Advance(TimeSpan.FromMinutes(5));
        await Assert.ThrowsAsync<SecretStoreUnavailableException>(async () => await cache.GetAsync(Db));
    }

    [Fact]
    public async Task EvictionKeepsTheCacheWithinItsBound()
    {
        using var context = new AwsTestContext();
        using var cache = context.CreateCache(o => o.MaxEntries = 20);
        for (var i = 0; i < 50; i++)
        {
            context.Server.PutSecret("s/" + i, "v" + i, "1");
            await cache.GetAsync(new SecretReference(SecretSource.SecretsManager, "s/" + i));
            context.Time.Advance(TimeSpan.FromMilliseconds(10));
            Assert.True(cache.Count <= 20);
        }

        Assert.True(cache.TryGetCached(new SecretReference(SecretSource.SecretsManager, "s/49"), out _));
        Assert.False(cache.TryGetCached(new SecretReference(SecretSource.SecretsManager, "s/0"), out _));
    }

    [Fact]
    public async Task NoSecretValueInAnyExceptionOrLog()
    {
        using var context = new AwsTestContext(maxAttempts: 2);
        const string Value = "Sup3r-S3cret-Value!";
        context.Server.PutSecret("prod/db", "{\"password\":\"" + Value + "\",\"port\":\"" + Value + "\"}", "v1");
        context.Server.PutSecret("prod/plain", Value, "v1");
        context.Server.PutParameter("/app/p", Value);
        using var cache = context.CreateCache();
        var errors = new List<Exception>();

        await cache.GetAsync(Db.WithJsonKey("password"));
        await cache.GetAsync(new SecretReference(SecretSource.ParameterStore, "/app/p"));
        errors.Add(await Assert.ThrowsAnyAsync<SecretException>(async () => await cache.GetAsync(Db.WithJsonKey("missing"))));
        errors.Add(await Assert.ThrowsAnyAsync<SecretException>(async () => await cache.GetAsync(new SecretReference(SecretSource.SecretsManager, "prod/plain") { JsonKey = "x" })));
        errors.Add(Assert.ThrowsAny<SecretException>(() => SecretJson.Parse(Db, new SecretValue("{\"port\":\"" + Value + "\"}")).GetInt32("port")));
        context.Time.Advance(TimeSpan.FromMinutes(11));
        context.Server.Intercept = (_, _) => FakeSsmServer.Error(400, "ThrottlingException", "Rate exceeded");
        await cache.GetAsync(Db);
        context.Time.Advance(TimeSpan.FromMinutes(10));
        errors.Add(await Assert.ThrowsAnyAsync<SecretException>(async () => await cache.GetAsync(Db)));
        context.Server.Intercept = (_, _) => FakeSsmServer.Error(400, "AccessDeniedException", "not authorized");
        errors.Add(await Assert.ThrowsAnyAsync<SecretException>(async () => await cache.GetAsync(new SecretReference(SecretSource.SecretsManager, "prod/plain"))));

        context.Server.Intercept = null;
        var everything = context.Logger.AllText + "\n" + string.Join("\n", errors.Select(e => e.ToString()));
        Assert.Contains("SecretServedStale", everything);
        Assert.Contains("Throttl", everything);
        Assert.DoesNotContain("S3cret", everything);
        Assert.DoesNotContain(Value, (await cache.GetAsync(new SecretReference(SecretSource.ParameterStore, "/app/p"))).ToString());
    }

    [Fact]
    public async Task DelegateStoreMapsAwsErrorsAndRetriesThrottling()
    {
        var calls = new List<(string Id, string? VersionId, string? Stage)>();
        var throttles = 2;
        var store = new DelegateSecretsManagerStore(
            (id, versionId, stage, _) =>
            {
                calls.Add((id, versionId, stage));
                return id switch
                {
                    "missing" => throw new AmazonServiceException("Secrets Manager can't find the specified secret.", null, ErrorType.Sender, "ResourceNotFoundException", "r1", HttpStatusCode.BadRequest),
                    "denied" => throw new AmazonServiceException("not authorized", null, ErrorType.Sender, "AccessDeniedException", "r2", HttpStatusCode.BadRequest),
                    "busy" when throttles-- > 0 => throw new AmazonServiceException("Rate exceeded", null, ErrorType.Sender, "ThrottlingException", "r3", HttpStatusCode.BadRequest),
                    _ => Task.FromResult(new SecretValue("value-of-" + id, "ver-" + id)),
                };
            },
            new SecretRetryOptions { BaseDelay = TimeSpan.FromMilliseconds(1) });

        var value = await store.GetAsync(new SecretReference(SecretSource.SecretsManager, "prod/db") { VersionStage = "AWSPREVIOUS" });
        Assert.Equal(("value-of-prod/db", "ver-prod/db"), (value.Reveal(), value.VersionId));
        Assert.Equal(("prod/db", (string?)null, (string?)"AWSPREVIOUS"), calls[0]);
        await Assert.ThrowsAsync<SecretNotFoundException>(async () => await store.GetAsync(new SecretReference(SecretSource.SecretsManager, "missing")));
        await Assert.ThrowsAsync<SecretAccessDeniedException>(async () => await store.GetAsync(new SecretReference(SecretSource.SecretsManager, "denied")));
        Assert.Equal("value-of-busy", (await store.GetAsync(new SecretReference(SecretSource.SecretsManager, "busy"))).Reveal());
        Assert.Equal(3, calls.Count(c => c.Id == "busy"));
        Assert.False(store.CanRead(SecretSource.ParameterStore));
    }
}
