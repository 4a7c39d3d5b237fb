using System.Threading.Tasks;
using SecretAnalyzers.Runtime.Aws;

namespace SecretAnalyzers.Runtime.Tests.Aws;

/// <summary>SDK exceptions are translated, never chained: what is kept is type, error code, status and request id.</summary>
public class AwsErrorDetailTests
{
    private static readonly SecretReference Key = new(SecretSource.ParameterStore, "/app/key");

    [Fact]
    public async Task UnreadableResponseBodyNeverReachesTheException()
    {
        using var context = new AwsTestContext();
        context.Server.Intercept = (_, _) => new HttpResponseRecord(200, "{\"Parameter\":{\"Name\":\"/app/key\",\"Value\":\"pw-leaked-in-body\",\"Version\":");

        var error = await Assert.ThrowsAnyAsync<SecretException>(async () => await context.ParameterStore.GetAsync(Key));

        Assert.Null(error.InnerException);
        Assert.NotNull(error.CauseType);
        Assert.DoesNotContain("pw-leaked-in-body", error.ToString());
        Assert.DoesNotContain("pw-leaked-in-body", error.Message);
    }

    [Fact]
    public async Task ServerErrorKeepsCodeStatusAndRequestIdButNotTheMessage()
    {
        using var context = new AwsTestContext();
        context.Server.Intercept = (_, _) => FakeSsmServer.Error(503, "ServiceUnavailable", "backend said pw-in-message");

        var error = await Assert.ThrowsAsync<SecretStoreUnavailableException>(async () => await context.ParameterStore.GetAsync(Key));

        Assert.Null(error.InnerException);
        Assert.Equal("ServiceUnavailable", error.ErrorCode);
        Assert.Equal(503, error.StatusCode);
        Assert.False(string.IsNullOrEmpty(error.RequestId));
        Assert.Contains(error.RequestId!, error.Message);
        Assert.DoesNotContain("pw-in-message", error.ToString());
    }

    [Fact]
    public async Task ThrottlingGivesUpWithTheLastErrorsDetails()
    {
        using var context = new AwsTestContext(maxAttempts: 2);
        context.Server.Intercept = (_, _) => FakeSsmServer.Error(400, "ThrottlingException", "Rate exceeded");

        var error = await Assert.ThrowsAsync<SecretStoreThrottledException>(async () => await context.ParameterStore.GetAsync(Key));

        Assert.Equal(2, error.Attempts);
        Assert.Null(error.InnerException);
        Assert.Equal("ThrottlingException", error.ErrorCode);
        Assert.Equal(400, error.StatusCode);
        Assert.Equal(2, context.Server.CountOf("GetParameter"));
    }

    [Fact]
    public async Task AccessDeniedAndNotFoundAreNotChainedEither()
    {
        using var context = new AwsTestContext();
        context.Server.Intercept = (_, _) => FakeSsmServer.Error(400, "AccessDeniedException", "User arn:aws:iam::1:user/x is not authorized");

        var denied = await Assert.ThrowsAsync<SecretAccessDeniedException>(async () => await context.ParameterStore.GetAsync(Key));
        context.Server.Intercept = null;
        var missing = await Assert.ThrowsAsync<SecretNotFoundException>(async () => await context.ParameterStore.GetAsync(Key));

        Assert.Null(denied.InnerException);
        Assert.Equal("AccessDeniedException", denied.ErrorCode);
        Assert.Null(missing.InnerException);
        Assert.Equal("ParameterNotFound", missing.ErrorCode);
    }

    [Fact]
    public async Task DelegateStoreDoesNotChainTheSdkException()
    {
        var store = new DelegateSecretsManagerStore((_, _, _, _) =>
            throw new Amazon.Runtime.AmazonServiceException("ResourceNotFoundException pw-in-sdk-message") { ErrorCode = "ResourceNotFoundException", StatusCode = System.Net.HttpStatusCode.BadRequest });

        var error = await Assert.ThrowsAsync<SecretNotFoundException>(async () => await store.GetAsync(new SecretReference(SecretSource.SecretsManager, "prod/db")));

        Assert.Null(error.InnerException);
        Assert.DoesNotContain("pw-in-sdk-message", error.ToString());
    }
}
