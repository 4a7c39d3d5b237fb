using SecretAnalyzers.Detection;

namespace SecretAnalyzers.Tests.Detection;

public class SecretScannerTests
{
    [Theory]
    [InlineData("password", "hunter2")]
    [InlineData("DB_PASSWORD", "S3cr3t!Pa55")]
    [InlineData("adminPwd", "P@ssw0rd!")]
    [InlineData("Smtp:Password", "mailPa55")]
    [InlineData("secret", "0penSesame")]
    [InlineData("passphrase", "correcthorsebatterystaple")]
    [InlineData("apiKey", "abc123")]
    [InlineData("token", "tok-1234")]
    [InlineData("password", "Password123")]
    [InlineData("password", "P@ssword")]
    [InlineData("userCredentials", "admin:admin123")]
    [InlineData("password", "a")]
    [InlineData("passwd", "foo")]
    [InlineData("pwdPassword", "test")]
    [InlineData("secret", "constantValue")]
    public void CredentialNamedValues_AreSec0001(string name, string value)
    {
        SecretFinding? finding = SecretScanner.Analyze(name, value, DetectionOptions.Default);

        Assert.NotNull(finding);
        Assert.Equal(RuleIdentifiers.HardcodedCredential, finding!.RuleId);
        Assert.Equal(0, finding.Start);
        Assert.Equal(value.Length, finding.Length);
    }

    [Theory]
    [InlineData("apiKey")]
    [InlineData("accessToken")]
    [InlineData("clientSecret")]
    [InlineData("signingKey")]
    [InlineData("Key")]
    public void RandomValuesUnderKeyNames_AreSec0002(string name)
    {
        SecretFinding? finding = SecretScanner.Analyze(name, FakeTokens.RandomBase64(40, 9), DetectionOptions.Default);

        Assert.NotNull(finding);
        Assert.Equal(RuleIdentifiers.HardcodedToken, finding!.RuleId);
    }

    [Fact]
    public void RandomValueUnderPasswordName_StaysSec0001() =>
        Assert.Equal(RuleIdentifiers.HardcodedCredential, SecretScanner.Analyze("password", FakeTokens.RandomBase64(40), DetectionOptions.Default)!.RuleId);

    [Theory]
    [InlineData("password", "")]
    [InlineData("password", "x")]
    [InlineData("token", ";")]
    [InlineData("apiKey", "abc")]
    [InlineData("password", "Password is required")]
    [InlineData("password", "Enter password:")]
    [InlineData("password", "password")]
    [InlineData("Password", "Password")]
    [InlineData("password", "new-password")]
    [InlineData("password", "current_password")]
    [InlineData("apiKey", "X-Api-Key")]
    [InlineData("token", "access_token")]
    [InlineData("password", "<password>")]
    [InlineData("password", "${DB_PASSWORD}")]
    [InlineData("password", "changeme")]
    [InlineData("password", "{0}")]
    [InlineData("password", "****")]
    [InlineData("password", "/account/password")]
    [InlineData("password", "https://example.org/reset")]
    [InlineData("PasswordLabel", "hunter2")]
    [InlineData("PasswordKey", "Password")]
    [InlineData("PasswordResourceName", "hunter2")]
    [InlineData("TokenEndpoint", "https://login/token")]
    [InlineData("userName", "hunter2")]
    [InlineData("Key", "hello_world_1")]
    [InlineData("CacheKey", "a8f5f167f44f4964e6c998dee827110c")]
    [InlineData("PublicKeyToken", "b77a5c561934e089")]
    [InlineData("password", "true")]
    [InlineData("password", "^(?=.*[A-Z]).{8,}$")]
    [InlineData(null, "hunter2")]
    [InlineData(null, "Hello, world")]
    [InlineData("HardcodedCredential", "SEC0001")]
    [InlineData("JsonKeyOnTypedSecret", "CS8600")]
    [InlineData("Key", "dotnet_diagnostic.SEC0005.severity")]
    [InlineData("key", "SomeLongIdentifierName123")]
    [InlineData("token", "class")]
    [InlineData("apiKey", "Enter")]
    [InlineData("description", "A connection string (Password=/Pwd=, SharedAccessKey=, AccountKey=) or a URI with user information")]
    public void NonSecrets_AreNotReported(string? name, string value) =>
        Assert.Null(SecretScanner.Analyze(name, value, DetectionOptions.Default));

    [Fact]
    public void TokenFormatWinsOverConnectionStringAndName()
    {
        string value = FakeTokens.AzureStorageConnectionString();
        Assert.Equal(RuleIdentifiers.HardcodedToken, SecretScanner.Analyze("password", value, DetectionOptions.Default)!.RuleId);
    }

