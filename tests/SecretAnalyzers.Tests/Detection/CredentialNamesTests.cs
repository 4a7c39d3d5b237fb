using SecretAnalyzers.Detection;

namespace SecretAnalyzers.Tests.Detection;

public class CredentialNamesTests
{
    [Theory]
    [InlineData("password", "Password")]
    [InlineData("Password", "Password")]
    [InlineData("_password", "Password")]
    [InlineData("userPassword", "UserPassword")]
    [InlineData("DB_PASSWORD", "DbPassword")]
    [InlineData("adminPwd", "AdminPwd")]
    [InlineData("passwd", "Passwd")]
    [InlineData("passphrase", "Passphrase")]
    [InlineData("dbPass", "DbPass")]
    [InlineData("secret", "Secret")]
    [InlineData("clientSecret", "ClientSecret")]
    [InlineData("client_secret", "ClientSecret")]
    [InlineData("credentials", "Credentials")]
    [InlineData("apiKey", "ApiKey")]
    [InlineData("api_key", "ApiKey")]
    [InlineData("APIKEY", "Apikey")]
    [InlineData("x-api-key", "XApiKey")]
    [InlineData("accessToken", "AccessToken")]
    [InlineData("GITHUB_TOKEN", "GithubToken")]
    [InlineData("authToken", "AuthToken")]
    [InlineData("privateKey", "PrivateKey")]
    [InlineData("access_key", "AccessKey")]
    [InlineData("secretAccessKey", "SecretAccessKey")]
    [InlineData("signingKey", "SigningKey")]
    [InlineData("passwordValue", "Password")]
    [InlineData("ApiKey2", "ApiKey")]
    [InlineData("m_password", "Password")]
    [InlineData("s_apiKey", "ApiKey")]
    [InlineData("Smtp:Password", "SmtpPassword")]
    public void CredentialNames_AreCredentials(string name, string suggested)
    {
        CredentialName result = CredentialNames.Classify(name, DetectionOptions.Default);

        Assert.Equal(CredentialNameStrength.Credential, result.Strength);
        Assert.Equal(suggested, result.SuggestedName);
    }

    [Theory]
    [InlineData("PasswordLabel")]
    [InlineData("PasswordPolicy")]
    [InlineData("TokenType")]
    [InlineData("PublicKeyToken")]
    [InlineData("public_key_token")]
    [InlineData("passwordLength")]
    [InlineData("PasswordHash")]
    [InlineData("SecretName")]
    [InlineData("TokenEndpoint")]
    [InlineData("passwordPrompt")]
    [InlineData("PasswordResourceKey")]
    [InlineData("PasswordKey")]
    [InlineData("PasswordUrl")]
    [InlineData("passwordRegex")]
    [InlineData("PasswordMessage")]
    [InlineData("PasswordField")]
    [InlineData("passwordColumn")]
    [InlineData("TokenHeader")]
    [InlineData("PasswordFormat")]
    [InlineData("ApiKeyId")]
    [InlineData("ApiKeyHeaderName")]
    [InlineData("accessKeyId")]
    [InlineData("cancellationToken")]
    [InlineData("continuationToken")]
    [InlineData("NextPageToken")]
    [InlineData("CacheKey")]
    [InlineData("PrimaryKey")]
    [InlineData("PublicKey")]
    [InlineData("ResourceKey")]
    [InlineData("bypass")]
    [InlineData("compass")]
    [InlineData("firstPass")]
    [InlineData("renderPass")]
    [InlineData("userName")]
    [InlineData("connectionString")]
    [InlineData("tokenizer")]
    [InlineData("Passenger")]
    [InlineData("secretary")]
    [InlineData("ConnectionStrings:Default")]
    public void NonCredentialNames_AreNot(string name) =>
        Assert.Equal(CredentialNameStrength.None, CredentialNames.Classify(name, DetectionOptions.Default).Strength);

    [Theory]
    [InlineData("key")]
    [InlineData("Key")]
    [InlineData("hmacSomethingKey")]
    public void BareKeys_AreKeyLike(string name) =>
        Assert.Equal(CredentialNameStrength.KeyLike, CredentialNames.Classify(name, DetectionOptions.Default).Strength);

    [Fact]
    public void AdditionalCredentialWords_AreHonoured()
    {
        var options = DetectionOptions.Create(key => key == OptionKeys.AdditionalCredentialWords ? "tan, vault_code" : null);

        Assert.Equal(CredentialNameStrength.Credential, CredentialNames.Classify("userTan", options).Strength);
        Assert.Equal(CredentialNameStrength.Credential, CredentialNames.Classify("VAULT_CODE", options).Strength);
        Assert.Equal(CredentialNameStrength.None, CredentialNames.Classify("userTan", DetectionOptions.Default).Strength);
    }

    [Theory]
    [InlineData("apiKey", nameof(SecretKind.ApiKey))]
    [InlineData("accessToken", nameof(SecretKind.Token))]
    [InlineData("privateKey", nameof(SecretKind.PrivateKey))]
    [InlineData("password", nameof(SecretKind.Password))]
    [InlineData("rsaKey", nameof(SecretKind.PrivateKey))]
    public void Kinds(string name, string kind) => Assert.Equal(kind, CredentialNames.Classify(name, DetectionOptions.Default).Kind.ToString());
}
