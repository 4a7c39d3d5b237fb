using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using LibGit2Sharp;
using SecretAnalyzers.Cli.Baselines;
using SecretAnalyzers.Cli.Reporting;
using SecretAnalyzers.Cli.Scanning;

namespace SecretAnalyzers.Cli.Tests;

/// <summary>SARIF that code-scanning services rank (security-severity, CWE) and track (partialFingerprints).</summary>
public class SarifReportTests
{
    [Fact]
    public async Task TheLogIsValidSarif210WithRankingAndTrackingData()
    {
        using var folder = new TempFolder();
        folder.Write("app/appsettings.json", Samples.AppSettings);
        folder.Write("app/Client.cs", Samples.LeakyCode);
        folder.Write("app/secrets.local.json", "{}");
        using (var repository = new Repository(Repository.Init(folder.Path)))
        {
            Commands.Stage(repository, "app/secrets.local.json");
        }

        var result = await Cli.RunAsync(folder.Path, "scan", ".", "--format", "sarif");

        Assert.Equal(ExitCodes.Findings, result.ExitCode);
        using var sarif = JsonDocument.Parse(result.Output);
        Assert.Empty(SarifStructure.Validate(sarif.RootElement));
        var run = sarif.RootElement.GetProperty("runs")[0];
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.False(string.IsNullOrEmpty(driver.GetProperty("version").GetString()));
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        Assert.Contains(rules, r => r.GetProperty("id").GetString() == "SEC0050");
        Assert.All(rules, rule =>
        {
            var properties = rule.GetProperty("properties");
            Assert.Contains("external/cwe/cwe-798", properties.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
            Assert.True(double.Parse(properties.GetProperty("security-severity").GetString()!, System.Globalization.CultureInfo.InvariantCulture) >= 6.0);
        });
        Assert.EndsWith("/", run.GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%").GetProperty("uri").GetString());
        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(3, results.Count);
        var fingerprints = results.Select(r => r.GetProperty("partialFingerprints").GetProperty(ResultFingerprints.Key).GetString()).ToList();
        Assert.Equal(3, fingerprints.Distinct().Count());
        result.AssertNoSecret(Samples.All);
    }

    [Fact]
    public async Task FingerprintsStayWhenLinesMove()
    {
        using var folder = new TempFolder();
        folder.Write("appsettings.json", Samples.AppSettings);
        var before = await Cli.RunAsync(folder.Path, "scan", ".", "--format", "sarif");
        folder.Write("appsettings.json", "\n\n" + Samples.AppSettings);
        var after = await Cli.RunAsync(folder.Path, "scan", ".", "--format", "sarif");

        Assert.Equal(Fingerprint(before.Output), Fingerprint(after.Output));
        Assert.NotEqual(Line(before.Output), Line(after.Output));
    }

    [Fact]
    public async Task WithABaselineTheFingerprintIsTheBaselineEntrys()
    {
        using var folder = new TempFolder();
        var path = folder.Write("appsettings.json", Samples.AppSettings);
        using var progress = ScanProgress.Create(TextWriter.Null, isConsoleError: false);
        var scan = await Scanner.ScanAsync(new[] { folder.Path }, null, ScanSettings.Default with { UseMSBuild = false }, progress, CancellationToken.None);
        var baselinePath = folder.Combine("baseline.json");
        var baseline = Baseline.Create(baselinePath, scan.Findings, key: null);

        var fingerprint = ResultFingerprints.For(baseline, Path.GetTempPath()).Compute(Assert.Single(scan.Findings));

        Assert.Equal(Assert.Single(baseline.Entries).Fingerprint, fingerprint);
        Assert.Equal(path, scan.Findings[0].Path);
    }

    private static string Fingerprint(string sarif)
    {
        using var document = JsonDocument.Parse(sarif);
        return document.RootElement.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("partialFingerprints").GetProperty(ResultFingerprints.Key).GetString()!;
    }

    private static int Line(string sarif)
    {
        using var document = JsonDocument.Parse(sarif);
        return document.RootElement.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("locations")[0]
            .GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32();
    }
}
