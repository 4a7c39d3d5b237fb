using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;

namespace SecretAnalyzers.Cli.Tests;

public class ScanTests
{
    [Fact]
    public async Task ConfigFilesAreReportedWithLocationsAndMaskedValues()
    {
        using var folder = new TempFolder();
        folder.Write("app/appsettings.json", Samples.AppSettings);
        folder.Write("app/.env", Samples.DotEnv);

        var result = await Cli.RunAsync(folder.Path, "scan", ".");

        Assert.Equal(ExitCodes.Findings, result.ExitCode);
        Assert.Contains("app/appsettings.json(4,18): warning SEC0005:", result.Output);
        Assert.Contains("app/.env(2,21): warning SEC0005:", result.Output);
        Assert.Contains("2 finding(s)", result.Output);
        result.AssertNoSecret(Samples.All);
    }

    [Fact]
    public async Task SummaryCountsFilesWithFindingsApartFromFilesScanned()
    {
        using var folder = new TempFolder();
        folder.Write("app/appsettings.json", Samples.AppSettings);
        folder.Write("app/.env", Samples.DotEnv);
        folder.Write("app/appsettings.Development.json", "{ \"Logging\": {} }");
        folder.Write("Program.cs", "System.Console.WriteLine();");
        folder.Write("Other.cs", "class Other { }");

        var text = await Cli.RunAsync(folder.Path, "scan", ".");
        var json = await Cli.RunAsync(folder.Path, "scan", ".", "--format", "json");

        Assert.Contains("2 finding(s) in 2 file(s); 5 files scanned.", text.Output);
        using var document = JsonDocument.Parse(json.Output);
        var summary = document.RootElement.GetProperty("summary");
        Assert.Equal(2, summary.GetProperty("filesWithFindings").GetInt32());
        Assert.Equal(5, summary.GetProperty("filesScanned").GetInt32());
    }

    [Fact]
    public async Task CleanFolderExitsWithZero()
    {
        using var folder = new TempFolder();
        folder.Write("appsettings.json", """{ "Logging": { "LogLevel": { "Default": "Information" } }, "Smtp": { "Password": "" } }""");
        folder.Write("Program.cs", "System.Console.WriteLine(System.Environment.GetEnvironmentVariable(\"DB_PASSWORD\")?.Length);");

        var result = await Cli.RunAsync(folder.Path, "scan", folder.Path);

        Assert.Equal(ExitCodes.Clean, result.ExitCode);
        Assert.Contains("No secrets found in 2 files.", result.Output);
        Assert.Empty(result.Error); // no progress line and no warnings when stderr is not a terminal
    }

    [Fact]
    public async Task CSharpFilesGoThroughTheAnalyzers()
    {
        using var folder = new TempFolder();
        folder.Write("src/Demo/Demo.csproj", Samples.Project);
        folder.Write("src/Demo/Client.cs", Samples.LeakyCode);

        var result = await Cli.RunAsync(folder.Path, "scan", ".");

        Assert.Equal(ExitCodes.Findings, result.ExitCode);
        Assert.Contains("src/Demo/Client.cs(5,37): warning SEC0002:", result.Output);
        result.AssertNoSecret(Samples.All);
    }

    [Fact]
    public async Task PragmaSuppressionIsHonoured()
    {
        using var folder = new TempFolder();
        folder.Write("Client.cs", Samples.LeakyCode.Replace("    public static string Token()", "#pragma warning disable SEC0002\n    public static string Token()"));

        var result = await Cli.RunAsync(folder.Path, "scan", ".");

        Assert.Equal(ExitCodes.Clean, result.ExitCode);
        Assert.DoesNotContain("SEC0002", result.Output);
    }

    [Fact]
    public async Task EditorConfigSeveritiesApply()
    {
        using var folder = new TempFolder();
        folder.Write("appsettings.json", Samples.AppSettings);
        folder.Write(".env", Samples.DotEnv);
        folder.Write(".editorconfig", """
            root = true

            [appsettings.json]
            dotnet_diagnostic.SEC0005.severity = none

            [.env]
            dotnet_diagnostic.SEC0005.severity = suggestion
            """);

        var result = await Cli.RunAsync(folder.Path, "scan", ".");

        Assert.Equal(ExitCodes.Clean, result.ExitCode);
        Assert.DoesNotContain("appsettings.json", result.Output);
        Assert.Contains(".env(2,21): info SEC0005:", result.Output);
    }

    [Fact]
    public async Task SecretAnalyzerOptionsFromEditorConfigReachTheDetection()
    {
        using var folder = new TempFolder();
        folder.Write("appsettings.json", Samples.AppSettings);
        folder.Write(".editorconfig", $"root = true\n\n[*]\nsecret_analyzers.ignored_values = {Samples.ConfigPassword}\n");

        var result = await Cli.RunAsync(folder.Path, "scan", ".");

        Assert.Equal(ExitCodes.Clean, result.ExitCode);
    }

