using SecretAnalyzers.Detection;

namespace SecretAnalyzers.Tests.Detection;

/// <summary>
/// False-alarm classes measured on real projects (FFmpeg filters, option slugs, flags in prose, plural keys, file
/// paths, regexes, ARNs), each next to the real leak of the same shape that must still be reported.
/// </summary>
public class RealCodeFalseAlarmTests
{
    [Theory]
    [InlineData("overlay=eof_action=pass:repeatlast=0")]
    [InlineData("overlay_rkrga=eof_action=pass:repeatlast=0:format=nv12")]
    [InlineData("mode=token:Zq8rT2mX9vLk4WpN")]
    [InlineData("scale=w=1280:h=720:key:Zq8rT2mX9vLk4WpN")]
    [InlineData("pass:Tr0ub4dor3xx and more")]
    [InlineData("flags pwd:Tr0ub4dor3")]
    public void KeysInsideValues_AndShortAliasesWithColon_AreClean(string value) =>
        Assert.Null(EmbeddedCredentials.Find(value));

    [Theory]
    [InlineData("user=app;pass=Tr0ub4dor3", "Tr0ub4dor3")]
    [InlineData("eof_action=repeat:password=Tr0ub4dor3", null)]
    [InlineData("x=1&pwd=Tr0ub4dor3", "Tr0ub4dor3")]
    [InlineData("{\"pass\": \"Tr0ub4dor3\"}", "Tr0ub4dor3")]
    [InlineData("smtp:\n  pass: Tr0ub4dor3\n", "Tr0ub4dor3")]
    [InlineData("(password=Tr0ub4dor3)", "Tr0ub4dor3")]
    public void KeysAtAPairBoundary_AreStillFound(string value, string? secret)
    {
        ConnectionStringCredential? found = EmbeddedCredentials.Find(value);

        if (secret is null)
        {
            Assert.Null(found); // after ':' the word is a value of the previous option, not a key
            return;
        }

        AssertFinds(found, value, secret);
    }

    [Theory]
    [InlineData("s3-password")]
    [InlineData("webservice-sslcertificatepassword")]
    [InlineData("auth.client-secret")]
    [InlineData("github_token")]
    [InlineData("storage-account-key")]
    public void CredentialSlugs_NameACredential(string value)
    {
        Assert.True(WordLikeValues.IsCredentialSlug(value));
        Assert.Null(SecretScanner.Analyze("KEY_PASSWORD", value, DetectionOptions.Default));
    }

    [Theory]
    [InlineData("KEY_PASSWORD", "s3cr3t-Passw0rd")]
    [InlineData("AdminPassword", "hunter2-hunter2")]
    [InlineData("AdminPassword", "theme-music")]
    public void PasswordsThatAreNotCredentialSlugs_AreStillReported(string name, string value)
    {
        Assert.False(WordLikeValues.IsCredentialSlug(value));
        Assert.NotNull(SecretScanner.Analyze(name, value, DetectionOptions.Default));
    }

    [Theory]
    [InlineData("Cannot use --keep-webservice-password with a provided password")]
    [InlineData("Cannot use --password with a provided password")]
    [InlineData("The --export-passwords flag is not set, sensitive keys will not be included")]
    [InlineData("run --token flag")]
    [InlineData("pass --password with care")]
    public void FlagsInProse_AreClean(string value) => Assert.Null(EmbeddedCredentials.Find(value));

    [Theory]
    [InlineData("tool login --password Tr0ub4dor3 --verbose", "Tr0ub4dor3")]
    [InlineData("deploy --db-password Tr0ub4dor3", "Tr0ub4dor3")]
    [InlineData("deploy --api-key Zq8rT2mX9vLk4WpN", "Zq8rT2mX9vLk4WpN")]
    [InlineData("backup --keep-webservice-password=Tr0ub4dor3", "Tr0ub4dor3")]
    public void FlagsThatAreTheCredential_AreFound(string value, string secret) =>
        AssertFinds(EmbeddedCredentials.Find(value), value, secret);

    [Theory]
    [InlineData("aws://?access-key=...&secret-key=...&region-endpoint=us-east-1&secrets=secret1,secret2")]
    [InlineData("{ \"releaseTokens\": \".720p.HDTV.x264-SYNCOPY\", \"x\": 1 }")]
    [InlineData("passwords=Tr0ub4dor3,Xy7Qa9Lm")]
    [InlineData("?password=secret1&user=bob")]
    [InlineData("?pass=secret2&user=secret1")]
    public void PluralKeysAndNumberedPlaceholders_AreClean(string value) => Assert.Null(EmbeddedCredentials.Find(value));

