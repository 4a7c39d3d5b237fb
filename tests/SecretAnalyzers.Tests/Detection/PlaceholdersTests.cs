using SecretAnalyzers.Detection;

namespace SecretAnalyzers.Tests.Detection;

public class PlaceholdersTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("<password>")]
    [InlineData("<YOUR_API_KEY>")]
    [InlineData("${DB_PASSWORD}")]
    [InlineData("$(Password)")]
    [InlineData("%PWD%")]
    [InlineData("{0}")]
    [InlineData("{password}")]
    [InlineData("{{secret}}")]
    [InlineData("#{Octopus.Password}")]
    [InlineData("__PASSWORD__")]
    [InlineData("[PASSWORD]")]
    [InlineData("****")]
    [InlineData("********")]
    [InlineData("xxx")]
    [InlineData("XXXXXXXX")]
    [InlineData("your-api-key-here")]
    [InlineData("YOUR_API_KEY")]
    [InlineData("changeme")]
    [InlineData("CHANGE_ME")]
    [InlineData("TODO")]
    [InlineData("dummy")]
    [InlineData("example")]
    [InlineData("aaaaaa")]
    [InlineData("$DB_PASSWORD")]
    [InlineData("insert-your-token-here")]
    [InlineData("replace_me_with_real_key")]
    [InlineData("redacted")]
    [InlineData("not-a-real-secret")]
    public void Placeholders_AreRecognised(string value) => Assert.True(Placeholders.IsPlaceholder(value));

    [Theory]
    [InlineData("hunter2")]
    [InlineData("P@ssw0rd!")]
    [InlineData("S3cr3t!Pa55")]
    [InlineData("correcthorsebatterystaple")]
    [InlineData("$uper$ecret")]
    [InlineData("abc123")]
    [InlineData("test")]
    [InlineData("foo")]
    [InlineData("mypassword")]
    [InlineData("myNewPa55word")]
    public void RealLookingValues_AreNotPlaceholders(string value) => Assert.False(Placeholders.IsPlaceholder(value));
}
