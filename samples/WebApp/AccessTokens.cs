namespace WebApp;

/// <summary>Issuer and audience of the API's access tokens; the signing key is a secret (Secrets.JwtSigningKey).</summary>
public static class AccessTokens
{
    public const string Issuer = "webapp";
    public const string Audience = "webapp-api";
}
