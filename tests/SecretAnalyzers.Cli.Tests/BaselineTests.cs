using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using SecretAnalyzers.Cli.Baselines;

namespace SecretAnalyzers.Cli.Tests;

public class BaselineTests
{
    private const string BaselineFile = ".secretanalyzers-baseline.json";

    [Fact]
    public async Task BaselineAcceptsTodaysFindingsAndFailsOnNewOnes()
    {
        using var folder = new TempFolder();
        folder.Write("app/appsettings.json", Samples.AppSettings);

        var create = await Cli.RunAsync(folder.Path, "baseline", "create", ".");
        var accepted = await Cli.RunAsync(folder.Path, "scan", ".", "--baseline", BaselineFile);
        folder.Write("app/.env", Samples.DotEnv);
        var withNew = await Cli.RunAsync(folder.Path, "scan", ".", "--baseline", BaselineFile);

        Assert.Equal(ExitCodes.Clean, create.ExitCode);
        Assert.Contains("1 finding(s)", create.Output);
        Assert.Equal(ExitCodes.Clean, accepted.ExitCode);
        Assert.Contains("1 accepted by the baseline", accepted.Output);
        Assert.Equal(ExitCodes.Findings, withNew.ExitCode);
        Assert.Contains("app/.env(2,21)", withNew.Output);
        Assert.DoesNotContain("appsettings.json", withNew.Output);
    }

    [Fact]
    public async Task BaselineFileHoldsNoSecretAndNoMaskedValue()
    {
        using var folder = new TempFolder();
        folder.Write("appsettings.json", Samples.AppSettings);
        folder.Write(".env", Samples.DotEnv);

        await Cli.RunAsync(folder.Path, "baseline", "create", ".", "--output", "baseline.json");
        var text = File.ReadAllText(folder.Combine("baseline.json"));

        foreach (var secret in Samples.All)
        {
            Assert.DoesNotContain(secret, text);
            Assert.DoesNotContain(secret.Substring(0, 4), text);
        }

        Assert.DoesNotContain("chars", text);
        using var json = JsonDocument.Parse(text);
        Assert.Equal(2, json.RootElement.GetProperty("findings").GetArrayLength());
        Assert.Equal(FingerprintScheme.Algorithm, json.RootElement.GetProperty("fingerprint").GetProperty("algorithm").GetString());
    }

    [Fact]
    public async Task EditsElsewhereInTheFileKeepTheFindingAccepted()
    {
        using var folder = new TempFolder();
        folder.Write("appsettings.json", Samples.AppSettings);
        await Cli.RunAsync(folder.Path, "baseline", "create", ".");

        folder.Write("appsettings.json", Samples.AppSettings.Replace("{\n", "{\n  \"Added\": \"value\",\n  \"More\": 1,\n"));
        var result = await Cli.RunAsync(folder.Path, "scan", ".", "--baseline", BaselineFile);

        Assert.Equal(ExitCodes.Clean, result.ExitCode);
    }

    [Fact]
    public async Task AChangedSecretAtTheSamePlaceIsNew()
    {
        using var folder = new TempFolder();
        folder.Write("appsettings.json", Samples.AppSettings);
        await Cli.RunAsync(folder.Path, "baseline", "create", ".");

        folder.Write("appsettings.json", Samples.AppSettings.Replace(Samples.ConfigPassword, "Another-Leaked-Pass-42"));
        var result = await Cli.RunAsync(folder.Path, "scan", ".", "--baseline", BaselineFile);

        Assert.Equal(ExitCodes.Findings, result.ExitCode);
    }

    [Fact]
    public async Task ASecondCopyOfAnAcceptedSecretIsNew()
    {
        using var folder = new TempFolder();
        folder.Write("appsettings.json", Samples.AppSettings);
        await Cli.RunAsync(folder.Path, "baseline", "create", ".");

        folder.Write("appsettings.json", Samples.AppSettings.Replace("\"Smtp\": {", $"\"Smtp\": {{\n    \"OldPassword\": \"{Samples.ConfigPassword}\","));
        var result = await Cli.RunAsync(folder.Path, "scan", ".", "--baseline", BaselineFile);

        Assert.Equal(ExitCodes.Findings, result.ExitCode);
        Assert.Contains("1 finding(s)", result.Output);
        Assert.Contains("1 accepted", result.Output);
    }

    [Fact]
    public async Task BaselinePathsAreRelativeToTheBaselineFileNotTheScanTarget()
    {
        using var folder = new TempFolder();
        folder.Write("app/appsettings.json", Samples.AppSettings);
        await Cli.RunAsync(folder.Path, "baseline", "create", "app");

        var fromRoot = await Cli.RunAsync(folder.Path, "scan", ".", "--baseline", BaselineFile);
        var fromApp = await Cli.RunAsync(folder.Combine("app"), "scan", ".", "--baseline", "../" + BaselineFile);

        Assert.Equal(ExitCodes.Clean, fromRoot.ExitCode);
        Assert.Equal(ExitCodes.Clean, fromApp.ExitCode);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{}")]
    [InlineData("""{ "version": 99, "fingerprint": {}, "findings": [] }""")]
    [InlineData("""{ "version": 1, "fingerprint": { "algorithm": "MD5", "iterations": 1, "salt": "AAAAAAAAAAAAAAAAAAAAAA==" }, "findings": [] }""")]
    [InlineData("""{ "version": 1, "fingerprint": { "algorithm": "PBKDF2-HMAC-SHA256", "iterations": 1, "salt": "short" }, "findings": [] }""")]
    public async Task InvalidBaselineIsAnError(string content)
    {
        using var folder = new TempFolder();
        folder.Write("appsettings.json", Samples.AppSettings);
        folder.Write("baseline.json", content);

        var result = await Cli.RunAsync(folder.Path, "scan", ".", "--baseline", "baseline.json");

        Assert.Equal(ExitCodes.Error, result.ExitCode);
        Assert.Contains("baseline", result.Error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void FingerprintsDependOnSaltKeyRuleAndPath()
    {
        var salt = new byte[32];
        var plain = new FingerprintScheme(salt, 1000, key: null);
        var keyed = new FingerprintScheme(salt, 1000, Encoding.UTF8.GetBytes("ci-secret"));
        var otherSalt = new FingerprintScheme(Enumerable.Repeat((byte)1, 32).ToArray(), 1000, key: null);

        var reference = plain.Compute("SEC0005", "a.json", "secret");

        Assert.Equal(reference, new FingerprintScheme(salt, 1000, null).Compute("SEC0005", "a.json", "secret"));
        Assert.NotEqual(reference, keyed.Compute("SEC0005", "a.json", "secret"));
        Assert.NotEqual(reference, otherSalt.Compute("SEC0005", "a.json", "secret"));
        Assert.NotEqual(reference, plain.Compute("SEC0001", "a.json", "secret"));
        Assert.NotEqual(reference, plain.Compute("SEC0005", "b.json", "secret"));
        Assert.DoesNotContain("secret", reference);
    }

    [Fact]
    public void KeyedBaselineCannotBeUsedWithoutTheKey()
    {
        using var folder = new TempFolder();
        var path = folder.Combine("baseline.json");
        Baseline.Create(path, Array.Empty<Scanning.ScanFinding>(), Encoding.UTF8.GetBytes("ci-secret")).Save(path);

        var error = Assert.Throws<BaselineException>(() => Baseline.Load(path, key: null));

        Assert.Contains(FingerprintScheme.KeyEnvironmentVariable, error.Message);
        Assert.True(Baseline.Load(path, Encoding.UTF8.GetBytes("ci-secret")).Scheme.IsKeyed);
    }
}
