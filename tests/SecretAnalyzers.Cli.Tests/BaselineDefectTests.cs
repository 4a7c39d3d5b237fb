using System;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using SecretAnalyzers.Cli.Baselines;

namespace SecretAnalyzers.Cli.Tests;

/// <summary>Baselines that a pull request cannot bend and that survive a checkout with other line endings.</summary>
public class BaselineDefectTests
{
    private const string BaselineFile = "baseline.json";

    // A PEM private key in a verbatim string: one finding whose text spans several lines.
    private const string MultiLineKey = "namespace Demo;\n\npublic static class Keys\n{\n    public const string Pem = @\"-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun\nVTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u+qKhbwKfBstIs+bMY2Zkp18gnTxK\n-----END RSA PRIVATE KEY-----\";\n}\n";

    [Fact]
    public async Task AFindingSpanningLinesStaysAcceptedAfterACheckoutWithOtherLineEndings()
    {
        using var folder = new TempFolder();
        folder.Write("Keys.cs", MultiLineKey);

        var create = await Cli.RunAsync(folder.Path, "baseline", "create", ".", "--output", BaselineFile);
        folder.Write("Keys.cs", MultiLineKey.Replace("\n", "\r\n"));
        var crlf = await Cli.RunAsync(folder.Path, "scan", ".", "--baseline", BaselineFile);

        Assert.Contains("1 finding(s)", create.Output);
        Assert.Equal(ExitCodes.Clean, crlf.ExitCode);
        Assert.Contains("1 accepted by the baseline", crlf.Output);
    }

    [Theory]
    [InlineData(2147483647)]
    [InlineData(1_000_001)]
    [InlineData(9_999)]
    public async Task IterationsOutsideTheBoundsAreRejectedBeforeAnyWork(int iterations)
    {
        using var folder = new TempFolder();
        folder.Write("appsettings.json", Samples.AppSettings);
        await Cli.RunAsync(folder.Path, "baseline", "create", ".", "--output", BaselineFile);
        var baseline = JsonNode.Parse(File.ReadAllText(folder.Combine(BaselineFile)))!;
        baseline["fingerprint"]!["iterations"] = iterations;
        File.WriteAllText(folder.Combine(BaselineFile), baseline.ToJsonString());

        var result = await Cli.RunAsync(folder.Path, "scan", ".", "--baseline", BaselineFile);

        Assert.Equal(ExitCodes.Error, result.ExitCode);
        Assert.Contains("iterations", result.Error);
    }

    [Fact]
    public void AnUnkeyedBaselineIsRefusedWhileAKeyIsSet()
    {
        using var folder = new TempFolder();
        var path = folder.Combine(BaselineFile);
        Baseline.Create(path, Array.Empty<Scanning.ScanFinding>(), key: null).Save(path);

        var withoutKey = Baseline.Load(path, key: null);
        var error = Assert.Throws<BaselineException>(() => Baseline.Load(path, Encoding.UTF8.GetBytes("ci-secret")));

        Assert.False(withoutKey.Scheme.IsKeyed);
        Assert.Contains(FingerprintScheme.KeyEnvironmentVariable, error.Message);
        Assert.Contains("not keyed", error.Message);
    }

    [Fact]
    public void AKeyedBaselineLoadsWithItsKey()
    {
        using var folder = new TempFolder();
        var path = folder.Combine(BaselineFile);
        var key = Encoding.UTF8.GetBytes("ci-secret");
        Baseline.Create(path, Array.Empty<Scanning.ScanFinding>(), key).Save(path);

        var loaded = Baseline.Load(path, key);

        Assert.True(loaded.Scheme.IsKeyed);
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        Assert.True(json.RootElement.GetProperty("fingerprint").GetProperty("keyed").GetBoolean());
    }
}