    [Theory]
    [InlineData("secrets=x&secret=Zq8rT2mX9vLk4WpN7sYb", "Zq8rT2mX9vLk4WpN7sYb")]
    [InlineData("?password=secret12&user=bob", "secret12")]
    [InlineData("?password=s3cret1&user=bob", "s3cret1")]
    public void SingularKeysAndRealValues_AreStillFound(string value, string secret) =>
        AssertFinds(EmbeddedCredentials.Find(value), value, secret);

    [Theory]
    [InlineData("secret1")]
    [InlineData("Password2")]
    [InlineData("token3")]
    public void NumberedCredentialWords_ArePlaceholders(string value) => Assert.True(Placeholders.IsPlaceholder(value));

    [Theory]
    [InlineData("secret12")]
    [InlineData("hunter2")]
    [InlineData("secretA")]
    public void OtherValues_AreNotNumberedPlaceholders(string value) => Assert.False(Placeholders.IsPlaceholder(value));

    [Theory]
    [InlineData(@"file://C:\backup@daily\x")]
    [InlineData(@"ftp://C:\backup@daily")]
    [InlineData(@"smb://user:pa\ss@host/share")]
    [InlineData(@"file://user:Tr0ub4dor3@host/share")]
    public void WindowsPathsAndFileUris_HaveNoUserInfo(string value) => Assert.Null(ConnectionStrings.Find(value));

    [Fact]
    public void UriPasswords_AreStillFound()
    {
        const string value = "ftp://backup:Tr0ub4dor3@files.example.org/x";
        AssertFinds(ConnectionStrings.Find(value), value, "Tr0ub4dor3");
    }

    [Theory]
    [InlineData(@"([eE]x(tra)?\.\w+)")]
    [InlineData(@"^(?<name>.+)-trailer$")]
    [InlineData(@"[a-z0-9]{32}")]
    [InlineData(@"sample.*\d{3}")]
    public void RegexPatterns_AreNotTokens(string value)
    {
        Assert.True(WordLikeValues.IsPattern(value));
        Assert.Null(SecretScanner.Analyze("token", value, DetectionOptions.Default));
    }

    [Theory]
    [InlineData("q8Zr2LmX9vTk4WpN7sYb")]
    [InlineData("aB3+dE5/fG7hJ9kL1m==")]
    public void RandomTokens_AreNotPatterns(string value)
    {
        Assert.False(WordLikeValues.IsPattern(value));
        Assert.NotNull(SecretScanner.Analyze("token", value, DetectionOptions.Default));
    }

    [Theory]
    [InlineData("--allow-insecure-datafolder")]
    [InlineData("no-encryption")]
    [InlineData("/allow-insecure")]
    public void SwitchesAndWordSlugs_AreWordLike(string value)
    {
        Assert.True(WordLikeValues.IsWordLike(value));
        Assert.True(WordLikeValues.IsWordSlug(value));
    }

    [Theory]
    [InlineData("no-encrypti0n")]
    [InlineData("Correct-Horse")]
    [InlineData("--")]
    [InlineData("nohyphen")]
    [InlineData("x-ray")]
    [InlineData("two--dashes")]
    [InlineData("trailing-")]
    [InlineData("no-encryption!")]
    public void OtherValues_AreNotWordSlugs(string value) => Assert.False(WordLikeValues.IsWordSlug(value));

    [Theory]
    [InlineData("NoEncryptionSentinel", true)]
    [InlineData("AllowInsecureOption", true)]
    [InlineData("EmptyMarker", true)]
    [InlineData("ClientId", true)]
    [InlineData("ApplicationIdentifier", true)]
    [InlineData("ClientSecret", false)]
    [InlineData("Sentinel", false)]
    [InlineData("OptionPassword", false)]
    public void MarkerNames_AreRecognised(string name, bool expected) => Assert.Equal(expected, WordLikeValues.NamesANonSecret(name));

    [Theory]
    [InlineData("arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf")]
    [InlineData("arn:aws:ssm:us-east-1:123456789012:parameter/prod/db/password")]
    [InlineData("SecretId=arn:aws:secretsmanager:eu-west-1:123456789012:secret:app/api-token-Zq8rT2")]
    public void StoreReferences_AreNotSecrets(string value) =>
        Assert.Null(SecretScanner.Analyze(null, value, DetectionOptions.Default));

    [Fact]
    public void SecretPairsBesideAnArn_AreStillFound()
    {
        const string value = "arn:aws:ssm:us-east-1:123456789012:parameter/x secret: Zq8rT2mX9vLk4WpN7sYb";
        AssertFinds(EmbeddedCredentials.Find(value), value, "Zq8rT2mX9vLk4WpN7sYb");
    }

    private static void AssertFinds(ConnectionStringCredential? found, string value, string secret)
    {
        Assert.NotNull(found);
        Assert.Equal(secret, value.Substring(found!.Value.Start, found.Value.Length));
    }
}
