using SecretAnalyzers.ConfigFiles;

namespace SecretAnalyzers.Tests.ConfigFiles;

public class ConfigFileKindsTests
{
    [Theory]
    [InlineData("/app/appsettings.json", "Json")]
    [InlineData("/app/appsettings.Production.json", "Json")]
    [InlineData("/app/Properties/launchSettings.json", "Json")]
    [InlineData("/app/secrets.manifest.json", "None")]
    [InlineData("/app/package.json", "None")]
    [InlineData("/app/web.config", "Xml")]
    [InlineData("/app/App.config", "Xml")]
    [InlineData("/app/nuget.config", "Xml")]
    [InlineData("/app/packages.config", "None")]
    [InlineData("/app/.env", "DotEnv")]
    [InlineData("/app/.env.local", "DotEnv")]
    [InlineData("/app/prod.env", "DotEnv")]
    [InlineData("/app/Program.cs", "None")]
    public void ByFileName(string path, string expected) => Assert.Equal(expected, ConfigFileKinds.FromPath(path).ToString());

    [Theory]
    [InlineData("/app/settings/prod.json", "json", "Json")]
    [InlineData("/app/appsettings.json", "false", "None")]
    [InlineData("/app/service.xml", "xml", "Xml")]
    [InlineData("/app/vars.txt", "env", "DotEnv")]
    public void ExplicitKindWins(string path, string kind, string expected) =>
        Assert.Equal(expected, ConfigFileKinds.FromPath(path, kind).ToString());
}
