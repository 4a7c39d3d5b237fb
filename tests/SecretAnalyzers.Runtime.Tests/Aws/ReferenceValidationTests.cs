using System;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace SecretAnalyzers.Runtime.Tests.Aws;

/// <summary>Ids, version ids and stages are checked with the manifest's SEC0115 rules before a parameter name is built.</summary>
public class ReferenceValidationTests
{
    public static TheoryData<SecretReference> Invalid => new()
    {
        new SecretReference(SecretSource.ParameterStore, "/app/key:3"),
        new SecretReference(SecretSource.ParameterStore, "app/key"),
        new SecretReference(SecretSource.ParameterStore, "/aws/mine"),
        new SecretReference(SecretSource.ParameterStore, "/app/key") { VersionStage = "blue:1" },
        new SecretReference(SecretSource.SecretsManager, "prod/db:AWSPREVIOUS"),
        new SecretReference(SecretSource.SecretsManager, "/prod/db"),
        new SecretReference(SecretSource.SecretsManager, "prod db"),
        new SecretReference(SecretSource.SecretsManager, "prod/db") { VersionId = "../other" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public async Task InvalidReferencesAreRejectedBeforeAnyRequest(SecretReference reference)
    {
        using var context = new AwsTestContext();
        using var cache = context.CreateCache();

        var error = await Assert.ThrowsAsync<InvalidSecretReferenceException>(async () => await cache.GetAsync(reference));
        await Assert.ThrowsAsync<InvalidSecretReferenceException>(async () => await cache.GetAsync(reference));

        Assert.Contains(reference.Id, error.Message);
        Assert.Empty(context.Server.Requests);
    }

    [Fact]
    public void ValidNamesAreBuiltAsBefore()
    {
        using var context = new AwsTestContext();

        Assert.Equal("/app/key:3", context.ParameterStore.ToParameterName(new SecretReference(SecretSource.ParameterStore, "/app/key") { VersionId = "3" }));
        Assert.Equal("smtp-password", context.ParameterStore.ToParameterName(new SecretReference(SecretSource.ParameterStore, "smtp-password")));
        Assert.Equal(
            "/aws/reference/secretsmanager/prod/db+x=y@z:AWSPREVIOUS",
            context.SecretsManager.ToParameterName(new SecretReference(SecretSource.SecretsManager, "prod/db+x=y@z") { VersionStage = "AWSPREVIOUS" }));
    }

    [Fact]
    public async Task ArnsWorkThroughTheReferencePathWithAndWithoutAVersion()
    {
        using var context = new AwsTestContext();
        context.Server.PutSecret("prod/db", "pw-one", "11111111-aaaa");
        context.Server.PutSecret("prod/db", "pw-two", "22222222-bbbb");
        const string arn = "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf";
        using var cache = context.CreateCache();

        var current = await cache.GetAsync(new SecretReference(SecretSource.SecretsManager, arn));
        var previous = await cache.GetAsync(new SecretReference(SecretSource.SecretsManager, arn) { VersionStage = "AWSPREVIOUS" });

        Assert.Equal("pw-two", current.Reveal());
        Assert.Equal("22222222-bbbb", current.VersionId);
        Assert.Equal("pw-one", previous.Reveal());
        var names = context.Server.Requests.Select(r => (string?)JsonNode.Parse(r.Body)!["Name"]).ToList();
        Assert.Contains("/aws/reference/secretsmanager/" + arn, names);
        Assert.Contains("/aws/reference/secretsmanager/" + arn + ":AWSPREVIOUS", names);
    }

    [Fact]
    public async Task ArnsArePreloadedInOneBatch()
    {
        using var context = new AwsTestContext();
        context.Server.PutSecret("prod/db", "pw-one", "11111111-aaaa");
        var arn = new SecretReference(SecretSource.SecretsManager, "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf");
        using var cache = context.CreateCache();

        await cache.PreloadAsync(new[] { arn });

        Assert.True(cache.TryGetCached(arn, out var value));
        Assert.Equal("pw-one", value.Reveal());
        Assert.Equal(1, context.Server.CountOf("GetParameters"));
    }
}
