using SecretAnalyzers.Detection;

namespace SecretAnalyzers.Tests.Detection;

/// <summary>
/// Session 5 false-alarm classes from real projects nobody on the team wrote (docs/benchmarks.md, "Session 5 real-code
/// precision"), each beside the leak of the same shape that must still be reported. Every value is written here.
/// </summary>
public class RealProjectsPrecisionTests
{
    [Theory]
    [InlineData("|||%%OLD_PASSWORD%%|||")]
    [InlineData("##KEEP_STORED##")]
    [InlineData("[[TOKEN]]")]
    [InlineData("<<<UNCHANGED>>>")]
    [InlineData("((SECRET))")]
    public void WrappedUpperCaseMarkers_ArePlaceholders(string value) => Assert.True(Placeholders.IsPlaceholder(value));

    [Theory]
    [InlineData("!!Tr0ub4dor!!")]
    [InlineData("%%KEEP||")]
    [InlineData("||AB||")]
    [InlineData("!Keep!")]
    [InlineData("##Tr0ub4dor##x")]
    public void OtherWrappedValues_AreNotMarkers(string value) => Assert.False(Placeholders.IsPlaceholder(value));

    [Fact]
    public void AWrappedMarker_ComparedWithAPassword_IsClean() =>
        Assert.Null(SecretScanner.Analyze("password", "|||%%OLD_PASSWORD%%|||", DetectionOptions.Default));

    [Theory]
    [InlineData("myPassword")]
    [InlineData("mySecret")]
    [InlineData("myApiKey")]
    [InlineData("myDbPassword")]
    public void MyAndACapitalisedCredentialWord_AreTemplateStandIns(string value) => Assert.True(Placeholders.IsPlaceholder(value));

    [Theory]
    [InlineData("mypassword")]
    [InlineData("myNewPa55word")]
    [InlineData("myKey")]
    [InlineData("myHorse")]
    [InlineData("MyPassword1")]
    public void OtherMyValues_AreNotPlaceholders(string value) => Assert.False(Placeholders.IsPlaceholder(value));

    [Fact]
    public void ConnectionStringTemplates_AreClean() =>
        Assert.Null(ConnectionStrings.Find("Server=myServerAddress;Database=myDataBase;User Id=myUsername;Password=myPassword;"));

    [Fact]
    public void ConnectionStringsWithARealPassword_AreStillFound()
    {
        const string value = "Server=myServerAddress;Database=myDataBase;User Id=myUsername;Password=myPa55w0rd!;";
        AssertFinds(ConnectionStrings.Find(value), value, "myPa55w0rd!");
    }

    [Theory]
    [InlineData("API_TOKEN_SECRET")]
    [InlineData("DB_PASSWORD")]
    [InlineData("STRIPE_SECRET_KEY")]
    public void EnvironmentVariableNames_ArePlaceholders(string value) => Assert.True(Placeholders.IsPlaceholder(value));

    [Theory]
    [InlineData("BLUE_HORSE")]
    [InlineData("TR0UB4DOR_PASSWORD")]
    [InlineData("_PASSWORD")]
    [InlineData("PASSWORD_")]
    [InlineData("CACHE_KEY")]
    public void OtherUpperCaseValues_AreNotPlaceholders(string value) => Assert.False(Placeholders.IsPlaceholder(value));

    [Fact]
    public void UriWithAVariableNameAsPassword_IsClean() =>
        Assert.Null(ConnectionStrings.Find("https://apitoken:WEBHOOK_SECRET@hooks.example.net/"));

    [Fact]
    public void UriWithAnUpperCasePassword_IsStillFound()
    {
        const string value = "https://apitoken:BLUE_HORSE_42@hooks.example.net/";
        AssertFinds(ConnectionStrings.Find(value), value, "BLUE_HORSE_42");
    }

    [Theory]
    [InlineData("www.some-tracker.org")]
    [InlineData("WWW.\u200BSOMESITE")]
    public void WebAddresses_AreNotPasswords(string value) =>
        Assert.Null(SecretScanner.Analyze("contraseña", value, DetectionOptions.Default));

    [Fact]
    public void AValueThatOnlyMentionsWww_IsStillAPassword() =>
        Assert.NotNull(SecretScanner.Analyze("contraseña", "Www7Tr0ub4dor", DetectionOptions.Default));

    [Theory]
    [InlineData("ExtPubKey")]
    [InlineData("PubKey")]
    [InlineData("verification_key")]
    [InlineData("VerifyKey")]
    public void PublicHalvesOfKeyPairs_AreNotCredentials(string name) =>
        Assert.Equal(CredentialNameStrength.None, CredentialNames.Classify(name, DetectionOptions.Default).Strength);

    [Theory]
    [InlineData("ExtPrivKey")]
    [InlineData("SigningKey")]
    [InlineData("PrivateKey")]
    public void OtherKeys_AreStillKeys(string name) =>
        Assert.NotEqual(CredentialNameStrength.None, CredentialNames.Classify(name, DetectionOptions.Default).Strength);

    [Fact]
    public void AnExtendedPublicKeyInJson_IsClean() =>
        Assert.Null(EmbeddedCredentials.Find("{\"ExtPubKey\":\"tpubD6NzVbkrYhZ4XgiXtGrdW5XDAPFCL9h7we1vwNCpn8tGbBcgfVYjXyhWo4E1xkh56hjod1RhGjxbaTLV3X4FyWuejifB9jusQ46QzG87VKp\"}"));

