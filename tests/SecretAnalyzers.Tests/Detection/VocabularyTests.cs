using SecretAnalyzers.Detection;

namespace SecretAnalyzers.Tests.Detection;

/// <summary>Issue 10 item 3: auth/bearer/signing-key words, PIN, one-word compounds and non-English credential names.</summary>
public class VocabularyTests
{
    [Theory]
    [InlineData("auth")]
    [InlineData("authKey")]
    [InlineData("AUTHKEY")]
    [InlineData("bearer")]
    [InlineData("credentials")]
    [InlineData("signingkey")]
    [InlineData("hmacKey")]
    [InlineData("HMACKEY")]
    [InlineData("jwtkey")]
    [InlineData("jwtSecret")]
    [InlineData("encryptionkey")]
    [InlineData("webhooksecret")]
    [InlineData("WebhookSecret")]
    [InlineData("passcode")]
    [InlineData("pin")]
    [InlineData("userPin")]
    [InlineData("PIN_CODE")]
    [InlineData("dbpassword")]
    [InlineData("ADMINPASSWORD")]
    [InlineData("appsecret")]
    [InlineData("basicAuth")]
    [InlineData("passwort")]
    [InlineData("Kennwort")]
    [InlineData("benutzerPasswort")]
    [InlineData("motDePasse")]
    [InlineData("mot_de_passe")]
    [InlineData("contrasena")]
    [InlineData("contraseña")]
    [InlineData("senha")]
    [InlineData("usuarioSenha")]
    [InlineData("segreto")]
    [InlineData("wachtwoord")]
    [InlineData("haslo")]
    [InlineData("hasło")]
    [InlineData("heslo")]
    [InlineData("parol")]
    [InlineData("sifre")]
    [InlineData("şifre")]
    [InlineData("geheimnis")]
    [InlineData("secreto")]
    public void NewWords_AreCredentials(string name) =>
        Assert.Equal(CredentialNameStrength.Credential, CredentialNames.Classify(name, DetectionOptions.Default).Strength);

    [Theory]
    [InlineData("PasswordLabel")]
    [InlineData("TokenType")]
    [InlineData("AuthScheme")]
    [InlineData("AuthenticationType")]
    [InlineData("PinLength")]
    [InlineData("pinned")]
    [InlineData("spinner")]
    [InlineData("Opinion")]
    [InlineData("PassengerName")]
    [InlineData("SenhaLabel")]
    [InlineData("passwortLaenge")]
    [InlineData("parola")]
    [InlineData("clave")]
    [InlineData("BearerFormat")]
    [InlineData("author")]
    [InlineData("authority")]
    [InlineData("secretary")]
    [InlineData("passwordless")]
    public void NeighbouringWords_StayClean(string name) =>
        Assert.Equal(CredentialNameStrength.None, CredentialNames.Classify(name, DetectionOptions.Default).Strength);

    [Theory]
    [InlineData("userPin", "1234")]
    [InlineData("passwort", "Geheim!42")]
    [InlineData("authKey", "q8Zr2LmX9vTk4WpN7sYb")]
    [InlineData("webhookSecret", "whs-9f8e7d6c5b4a")]
    public void NewWords_ReportValues(string name, string value) =>
        Assert.NotNull(SecretScanner.Analyze(name, value, DetectionOptions.Default));

    [Theory]
    [InlineData("Pin", "top")]
    [InlineData("pinCode", "left")]
    [InlineData("auth", "Cookies")]
    [InlineData("bearer", "JwtBearer")]
    public void NewWords_WordValuesStayClean(string name, string value) =>
        Assert.Null(SecretScanner.Analyze(name, value, DetectionOptions.Default));
}
