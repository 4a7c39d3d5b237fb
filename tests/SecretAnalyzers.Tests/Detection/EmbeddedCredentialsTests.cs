using System;
using System.Text;
using SecretAnalyzers.Detection;

namespace SecretAnalyzers.Tests.Detection;

/// <summary>
/// The one generic detector (issue 10 item 4, issue 11 item 5): credentials inside any string (queries, INI/YAML/JSON,
/// command lines, Basic auth, escapes), with one vocabulary and one entropy rule.
/// </summary>
public class EmbeddedCredentialsTests
{
    [Theory]
    [InlineData("https://api.example.org/v1/items?api_key=Zq8rT2mX9vLk4WpN&limit=10", "Zq8rT2mX9vLk4WpN")]
    [InlineData("https://host/cb?access_token=aB3dE5fG7hJ9kL1m#frag", "aB3dE5fG7hJ9kL1m")]
    [InlineData("[database]\nhost = db\npassword = Tr0ub4dor3\n", "Tr0ub4dor3")]
    [InlineData("DB_PASSWORD=Tr0ub4dor3\nDB_USER=app", "Tr0ub4dor3")]
    [InlineData("smtp:\n  user: mailer\n  password: Tr0ub4dor3\n", "Tr0ub4dor3")]
    [InlineData("{\"user\": \"app\", \"password\": \"Tr0ub4dor3\"}", "Tr0ub4dor3")]
    [InlineData("{'client_secret': 'cs-9f8e7d6c5b4a3210'}", "cs-9f8e7d6c5b4a3210")]
    [InlineData("mysqldump --user=root --password=Tr0ub4dor3 shop", "Tr0ub4dor3")]
    [InlineData("tool login --password Tr0ub4dor3 --verbose", "Tr0ub4dor3")]
    [InlineData("deploy --api-key \"Zq8rT2mX9vLk4WpN\"", "Zq8rT2mX9vLk4WpN")]
    public void CredentialPairs_AreFound(string value, string secret)
    {
        ConnectionStringCredential? found = EmbeddedCredentials.Find(value);

        Assert.NotNull(found);
        Assert.Equal(secret, value.Substring(found!.Value.Start, found.Value.Length));
    }

    [Fact]
    public void BasicAuthorization_IsDecoded()
    {
        string encoded = Convert.ToBase64String(Encoding.ASCII.GetBytes("admin:Tr0ub4dor3"));
        string value = "Authorization: Basic " + encoded;

        ConnectionStringCredential? found = EmbeddedCredentials.Find(value);

        Assert.NotNull(found);
        Assert.Equal(encoded, value.Substring(found!.Value.Start, found.Value.Length));
    }

    [Theory]
    [InlineData("Basic realm=\"api\"")]
    [InlineData("Use Basic authentication for this endpoint")]
    public void BasicWithoutCredentials_IsClean(string value) => Assert.Null(EmbeddedCredentials.Find(value));

    [Fact]
    public void BasicWithoutPassword_IsClean() =>
        Assert.Null(EmbeddedCredentials.Find("Basic " + Convert.ToBase64String(Encoding.ASCII.GetBytes("admin:"))));

    [Theory]
    [InlineData("https://host/items?token={0}&page=2")]
    [InlineData("password={password}")]
    [InlineData("--password <password>  the password to use")]
    [InlineData("-p, --password PASSWORD")]
    [InlineData("Password: must be at least 8 characters")]
    [InlineData("Invalid token: expected a string")]
    [InlineData("<input type=\"password\" autocomplete=\"current-password\">")]
    [InlineData("{\"password\": null, \"token\": \"\"}")]
    [InlineData("WHERE password = @password AND user = @user")]
    [InlineData("secret: true\nenabled: false")]
    [InlineData("api_key=required")]
    [InlineData("token: theme-music")]
    [InlineData("The key: value pairs are read from the file")]
    [InlineData("PasswordLabel=Enter your password")]
    [InlineData("sortKey=name&pageToken=abc123def456")]
    [InlineData("auth:CustomAuth:SOMEDOMAIN\\SomeUser")]
    [InlineData("Data Source=ORCL;User Id=DBO;Password=MYPASSWORD;")]
    [InlineData("--api-key abcdefgh")]
    [InlineData("password_hash=$2b$12$abcdefghijklmnopqrstuuABCDEFGHIJKLMNOPQRSTUVWXYZ01234")]
    public void ProseFormatsAndPlaceholders_AreClean(string value) => Assert.Null(EmbeddedCredentials.Find(value));

