using System;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using SecretAnalyzers.Cli.Verification;

namespace SecretAnalyzers.Cli.Tests.Verification;

/// <summary><c>scan --verify aws</c> against a loopback STS endpoint.</summary>
public class VerifyAwsTests
{
    private const string Upper32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private const string Base64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    private static string Random(string alphabet, int length, int seed)
    {
        var random = new Random(seed);
        var builder = new StringBuilder(length);
        for (int i = 0; i < length; i++)
        {
            builder.Append(alphabet[random.Next(alphabet.Length)]);
        }

        return builder.ToString();
    }

    private static string KeyId(int seed) => "AK" + "IA" + Random(Upper32, 16, seed);

    private static string Secret(int seed) => Random(Base64, 39, seed) + "7";

    private static string DotEnv(string keyId, string secret) =>
        "AWS_REGION=us-east-1\nAWS_ACCESS_KEY_ID=" + keyId + "\nAWS_SECRET_ACCESS_KEY=" + secret + "\n";

    [Fact]
    public async Task LiveKeyIsVerifiedWithAccountAndArnMasked()
    {
        using var sts = new FakeStsServer();
        string keyId = KeyId(1), secret = Secret(1);
        sts.AddLiveKey(keyId, "123456789012", "arn:aws:iam::123456789012:user/deploy-bot");
        using var folder = new TempFolder();
        folder.Write(".env", DotEnv(keyId, secret));

        var result = await Cli.RunAsync(folder.Path, "scan", ".", "--verify", "aws", "--verify-endpoint", sts.Url);

        Assert.Contains("verify aws: 1 key pair(s)", result.Error);
        Assert.Contains(": verified (LIVE", result.Error);
        Assert.DoesNotContain("123456789012", result.Output + result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("deploy-bot", result.Output + result.Error, StringComparison.Ordinal);
        result.AssertNoSecret(new[] { keyId, secret });
        Assert.Single(sts.Requests);
        Assert.Contains(keyId, sts.Requests.Single().Header("Authorization"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownKeyIsUnverified()
    {
        using var sts = new FakeStsServer();
        using var folder = new TempFolder();
        folder.Write(".env", DotEnv(KeyId(2), Secret(2)));

        var result = await Cli.RunAsync(folder.Path, "scan", ".", "--verify", "aws", "--verify-endpoint", sts.Url);

        Assert.True(result.Error.Contains(": unverified (InvalidClientTokenId)", StringComparison.Ordinal), result.ToString());
        Assert.DoesNotContain(": verified", result.Error);
    }

    [Fact]
    public async Task ServerErrorIsUnknown()
    {
        using var sts = new FakeStsServer();
        string keyId = KeyId(3);
        sts.FailingKeyId = keyId;
        using var folder = new TempFolder();
        folder.Write(".env", DotEnv(keyId, Secret(3)));

        var result = await Cli.RunAsync(folder.Path, "scan", ".", "--verify", "aws", "--verify-endpoint", sts.Url);

        Assert.Contains(": unknown (", result.Error);
    }

    [Fact]
    public async Task UnreachableEndpointIsUnknownNotACrash()
    {
        using var folder = new TempFolder();
        folder.Write(".env", DotEnv(KeyId(4), Secret(4)));
        string closed;
        using (var sts = new FakeStsServer())
        {
            closed = sts.Url;
        }

        var result = await Cli.RunAsync(folder.Path, "scan", ".", "--verify", "aws", "--verify-endpoint", closed);

        Assert.Equal(ExitCodes.Findings, result.ExitCode);
        Assert.Contains(": unknown (", result.Error);
    }

    [Fact]
    public async Task NothingIsSentWithoutTheOption()
    {
        using var sts = new FakeStsServer();
        string keyId = KeyId(5);
        sts.AddLiveKey(keyId, "123456789012", "arn:aws:iam::123456789012:user/x");
        using var folder = new TempFolder();
        folder.Write(".env", DotEnv(keyId, Secret(5)));
        Environment.SetEnvironmentVariable(AwsVerification.EndpointVariable, sts.Url);
        try
        {
            var result = await Cli.RunAsync(folder.Path, "scan", ".");

            Assert.Equal(ExitCodes.Findings, result.ExitCode);
            Assert.DoesNotContain("verify aws", result.Error);
            Assert.Empty(sts.Requests);
        }
        finally
        {
            Environment.SetEnvironmentVariable(AwsVerification.EndpointVariable, null);
        }
    }

    [Fact]
    public async Task OtherProvidersAreAUsageError()
    {
        using var folder = new TempFolder();

        var result = await Cli.RunAsync(folder.Path, "scan", ".", "--verify", "gcp");

        Assert.Equal(ExitCodes.Error, result.ExitCode);
        Assert.Contains("--verify supports: aws", result.Error);
    }

    [Fact]
    public void PairsAreMadeOnlyWithinAFewLines()
    {
        string keyId = KeyId(6), secret = Secret(6);
        string near = "id = " + keyId + "\nsecret = " + secret + "\n";
        string far = "id = " + keyId + new string('\n', AwsKeyPairFinder.MaxLineDistance + 2) + "secret = " + secret + "\n";

        Assert.Single(AwsKeyPairFinder.Find("a", near));
        Assert.Empty(AwsKeyPairFinder.Find("b", far));
        Assert.Empty(AwsKeyPairFinder.Find("c", "id = AKIAIOSFODNN7" + "EXAMPLE\nsecret = " + secret));
    }
}
