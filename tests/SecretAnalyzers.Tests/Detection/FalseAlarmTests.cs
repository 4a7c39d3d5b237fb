using System;
using System.Linq;
using SecretAnalyzers.Detection;

namespace SecretAnalyzers.Tests.Detection;

/// <summary>Issue 10 item 6: word-like token/key values, name slugs, password hashes, alphabets, public dev keys.</summary>
public class FalseAlarmTests
{
    [Theory]
    [InlineData("token", "theme-music")]
    [InlineData("token", "album_artist")]
    [InlineData("token", "=>")]
    [InlineData("token", "foreach")]
    [InlineData("token", "utf8")]
    [InlineData("key", "Theme.Music")]
    [InlineData("key", "ThemeMusicFolder")]
    [InlineData("Token", "SOME_SETTING_NAME")]
    [InlineData("apiToken", "section/sub-section")]
    public void WordLikeValues_UnderTokenOrKeyNames_AreClean(string name, string value) =>
        Assert.Null(SecretScanner.Analyze(name, value, DetectionOptions.Default));

    [Theory]
    [InlineData("token", "tok-1234")]
    [InlineData("token", "q8Zr2LmX9vTk4WpN7sYb")]
    [InlineData("apiKey", "abc123")]
    [InlineData("password", "theme-music")]
    public void RandomOrPasswordValues_AreStillReported(string name, string value) =>
        Assert.NotNull(SecretScanner.Analyze(name, value, DetectionOptions.Default));

    [Theory]
    [InlineData("DeviceAuthKey", "pm-5537-device-auth-key")]
    [InlineData("ResetPassword", "reset-password")]
    [InlineData("AdminPassword", "ADMIN_PASSWORD_SETTING")]
    [InlineData("ClientSecret", "identity.client.secret")]
    public void SlugsRepeatingTheirName_AreClean(string name, string value) =>
        Assert.Null(SecretScanner.Analyze(name, value, DetectionOptions.Default));

    [Fact]
    public void PasswordHashes_AreClean()
    {
        string salt = new string('A', 22);
        string[] hashes =
        {
            "$2a$10$" + salt + new string('b', 31),
            "$2b$12$" + salt + new string('c', 31),
            "$2y$10$" + salt + new string('d', 31),
            "$argon2id$v=19$m=65536,t=3,p=4$c29tZXNhbHQ$RdescudvJCsgt3ub+b+dWRWJTmaaJObG",
            "$scrypt$ln=16,r=8,p=1$aM15713r3Xsvxbi31lqr1Q$nFNh2CVHVjNldFVKDHDlm4CbdRSCdEBsjjJxD+iCs5E",
            "pbkdf2_sha256$600000$c2FsdHNhbHQ$Yk9vWm1vZk5aT3pHd3Z1cG9uZ2JmZQ==",
            "$pbkdf2-sha256$29000$N2ZPaW1tQk1nMA$Q8z8gRP5mZrM",
            AspNetIdentityV3Hash(),
        };

        foreach (string hash in hashes)
        {
            Assert.True(PasswordHashes.IsPasswordHash(hash), hash);
            Assert.Null(SecretScanner.Analyze("AdminPassword", hash, DetectionOptions.Default));
        }
    }

    [Theory]
    [InlineData("$2a$")]
    [InlineData("2a10abcdefghijklmnopqrstuvwxyz")]
    [InlineData("hunter2!hunter2!hunter2!")]
    [InlineData("AQAAAAEAACcQAAAAE")]
    public void NonHashes_AreNotHashes(string value) => Assert.False(PasswordHashes.IsPasswordHash(value));

    [Theory]
    [InlineData("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")]
    [InlineData("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789")]
    [InlineData("abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*")]
    public void PasswordGeneratorAlphabets_AreClean(string value)
    {
        Assert.True(WordLikeValues.IsCharacterAlphabet(value));
        Assert.Null(SecretScanner.Analyze("passwordChars", value, DetectionOptions.Default));
    }

    [Theory]
    [InlineData("0123456789abcdef")]
    [InlineData("q8Zr2LmX9vTk4WpN7sYbq8Zr2LmX")]
    public void ShortRunsAndRandomValues_AreNotAlphabets(string value) => Assert.False(WordLikeValues.IsCharacterAlphabet(value));

    [Theory]
    [InlineData("amqp://guest:guest@localhost:5672")]
    [InlineData("DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;")]
    [InlineData("AccountEndpoint=https://localhost:8081/;AccountKey=C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==")]
    public void PublicDevelopmentKeys_AreDocumentedExamples(string value)
    {
        SecretFinding? finding = SecretScanner.Analyze("connectionString", value, DetectionOptions.Default);
        Assert.True(finding is null || finding.IsDocumentedExample);
    }

    [Theory]
    [InlineData("password", "guest")]
    [InlineData("paymentToken", "tok_visa")]
    [InlineData("token", "tok_chargeDeclined")]
    public void PublicTestValues_UnderNames_AreDocumentedOrClean(string name, string value)
    {
        SecretFinding? finding = SecretScanner.Analyze(name, value, DetectionOptions.Default);
        Assert.True(finding is null || finding.IsDocumentedExample);
    }

    [Theory]
    [InlineData("amqp://guest:guest123@localhost:5672")]
    [InlineData("amqp://admin:s3cr3t-pw@localhost:5672")]
    public void LookAlikesOfPublicKeys_AreReported(string value)
    {
        SecretFinding? finding = SecretScanner.Analyze("connectionString", value, DetectionOptions.Default);
        Assert.NotNull(finding);
        Assert.False(finding!.IsDocumentedExample);
    }

    private static string AspNetIdentityV3Hash()
    {
        byte[] bytes = new byte[13 + 16 + 32];
        bytes[0] = 0x01;
        bytes[4] = 1; // HMACSHA256
        bytes[7] = 0x27;
        bytes[8] = 0x10; // 10000 iterations
        bytes[12] = 16; // salt length
        for (int i = 13; i < bytes.Length; i++)
        {
            bytes[i] = (byte)(i * 37);
        }

        return Convert.ToBase64String(bytes);
    }
}
