using SecretAnalyzers.Manifest;

namespace SecretAnalyzers.Generators.Tests;

/// <summary>The one kebab case (new secret ids from the fixes, <c>init</c>'s id prefix): the rule, case by case.</summary>
public sealed class ManifestNamesKebabCaseTests
{
    [Theory]
    [InlineData("DbPassword", "db-password")]
    [InlineData("dbPassword", "db-password")]
    [InlineData("AWSSecretKey", "aws-secret-key")]
    [InlineData("AwsSecretKey", "aws-secret-key")]
    [InlineData("OAuth2Token", "o-auth2-token")]
    [InlineData("GitHubToken", "git-hub-token")]
    [InlineData("Password2", "password2")]
    [InlineData("Token2Fa", "token2-fa")]
    [InlineData("APIKey", "api-key")]
    [InlineData("DB_PASSWORD", "db-password")]
    [InlineData("My.Shop_API", "my-shop-api")]
    [InlineData("OrderService", "order-service")]
    [InlineData("_token", "token")]
    [InlineData("Smtp__Password", "smtp-password")]
    [InlineData("ПарольDb", "db")]
    [InlineData("Пароль", "")]
    [InlineData("", "")]
    public void ToKebabCase(string name, string expected) => Assert.Equal(expected, ManifestNames.ToKebabCase(name));
}