    [Fact]
    public void ConnectionStringWinsOverName()
    {
        SecretFinding finding = SecretScanner.Analyze("password", "Server=db;User Id=sa;Password=S3cr3tPa55", DetectionOptions.Default)!;
        Assert.Equal(RuleIdentifiers.ConnectionStringWithCredentials, finding.RuleId);
    }

    [Fact]
    public void TokenFindingUsesTheCredentialNameForSuggestion()
    {
        SecretFinding finding = SecretScanner.Analyze("deployToken", FakeTokens.GitHubClassic(), DetectionOptions.Default)!;
        Assert.Equal("DeployToken", finding.SuggestedName);
        Assert.Equal("GitHub personal access token", finding.Description);
    }

    [Fact]
    public void IgnoredValues_AreNotReported()
    {
        var options = DetectionOptions.Create(key => key == OptionKeys.IgnoredValues ? "hunter2, other" : null);
        Assert.Null(SecretScanner.Analyze("password", "hunter2", options));
        Assert.NotNull(SecretScanner.Analyze("password", "hunter3", options));
    }

    [Fact]
    public void IgnoredPatterns_AreNotReported()
    {
        var options = DetectionOptions.Create(key => key == OptionKeys.IgnoredPatterns ? "^dev-.*$;[" : null);
        Assert.Null(SecretScanner.Analyze("password", "dev-pass-1", options));
        Assert.NotNull(SecretScanner.Analyze("password", "prod-pass-1", options));
        Assert.Single(options.InvalidPatterns);
    }

    [Fact]
    public void EntropyThreshold_IsConfigurable()
    {
        string value = FakeTokens.RandomHex(20, 5);
        var strict = DetectionOptions.Create(key => key == OptionKeys.EntropyThreshold ? "7.5" : null);
        Assert.Equal(RuleIdentifiers.HardcodedToken, SecretScanner.Analyze("apiKey", value, DetectionOptions.Default)!.RuleId);
        Assert.Equal(RuleIdentifiers.HardcodedCredential, SecretScanner.Analyze("apiKey", value, strict)!.RuleId);
        Assert.Null(SecretScanner.Analyze("Key", value, strict));
    }

    [Fact]
    public void OptionsParseAllKeys()
    {
        var options = DetectionOptions.Create(key => key switch
        {
            OptionKeys.TestCode => "ignore",
            OptionKeys.IdPrefix => "myapp/prod/",
            OptionKeys.DefaultStore => "ParameterStore",
            OptionKeys.EntropyThreshold => "not a number",
            _ => null,
        });

        Assert.False(options.ReportTestCode);
        Assert.Equal("myapp/prod/", options.IdPrefix);
        Assert.Equal("parameterstore", options.DefaultStore);
        Assert.Equal(DetectionOptions.DefaultEntropyThreshold, options.EntropyThreshold);
        Assert.True(DetectionOptions.Default.ReportTestCode);
    }

    [Theory]
    [InlineData("Authorization", "Bearer ", "Token")]
    [InlineData("AuthorizationHeader", "Basic ", "Password")]
    public void AuthorizationHeaderValues_AreReported(string name, string scheme, string kind)
    {
        string secret = FakeTokens.RandomBase64(32, 3);
        SecretFinding finding = SecretScanner.Analyze(name, scheme + secret, DetectionOptions.Default)!;

        Assert.Equal(kind, finding.Kind.ToString());
        Assert.Equal(secret, (scheme + secret).Substring(finding.Start, finding.Length));
    }

    [Fact]
    public void KnownCredentialParameter_ReportsEvenAWordValue()
    {
        SecretFinding? finding = SecretScanner.AnalyzeKnownCredential("password", SecretKind.Password, "password", "Password", DetectionOptions.Default);

        Assert.NotNull(finding);
        Assert.Equal(RuleIdentifiers.HardcodedCredential, finding!.RuleId);
        Assert.Null(SecretScanner.AnalyzeKnownCredential("<password>", SecretKind.Password, "password", null, DetectionOptions.Default));
        Assert.Null(SecretScanner.AnalyzeKnownCredential("", SecretKind.Password, "password", null, DetectionOptions.Default));
    }

    [Fact]
    public void FindingNeverCarriesTheValue()
    {
        const string secret = "Sup3rS3cretValue!";
        SecretFinding finding = SecretScanner.Analyze("password", secret, DetectionOptions.Default)!;

        Assert.DoesNotContain(secret, finding.ToString());
        Assert.DoesNotContain(secret, finding.MaskedValue);
    }
}
