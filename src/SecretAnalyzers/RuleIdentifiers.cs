namespace SecretAnalyzers;

/// <summary>
/// One home for rule IDs. Ranges (see docs/rules/README.md): SEC00xx detection in code and config,
/// SEC01xx manifest and generator. The code fixes and the CLI refer to these constants, never to string copies.
/// </summary>
public static class RuleIdentifiers
{
    /// <summary>A hardcoded password or credential flows into a credential-named symbol or a known credential parameter.</summary>
    public const string HardcodedCredential = "SEC0001";

    /// <summary>A string literal contains a known API key / token / private key format, or a high-entropy key value.</summary>
    public const string HardcodedToken = "SEC0002";

    /// <summary>A connection string or URI embeds a password.</summary>
    public const string ConnectionStringWithCredentials = "SEC0003";

    /// <summary>A comment, XML doc or disabled (#if false) region holds a high-confidence secret.</summary>
    public const string SecretInComment = "SEC0004";

    /// <summary>A configuration file (appsettings*.json, *.config, .env) holds a secret.</summary>
    public const string SecretInConfigurationFile = "SEC0005";

    /// <summary>Help pages live beside the code: docs/rules/{id}.md.</summary>
    public static string GetHelpUri(string id) =>
        "https://github.com/secretanalyzers/secretanalyzers/blob/main/docs/rules/" + id + ".md";
}