    [Theory]
    [InlineData("\u001b[1mPassword=Tr0ub4dor3;Server=db", "Tr0ub4dor3")]
    [InlineData("\u001bPassword=Tr0ub4dor3;Server=db", "Tr0ub4dor3")]
    public void EscapesBeforeTheKey_DoNotHideIt(string value, string secret)
    {
        SecretFinding? finding = SecretScanner.Analyze(null, value, DetectionOptions.Default);

        Assert.NotNull(finding);
        Assert.Equal(secret, value.Substring(finding!.Start, finding.Length));
    }

    [Fact]
    public void ScannerReportsEmbeddedPairsAsConnectionStringCredentials()
    {
        SecretFinding? finding = SecretScanner.Analyze(null, "https://api.example.org/v1?api_key=Zq8rT2mX9vLk4WpN", DetectionOptions.Default);

        Assert.NotNull(finding);
        Assert.Equal(RuleIdentifiers.ConnectionStringWithCredentials, finding!.RuleId);
        Assert.DoesNotContain("Zq8rT2mX9vLk4WpN", finding.MaskedValue, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> RandomValuesUnderCredentialKeys() => new()
    {
        { "password=" + FakeTokens.RandomAlnum(20, 31) + "!", "password" },
        { "{\"api_key\": \"" + FakeTokens.RandomHex(32, 32) + "\"}", "api_key" },
        { "--client-secret x client_secret: '" + FakeTokens.RandomBase64(30, 33) + "9'", "client_secret" },
        { "Server=db;Token=" + FakeTokens.RandomAlnum(24, 34) + "1;", "Token" },
        { "export AUTH_TOKEN=" + FakeTokens.RandomAlnum(28, 35) + "7", "AUTH_TOKEN" },
        { "key=" + FakeTokens.RandomAlnum(32, 36) + "9", "key" },
        { "https://api.example.org/v1/items?signingKey=" + FakeTokens.RandomBase64(40, 37) + "&page=2", "signingKey" },
    };

    [Theory]
    [MemberData(nameof(RandomValuesUnderCredentialKeys))]
    public void RandomValueUnderACredentialOrKeyLikeKey_IsFound(string text, string key)
    {
        ConnectionStringCredential? found = EmbeddedCredentials.Find(text);

        Assert.NotNull(found);
        Assert.True(found!.Value.Start > text.IndexOf(key, StringComparison.Ordinal), "the span is the value, after its key");
        Assert.True(found.Value.Length >= 16);
    }

    [Theory]
    [InlineData("password={0}")]
    [InlineData("password=${PWD}")]
    [InlineData("password=<your-password>")]
    [InlineData("password=changeme")]
    [InlineData("password=${DB_PASSWORD_FROM_THE_ENVIRONMENT}")]
    [InlineData("api_key=YOUR_API_KEY_GOES_RIGHT_HERE")]
    [InlineData("secret: <your-client-secret-here-please>")]
    [InlineData("token = GetAccessTokenForTheCurrentUser()")]
    [InlineData("sortKey=CreatedDateTimeUtcDescending")]
    [InlineData("cacheKey=user-profile-settings-v2")]
    [InlineData("key=primary-cache-entry-001")]
    [InlineData("--key " + "Zq8rT2mX9vLk4WpNbV7c")]
    [InlineData("passwordPolicy=MinimumLengthTwelveCharacters")]
    [InlineData("tokenEndpoint=https://login.example.test/oauth2/v2.0/token")]
    [InlineData("keyPath=/etc/ssl/private/server-2024.key")]
    [InlineData("color=a8f5f167f44f4964e6c998dee827110c")]
    [InlineData("RegEnumKey = win32api.RegEnumKey2")]
    [InlineData("apiKey = Settings.Default.ApiKey2")]
    [InlineData("\"access_token\":\"2YotnFZFEjr1zCsicMWpAA\",")]
    [InlineData("The password must be at least 12 characters long: use letters and digits.")]
    public void PlaceholdersNamesAndLowEntropyValues_AreClean(string text) => Assert.Null(EmbeddedCredentials.Find(text));

    [Fact]
    public void AdditionalCredentialWordsFromTheOptions_AreKeys()
    {
        string text = "losung=" + FakeTokens.RandomAlnum(24, 38) + "4";
        DetectionOptions options = DetectionOptions.Create(key => key == OptionKeys.AdditionalCredentialWords ? "losung" : null);

        Assert.Null(EmbeddedCredentials.Find(text));
        Assert.NotNull(EmbeddedCredentials.Find(text, options));
    }

    [Fact]
    public void PathologicalInputFinishesQuickly()
    {
        string value = string.Concat(System.Linq.Enumerable.Repeat("password=", 2000)) + new string('a', 5000);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        EmbeddedCredentials.Find(value);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5));
    }
}