    [Fact]
    public async Task JsonReportListsFindings()
    {
        using var folder = new TempFolder();
        folder.Write("appsettings.json", Samples.AppSettings);

        var result = await Cli.RunAsync(folder.Path, "scan", ".", "--format", "json");

        Assert.Equal(ExitCodes.Findings, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var finding = Assert.Single(json.RootElement.GetProperty("findings").EnumerateArray());
        Assert.Equal("SEC0005", finding.GetProperty("ruleId").GetString());
        Assert.Equal("appsettings.json", finding.GetProperty("path").GetString());
        Assert.Equal(4, finding.GetProperty("startLine").GetInt32());
        Assert.Equal(18, finding.GetProperty("startColumn").GetInt32());
        Assert.Equal(18 + Samples.ConfigPassword.Length, finding.GetProperty("endColumn").GetInt32());
        Assert.EndsWith("/docs/rules/SEC0005.md", finding.GetProperty("helpUri").GetString());
        result.AssertNoSecret(Samples.All);
    }

    [Fact]
    public async Task SarifReportHasRuleMetadataAndRelativeLocations()
    {
        using var folder = new TempFolder();
        folder.Write("config/appsettings.Production.json", Samples.AppSettings);

        var result = await Cli.RunAsync(folder.Path, "scan", ".", "--format", "sarif", "--output", "artifacts/sarif/out.sarif");

        Assert.Equal(ExitCodes.Findings, result.ExitCode);
        var text = File.ReadAllText(folder.Combine("artifacts/sarif/out.sarif"));
        foreach (var secret in Samples.All)
        {
            Assert.DoesNotContain(secret, text);
        }

        using var sarif = JsonDocument.Parse(text);
        Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
        var run = sarif.RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        var rule = Assert.Single(rules, r => r.GetProperty("id").GetString() == "SEC0005");
        Assert.EndsWith("/docs/rules/SEC0005.md", rule.GetProperty("helpUri").GetString());
        var sarifResult = Assert.Single(run.GetProperty("results").EnumerateArray());
        Assert.Equal("warning", sarifResult.GetProperty("level").GetString());
        Assert.Equal(rules.IndexOf(rule), sarifResult.GetProperty("ruleIndex").GetInt32());
        var location = sarifResult.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("config/appsettings.Production.json", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal("%SRCROOT%", location.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
        Assert.Equal(4, location.GetProperty("region").GetProperty("startLine").GetInt32());
    }

    [Fact]
    public async Task BuildOutputAndDotFoldersAreSkipped()
    {
        using var folder = new TempFolder();
        folder.Write("App/App.csproj", Samples.Project);
        folder.Write("App/bin/Release/net10.0/appsettings.json", Samples.AppSettings);
        folder.Write("App/obj/appsettings.json", Samples.AppSettings);
        folder.Write(".git/appsettings.json", Samples.AppSettings);

        var result = await Cli.RunAsync(folder.Path, "scan", ".");

        Assert.Equal(ExitCodes.Clean, result.ExitCode);
    }

    [Fact]
    public async Task ProjectAndSolutionTargetsScanTheirProjectsOnce()
    {
        using var folder = new TempFolder();
        folder.Write("src/Api/Api.csproj", Samples.Project);
        folder.Write("src/Api/appsettings.json", Samples.AppSettings);
        folder.Write("src/Api/Nested/Nested.csproj", Samples.Project);
        folder.Write("src/Api/Nested/.env", Samples.DotEnv);
        folder.Write("Demo.sln", """
            Microsoft Visual Studio Solution File, Format Version 12.00
            Project("{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}") = "Api", "src\Api\Api.csproj", "{11111111-1111-1111-1111-111111111111}"
            EndProject
            """);

        var project = await Cli.RunAsync(folder.Path, "scan", "src/Api/Api.csproj");
        var solution = await Cli.RunAsync(folder.Path, "scan", "Demo.sln");
        var everything = await Cli.RunAsync(folder.Path, "scan", ".", "src/Api");

        Assert.Contains("1 finding(s)", project.Output);
        Assert.DoesNotContain(".env", project.Output);
        Assert.Contains("1 finding(s)", solution.Output);
        Assert.Contains("2 finding(s)", everything.Output);
    }

    [Fact]
    public async Task SlnxSolutionsAreRead()
    {
        using var folder = new TempFolder();
        folder.Write("src/Api/Api.csproj", Samples.Project);
        folder.Write("src/Api/.env", Samples.DotEnv);
        folder.Write("src/Unlisted/Unlisted.csproj", Samples.Project);
        folder.Write("src/Unlisted/appsettings.json", Samples.AppSettings);
        folder.Write("Demo.slnx", """
            <Solution>
              <Folder Name="/src/">
                <Project Path="src/Api/Api.csproj" />
              </Folder>
            </Solution>
            """);

        var result = await Cli.RunAsync(folder.Path, "scan", "Demo.slnx");

        Assert.Contains("src/Api/.env(2,21)", result.Output);
        Assert.DoesNotContain("Unlisted", result.Output);
    }

    [Fact]
    public async Task MalformedConfigurationFilesDoNotStopTheScan()
    {
        using var folder = new TempFolder();
        folder.Write("appsettings.json", "{ \"Smtp\": { \"Password\": ");
        folder.Write("web.config", "<configuration><appSettings><add key=");
        folder.Write("other/appsettings.json", Samples.AppSettings);

        var result = await Cli.RunAsync(folder.Path, "scan", ".");

        Assert.Equal(ExitCodes.Findings, result.ExitCode);
        Assert.Contains("other/appsettings.json(4,18)", result.Output);
    }

    [Fact]
    public async Task SingleFileTarget()
    {
        using var folder = new TempFolder();
        var env = folder.Write("deploy/prod.env", Samples.DotEnv);

        var result = await Cli.RunAsync(folder.Path, "scan", env);

        Assert.Equal(ExitCodes.Findings, result.ExitCode);
        Assert.Contains("deploy/prod.env(2,21)", result.Output);
    }
}
