using SecretAnalyzers.Detection;

namespace SecretAnalyzers.Tests.Detection;

public class NameWordsTests
{
    [Theory]
    [InlineData("DB_PASSWORD", "db|password")]
    [InlineData("apiKey", "api|key")]
    [InlineData("APIKey", "api|key")]
    [InlineData("HTTPSProxyPassword", "https|proxy|password")]
    [InlineData("ConnectionStrings:Default", "connection|strings|default")]
    [InlineData("x-api-key", "x|api|key")]
    [InlineData("_password2", "password|2")]
    [InlineData("m_clientSecret", "m|client|secret")]
    [InlineData("Smtp.Password", "smtp|password")]
    [InlineData("", "")]
    public void Splits(string name, string expected) => Assert.Equal(expected, string.Join("|", NameWords.Split(name)));
}