    [Fact]
    public void AnExtendedPrivateKeyInJson_IsStillFound()
    {
        const string key = "tprv8ZgxMBicQKsPeQ7bR1bdyUuPz3mUq8LNa7ye8ZvnmfBgNuWDyP4GowYF1c9bA4MJQ8N6kNjUj3qkPHXaqN3qnXr9Nx5Ye1vXzQw7eP2";
        string value = "{\"ExtPrivKey\":\"" + key + "\"}";
        AssertFinds(EmbeddedCredentials.Find(value), value, key);
    }

    [Theory]
    [InlineData("acme.teams.{team}.auth")]
    [InlineData("api/{version}/token")]
    public void RouteAndPermissionTemplates_AreWordLike(string value)
    {
        Assert.True(WordLikeValues.IsWordLike(value));
        Assert.Null(SecretScanner.Analyze("TeamAuth", value, DetectionOptions.Default));
    }

    [Theory]
    [InlineData("acme.teams.{Zq8rT2mX9vLk}.auth")]
    [InlineData("{Zq8rT2mX9vLk4WpN}x")]
    public void TemplatesAroundRandomText_AreNotWordLike(string value) => Assert.False(WordLikeValues.IsWordLike(value));

    [Theory]
    [InlineData("Server=localhost;Port=5432;Database=app;User Id=postgres;Password=postgres")]
    [InlineData("Host=127.0.0.1:3306;Database=app;Uid=app;Pwd=app")]
    [InlineData("Data Source=(localdb)\\MSSQLLocalDB;User ID=dev;Password=dev")]
    [InlineData("Server=.;Database=app;User=sa;Password=SA")]
    [InlineData("Server=[::1]:5432;Username=dev;Password=dev")]
    public void LocalContainerDefaults_AreClean(string value)
    {
        Assert.Null(SecretScanner.Analyze(null, value, DetectionOptions.Default));
        Assert.Null(SecretScanner.Analyze("ConnectionString", value, DetectionOptions.Default));
    }

    [Theory]
    [InlineData("Server=db.internal;Database=app;User Id=postgres;Password=postgres", "postgres")]
    [InlineData("Server=localhost;Database=app;User=sa;Password=Str0ng!Pass", "Str0ng!Pass")]
    [InlineData("Server=localhost;Database=app;Password=postgres", "postgres")]
    [InlineData("Server=localhost.evil.net;User=app;Password=app", "app")]
    public void OtherAccounts_AreStillFound(string value, string secret)
    {
        SecretFinding? finding = SecretScanner.Analyze(null, value, DetectionOptions.Default);
        Assert.NotNull(finding);
        Assert.Equal(secret, value.Substring(finding!.Start, finding.Length));
    }

    [Theory]
    [InlineData("If you run a widget server: 'type=widget;server=http://widget.local:4570;password=widgetpass1;host=w:1'")]
    [InlineData("            widget server: 'type=widget;server=http://widget.local:4570;password=widgetpass1'")]
    [InlineData("For a hosted queue, set it to: `host=q.local&user=app&pwd=Tr0ub4dor3`")]
    public void SettingSyntaxQuotedInHelpText_IsClean(string value) =>
        Assert.Null(SecretScanner.Analyze(null, value, DetectionOptions.Default));

    [Theory]
    [InlineData("password: 'Tr0ub4dor3'")]
    [InlineData("Server=db;Database=app;Password=Tr0ub4dor3")]
    [InlineData("Use 'Server=db;Database=app;Password=Tr0ub4dor3'")]
    [InlineData("Connection string: 'Password=Tr0ub4dor3;Server=db;Database=app'")]
    [InlineData("widget: 'type=widget;server=db;password=Tr0ub4dor3'")]
    [InlineData("the widget server: 'type=widget'\nServer=db;Password=Tr0ub4dor3")]
    public void PairsOutsideAQuotedExample_AreStillFound(string value) =>
        Assert.NotNull(SecretScanner.Analyze(null, value.Replace("\\n", "\n", System.StringComparison.Ordinal), DetectionOptions.Default));

    [Theory]
    [InlineData("__CurrentViewState")]
    [InlineData("__RequestItems__")]
    public void IdentifiersWithLeadingUnderscores_AreWordLike(string value)
    {
        Assert.True(WordLikeValues.IsWordLike(value));
        Assert.Null(SecretScanner.Analyze("ViewStateAccessKey", value, DetectionOptions.Default));
    }

    [Theory]
    [InlineData("__Zq8rT2mX9vLk4WpN7sYb")]
    [InlineData("__a__b")]
    public void UnderscoresBeforeRandomText_AreNotWordLike(string value) => Assert.False(WordLikeValues.IsWordLike(value));

    [Theory]
    [InlineData("-----BEGIN PRIVATE KEY----- MIIEvQIBADANBgkqhkiG9w0......")]
    [InlineData("Zq8rT2mX9vLk\u2026")]
    public void ElidedKeys_AreDocumentedExamples(string value) =>
        Assert.True(DocumentedExamples.IsDocumentedExample(value, 0, value.Length));

    [Theory]
    [InlineData("-----BEGIN PRIVATE KEY----- MIIEvQIBADANBgkqhkiG9w0BAQEFAASC")]
    [InlineData("Zq8rT2mX9.vLk4WpN.7sYb")]
    public void KeysWithoutElision_AreNotExamples(string value) =>
        Assert.False(DocumentedExamples.IsDocumentedExample(value, 0, value.Length));

    private static void AssertFinds(ConnectionStringCredential? found, string value, string secret)
    {
        Assert.NotNull(found);
        Assert.Equal(secret, value.Substring(found!.Value.Start, found.Value.Length));
    }
}
