using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using LibGit2Sharp;

namespace SecretAnalyzers.Cli.Tests;

/// <summary><c>init</c> keeps the local secrets file local: git-ignored, with empty values only.</summary>
public class InitLocalFileTests
{
    private const string DevValue = "Cli-Local-Dev-Value-77";

    private const string ManifestWithSecrets = """
        {
          "defaults": { "idPrefix": "shop/" },
          "secrets": {
            "DbPassword": { "id": "db-password" },
            "Smtp": { "source": "parameterstore", "id": "/shop/smtp", "jsonKey": "password" },
            "Database": { "id": "rds", "fields": { "username": "string", "password": "string" } }
          }
        }
        """;

    [Fact]
    public async Task OutsideGitCreatesAGitIgnoreAndAnEmptySkeletonNextToTheProject()
    {
        using var folder = new TempFolder();
        folder.Write("App.csproj", Samples.Project);

        var first = await Cli.RunAsync(folder.Path, "init");
        var second = await Cli.RunAsync(folder.Path, "init");

        Assert.Equal(ExitCodes.Clean, first.ExitCode);
        Assert.Equal(ExitCodes.Clean, second.ExitCode);
        var ignoreLines = File.ReadAllLines(folder.Combine(".gitignore"));
        Assert.Single(ignoreLines, line => line == "secrets.local.json");
        using var local = ParseLocal(folder.Combine("secrets.local.json"));
        Assert.Empty(local.RootElement.EnumerateObject());
    }

    [Fact]
    public async Task InsideGitExtendsTheRepositoryGitIgnoreSoGitIgnoresTheFile()
    {
        using var folder = new TempFolder();
        Repository.Init(folder.Path);
        folder.Write(".gitignore", "bin/\nobj/"); // no final line break
        folder.Write("src/Shop/Shop.csproj", Samples.Project);

        var result = await Cli.RunAsync(folder.Path, "init", "src/Shop");

        Assert.Equal(ExitCodes.Clean, result.ExitCode);
        Assert.Equal(new[] { "bin/", "obj/", "# Local development secrets (SecretAnalyzers): never commit.", "secrets.local.json" }, File.ReadAllLines(folder.Combine(".gitignore")));
        Assert.False(File.Exists(folder.Combine("src/Shop/.gitignore")));
        using var repository = new Repository(folder.Path);
        Assert.True(repository.Ignore.IsPathIgnored("src/Shop/secrets.local.json"));
    }

    [Fact]
    public async Task AnAlreadyIgnoredFileLeavesGitIgnoreAlone()
    {
        using var folder = new TempFolder();
        Repository.Init(folder.Path);
        folder.Write(".gitignore", "*.local.json\n");
        folder.Write("App.csproj", Samples.Project);

        var result = await Cli.RunAsync(folder.Path, "init");

        Assert.Equal(ExitCodes.Clean, result.ExitCode);
        Assert.Equal("*.local.json\n", File.ReadAllText(folder.Combine(".gitignore")));
        Assert.Contains("already git-ignored", result.Output);
    }

    [Fact]
    public async Task SkeletonHasAKeyPerSecretIdWithEmptyValues()
    {
        using var folder = new TempFolder();
        folder.Write("App.csproj", Samples.Project);
        folder.Write("secrets.manifest.json", ManifestWithSecrets);

        var result = await Cli.RunAsync(folder.Path, "init");

        Assert.Equal(ExitCodes.Clean, result.ExitCode);
        Assert.Contains("Kept secrets.manifest.json", result.Output);
        using var local = ParseLocal(folder.Combine("secrets.local.json"));
        var root = local.RootElement;
        Assert.Equal(new[] { "shop/db-password", "/shop/smtp", "shop/rds" }, root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(string.Empty, root.GetProperty("shop/db-password").GetString());
        Assert.Equal(string.Empty, root.GetProperty("/shop/smtp").GetProperty("password").GetString());
        Assert.Equal(new[] { "username", "password" }, root.GetProperty("shop/rds").EnumerateObject().Select(p => p.Name));
        Assert.All(root.GetProperty("shop/rds").EnumerateObject(), p => Assert.Equal(string.Empty, p.Value.GetString()));
        Assert.Contains("// DbPassword", File.ReadAllText(folder.Combine("secrets.local.json")));
    }

    [Fact]
    public async Task AnExistingLocalFileGainsOnlyMissingIdsAndKeepsItsValues()
    {
        using var folder = new TempFolder();
        folder.Write("App.csproj", Samples.Project);
        folder.Write("secrets.manifest.json", ManifestWithSecrets);
        folder.Write("secrets.local.json", $$"""
            {
              // mine
              "shop/db-password": "{{DevValue}}",
            }
            """);

        var result = await Cli.RunAsync(folder.Path, "init");

        Assert.Equal(ExitCodes.Clean, result.ExitCode);
        result.AssertNoSecret(new[] { DevValue });
        var text = File.ReadAllText(folder.Combine("secrets.local.json"));
        Assert.Contains("// mine", text);
        using var local = ParseLocal(folder.Combine("secrets.local.json"));
        Assert.Equal(DevValue, local.RootElement.GetProperty("shop/db-password").GetString());
        Assert.Equal(3, local.RootElement.EnumerateObject().Count());
        Assert.Contains("Added 2 id(s)", result.Output);
    }

    [Fact]
    public async Task AnUnreadableLocalFileIsLeftUnchangedWithAWarning()
    {
        using var folder = new TempFolder();
        folder.Write("App.csproj", Samples.Project);
        folder.Write("secrets.manifest.json", ManifestWithSecrets);
        folder.Write("secrets.local.json", "{ \"shop/db-password\": ");

        var result = await Cli.RunAsync(folder.Path, "init");

        Assert.Equal(ExitCodes.Clean, result.ExitCode);
        Assert.Equal("{ \"shop/db-password\": ", File.ReadAllText(folder.Combine("secrets.local.json")));
        Assert.Contains("left unchanged", result.Error);
    }

    [Fact]
    public async Task NextStepsNameEveryIdWithAwsCommandsAndNoValue()
    {
        using var folder = new TempFolder();
        folder.Write("App.csproj", Samples.Project);
        folder.Write("secrets.manifest.json", ManifestWithSecrets);
        folder.Write("secrets.local.json", $$"""{ "shop/db-password": "{{DevValue}}" }""");

        var result = await Cli.RunAsync(folder.Path, "init");

        Assert.Contains("Next steps:", result.Output);
        Assert.Contains(".gitignore", result.Output);
        Assert.Contains("aws secretsmanager create-secret --name shop/db-password --secret-string '<value>'", result.Output);
        Assert.Contains("aws secretsmanager create-secret --name shop/rds ", result.Output);
        Assert.Contains("aws ssm put-parameter --name /shop/smtp --type SecureString --value '<value>'", result.Output);
        result.AssertNoSecret(new[] { DevValue });
    }

    private static JsonDocument ParseLocal(string path) =>
        JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
}
