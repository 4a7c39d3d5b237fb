using System.IO;
using System.Linq;

namespace SecretAnalyzers.EndToEnd.Tests;

/// <summary>The package keeps <c>secrets.local.json</c> out of build and publish output, also in a web project.</summary>
[Collection(PackagedToolchainCollection.Name)]
public sealed class LocalSecretsFileBuildTests
{
    private const string LocalValue = "E2e-Local-Dev-Value-909";

    private readonly PackagedToolchainFixture _fixture;

    public LocalSecretsFileBuildTests(PackagedToolchainFixture fixture)
    {
        _fixture = fixture;
    }

    [Fact]
    public void WebProjectPublishesWithoutTheLocalSecretsFileEvenWhenTheProjectAsksToCopyIt()
    {
        var directory = Path.Combine(_fixture.WorkRoot, "LocalFileWeb");
        Directory.CreateDirectory(Path.Combine(directory, "Config"));
        // The Web SDK makes every *.json Content; the project even asks for a copy: the package's rule still wins.
        File.WriteAllText(Path.Combine(directory, "LocalFileWeb.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="SecretAnalyzers" Version="{_fixture.Version}" PrivateAssets="all" />
                <Content Update="secrets.local.json" CopyToOutputDirectory="PreserveNewest" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(directory, "Program.cs"), "var app = WebApplication.Create(args);\napp.Run();\n");
        File.WriteAllText(Path.Combine(directory, "appsettings.json"), """{ "Logging": { "LogLevel": { "Default": "Information" } } }""");
        File.WriteAllText(Path.Combine(directory, "secrets.local.json"), $$"""{ "web/db-password": "{{LocalValue}}" }""");
        File.WriteAllText(Path.Combine(directory, "Config", "secrets.local.json"), "{}");

        var publish = DotNetCli.Run(directory, "publish", "-c", "Release", "-o", "published", "--disable-build-servers", "-v:minimal");

        Assert.True(publish.ExitCode == 0, publish.ToString());
        Assert.DoesNotContain(LocalValue, publish.Output);
        var copies = Directory.EnumerateFiles(Path.Combine(directory, "published"), "*", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(directory, "bin"), "*", SearchOption.AllDirectories))
            .Where(f => Path.GetFileName(f) == "secrets.local.json")
            .ToList();
        Assert.Empty(copies);
        Assert.True(File.Exists(Path.Combine(directory, "published", "appsettings.json")), "the other JSON files are still published");
    }
}
