using System.Threading.Tasks;
using Amazon.SimpleSystemsManagement.Model;

namespace SecretAnalyzers.Runtime.Tests.Aws;

public class WireFormatTests
{
    [Fact]
    public async Task SdkSendsSignedJson11Requests()
    {
        using var server = new FakeSsmServer();
        server.PutParameter("/app/x", "value-x");
        using var client = server.CreateClient();

        var response = await client.GetParameterAsync(new GetParameterRequest { Name = "/app/x", WithDecryption = true });

        Assert.Equal("value-x", response.Parameter.Value);
        var request = Assert.Single(server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("AmazonSSM.GetParameter", request.Header("X-Amz-Target"));
        Assert.StartsWith("application/x-amz-json-1.1", request.Header("Content-Type"));
        Assert.StartsWith("AWS4-HMAC-SHA256 Credential=" + FakeSsmServer.AccessKey + "/", request.Header("Authorization"));
        Assert.Contains("/us-east-1/ssm/aws4_request", request.Header("Authorization"));
        Assert.NotNull(request.Header("X-Amz-Date"));
        Assert.Equal("{\"Name\":\"/app/x\",\"WithDecryption\":true}", request.Body);
        Assert.Empty(server.SignatureProblems);
    }

    [Fact]
    public async Task ServerRejectsRequestsSignedWithAnotherKey()
    {
        using var server = new FakeSsmServer();
        server.PutParameter("/app/x", "value-x");
        using var client = new Amazon.SimpleSystemsManagement.AmazonSimpleSystemsManagementClient(
            new Amazon.Runtime.BasicAWSCredentials(FakeSsmServer.AccessKey, "not-the-right-secret-key"),
            new Amazon.SimpleSystemsManagement.AmazonSimpleSystemsManagementConfig { ServiceURL = server.Url, AuthenticationRegion = "us-east-1", MaxErrorRetry = 0 });
        var store = new SecretAnalyzers.Runtime.Aws.ParameterStoreSecretStore(client);

        await Assert.ThrowsAsync<SecretAccessDeniedException>(async () => await store.GetAsync(new SecretReference(SecretSource.ParameterStore, "/app/x")));
        Assert.Contains("signature does not match", Assert.Single(server.SignatureProblems));
    }
}
