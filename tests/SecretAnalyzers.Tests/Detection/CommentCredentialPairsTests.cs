using SecretAnalyzers.Detection;

namespace SecretAnalyzers.Tests.Detection;

/// <summary>
/// Credential pairs in free text (<see cref="CommentCredentialPairs"/> through <see cref="HighConfidenceSecrets.Find(string, DetectionOptions)"/>):
/// commented-out code and notes are found with the value's own span; names that are about a credential, prose,
/// references and placeholders stay clean; and the prefilter lets through every pair that is found.
/// </summary>
public class CommentCredentialPairsTests
{
    private static SecretFinding? Find(string comment) => HighConfidenceSecrets.Find(comment, DetectionOptions.Default);

    [Theory]
    [InlineData("// string password = \"Winter#2031\";", "Winter#2031")]
    [InlineData("// var apiKey = \"q8Xz2LmN4pR7sT1vW9yB3cD5\";", "q8Xz2LmN4pR7sT1vW9yB3cD5")]
    [InlineData("//     Password = \"Blue!Harbor77\",", "Blue!Harbor77")]
    [InlineData("// \"password\": \"Gr33n-Valley!\"", "Gr33n-Valley!")]
    [InlineData("/* const string Secret = \"K3y!Lime#Pie\"; */", "K3y!Lime#Pie")]
    [InlineData("// settings[\"SmtpPassword\"] = @\"Quartz\"\"77\";", "Quartz\"\"77")]
    [InlineData("// public string Password => \"Mercury!82\";", "Mercury!82")]
    [InlineData("// if (password == \"Orbit-5521\") return true;", "Orbit-5521")]
    [InlineData("// Connect(host, password: \"Delta#Nine9\");", "Delta#Nine9")]
    [InlineData("// TODO remove: apiKey = \"5e0c2b7a9d4f1e3c8b6a0d2f4e1c7b9a\"", "5e0c2b7a9d4f1e3c8b6a0d2f4e1c7b9a")]
    [InlineData("// password: Autumn2031!", "Autumn2031!")]
    [InlineData("// pwd=Cobalt77x", "Cobalt77x")]
    [InlineData("// login: admin, password: Falcon#92", "Falcon#92")]
    [InlineData("// old password: `Rivers^Stones4`", "Rivers^Stones4")]
    [InlineData("/// <para>password: Rainy#Day42</para>", "Rainy#Day42")]
    [InlineData("// DB_PASSWORD=Kite55-Moon; rotate after the release", "Kite55-Moon")]
    [InlineData("// api key: R4nd0mK3yV4lu3Xq7Lp2", "R4nd0mK3yV4lu3Xq7Lp2")]
    [InlineData("// Passwort: Sommer#2031", "Sommer#2031")]
    [InlineData("// token: 9Fh2Kq7Lm3Np8Rs4Tv6Wx1Yz5 (expires in May)", "9Fh2Kq7Lm3Np8Rs4Tv6Wx1Yz5")]
    [InlineData("// client.Credentials = new NetworkCredential(\"deploy\", \"Sh1pIt#Now\");", "Sh1pIt#Now")]
    [InlineData("// var c = new NetworkCredential(settings.User, \"Crane-Lake88\", \"CORP\");", "Crane-Lake88")]
    public void PairsAreFoundWithTheValueSpan(string comment, string value)
    {
        SecretFinding? finding = Find(comment);

        Assert.NotNull(finding);
        Assert.Equal(RuleIdentifiers.SecretInComment, finding!.RuleId);
        Assert.Equal(value, comment.Substring(finding.Start, finding.Length));
        Assert.DoesNotContain(value, finding.MaskedValue, System.StringComparison.Ordinal);
        Assert.True(HighConfidenceSecrets.MayHoldSecret(comment, 0, comment.Length), "the prefilter must let the pair through");
        Assert.True(HighConfidenceSecrets.MayHoldSecret("class C { }\n" + comment + "\n", 0, comment.Length + 13), "in a whole file too");
    }

