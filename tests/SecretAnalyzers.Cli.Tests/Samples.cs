namespace SecretAnalyzers.Cli.Tests;

/// <summary>Fake secrets and the files that hold them.</summary>
internal static class Samples
{
    public const string ConfigPassword = "Cli-Config-Pass-123";
    public const string EnvPassword = "Cli-Env-Pass-4567";
    public const string GitHubToken = "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";
    public const string CodePassword = "Cli-Code-Pass-8910";

    public static readonly string[] All = { ConfigPassword, EnvPassword, GitHubToken, CodePassword };

    public const string AppSettings = $$"""
        {
          "ConnectionStrings": { "Default": "Server=db;Database=app;User Id=app;" },
          "Smtp": {
            "Password": "{{ConfigPassword}}"
          }
        }
        """;

    public const string DotEnv = $"""
        # local settings
        export DB_PASSWORD="{EnvPassword}"
        """;

    public const string LeakyCode = $$"""
        namespace Demo;

        public static class Client
        {
            public static string Token() => "{{GitHubToken}}";
        }
        """;

    public const string Project = """
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <RootNamespace>Contoso.Orders</RootNamespace>
          </PropertyGroup>
        </Project>
        """;
}