    [Theory]
    // names about a credential, not holding one
    [InlineData("// string PasswordLabel = \"Enter#Password1\";")]
    [InlineData("// TokenType = \"Bearer-Access42\";")]
    [InlineData("// var passwordLength = \"12345678\";")]
    [InlineData("// password hash: 9Fh2Kq7Lm3Np8Rs4Tv6Wx1Yz5")]
    // prose
    [InlineData("// password: the user's password")]
    [InlineData("// The password: must contain 8 characters and a digit")]
    [InlineData("// Password: hunter2 was the old default")]
    [InlineData("// Password: SHA256 of the salted value")]
    [InlineData("// login: admin / pass Summer")]
    [InlineData("/// <param name=\"password\">The password: at least 12 characters.</param>")]
    // references, calls, paths, URLs, placeholders, keywords
    [InlineData("// password: options.Password")]
    [InlineData("// password: GetPassword(user)")]
    [InlineData("// password: <your password>")]
    [InlineData("// password: ${DB_PASSWORD}")]
    [InlineData("// pwd=%DB_PASSWORD%")]
    [InlineData("// password: $DB_PASSWORD")]
    [InlineData("// password: ********")]
    [InlineData("// password = null;")]
    [InlineData("// token: https://login.example.com/oauth2/token")]
    [InlineData("// secret: /run/secrets/app-secret-42")]
    [InlineData("// password: admin@example.com")]
    [InlineData("// token: v2.14.1-beta")]
    [InlineData("// secret: 2031-01-01")]
    [InlineData("// secret: key:value pairs")]
    [InlineData("/// <code>new Client(apiKey: \"abc123\")</code>")]
    [InlineData("// token: 1234567890abcdef")]
    // quoted values that a literal under the name would not report either
    [InlineData("// apiKey = \"YOUR_API_KEY\";")]
    [InlineData("// string password = \"password\";")]
    [InlineData("// var password = \"Enter your password\";")]
    [InlineData("// password = \"$2b$12$C6UzMDM.H6dfI/f/IKcEeO5wCH8Y6d0lY0K5JmX9y/6q6PbV3a0pK\";")]
    [InlineData("// string secret = $\"{prefix}-Blue#77\";")]
    [InlineData("// token = \"abc\";")]
    [InlineData("// string password = \"unterminated")]
    [InlineData("// new NetworkCredential(\"user\", \"password\")")]
    [InlineData("// new NetworkCredential(user, password)")]
    [InlineData("// new NetworkCredential(\"user\", \"<password>\")")]
    // key alone in prose, operators that are not a pair
    [InlineData("// key: 7f3a9be2c41d4f0a8e6b5c3d2a1f0e9d")]
    [InlineData("// cache key: 7f3a9be2c41d4f0a8e6b5c3d2a1f0e9d")]
    [InlineData("// var x = admin ? adminPassword : \"Hello#World1\";")]
    [InlineData("// password != \"Zebra#Crossing9\"")]
    [InlineData("// global::Secrets.Password")]
    public void NamesProseReferencesAndPlaceholdersAreClean(string comment) => Assert.Null(Find(comment));

    [Fact]
    public void JwtUnderATokenNameIsADocumentationExample() => Assert.Null(Find("// token: " + FakeTokens.Jwt()));

    [Fact]
    public void IgnoredValuesAreNotReported()
    {
        var options = DetectionOptions.Create(key => key == OptionKeys.IgnoredValues ? "Autumn2031!" : null);

        Assert.Null(HighConfidenceSecrets.Find("// password: Autumn2031!", options));
        Assert.NotNull(HighConfidenceSecrets.Find("// password: Winter2031!", options));
    }

    [Fact]
    public void AdditionalCredentialWordsNameAPairAndPassThePrefilter()
    {
        const string Comment = "// zugriffscode = \"Lantern#3141\";";
        var options = DetectionOptions.Create(key => key == OptionKeys.AdditionalCredentialWords ? "zugriffscode" : null);

        Assert.Null(Find(Comment));
        Assert.NotNull(HighConfidenceSecrets.Find(Comment, options));
        Assert.True(HighConfidenceSecrets.MayHoldSecret(Comment, 0, Comment.Length, options));
    }

    [Theory]
    [InlineData("var key = GetKey(name); if (token == null) { return; }")]
    [InlineData("Token = token; Secret = options.Secret; var tokenType = \"Bearer\"; string key = \"Name\";")]
    [InlineData("string Secret => _secret; // the secret: read from the store")]
    public void OrdinaryCodeDoesNotTrigger(string code) =>
        Assert.False(HighConfidenceSecrets.MayHoldSecret(code, 0, code.Length));
}
