namespace SecretAnalyzers;

/// <summary>
/// The one home for rule IDs. Ranges (see docs/rules/README.md): SEC00xx detection in code and config,
/// SEC01xx manifest and generator. Analyzers, code fixes, the generator, the manifest reader and the CLI refer to
/// these constants, never to string copies. Shared source: compiled into the analyzer and generator assemblies.
/// </summary>
internal static class RuleIdentifiers
{
    /// <summary>Help pages live beside the code: docs/rules/{id}.md.</summary>
    private const string HelpLinkBase = "https://github.com/secretanalyzers/secretanalyzers/blob/main/docs/rules/";

    // SEC00xx: detection in code and configuration files.

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

    /// <summary>A <c>secrets.local.json</c> is tracked by git (reported by the <c>secretanalyzers</c> scanner only).</summary>
    public const string LocalSecretsFileTracked = "SEC0050";

    // SEC01xx: the secrets manifest and the generator.

    /// <summary>The manifest is not valid JSON-with-comments.</summary>
    public const string MalformedJson = "SEC0100";

    /// <summary>A manifest property has a value of the wrong kind or shape.</summary>
    public const string InvalidValue = "SEC0101";

    /// <summary>A secret's source is neither Secrets Manager nor Parameter Store.</summary>
    public const string UnknownSource = "SEC0102";

    /// <summary>A name is declared twice.</summary>
    public const string DuplicateName = "SEC0103";

    /// <summary>A name is not a valid C# identifier.</summary>
    public const string InvalidIdentifier = "SEC0104";

    /// <summary>A secret has no id.</summary>
    public const string MissingId = "SEC0105";

    /// <summary>A cache lifetime cannot be read.</summary>
    public const string InvalidTtl = "SEC0106";

    /// <summary>A field of a typed secret has an unsupported type.</summary>
    public const string UnsupportedFieldType = "SEC0107";

    /// <summary>A typed secret also names a single JSON key.</summary>
    public const string JsonKeyOnTypedSecret = "SEC0108";

    /// <summary>A manifest property is unknown (misspelled).</summary>
    public const string UnknownProperty = "SEC0109";

    /// <summary>Two generated members would get the same C# name.</summary>
    public const string NameCollision = "SEC0110";

    /// <summary>A version id or stage is invalid for the store.</summary>
    public const string InvalidVersion = "SEC0111";

    /// <summary>The manifest holds a secret value.</summary>
    public const string ValueInManifest = "SEC0112";

    /// <summary>Two manifests generate the same class.</summary>
    public const string DuplicateGeneratedClass = "SEC0113";

    /// <summary>The project does not reference SecretAnalyzers.Runtime.</summary>
    public const string RuntimeNotReferenced = "SEC0114";

    /// <summary>A secret id breaks the store's naming rules.</summary>
    public const string InvalidSecretId = "SEC0115";

    /// <summary>The project's C# version is too low for the generated code.</summary>
    public const string LanguageVersionTooLow = "SEC0116";

    /// <summary>The manifest's <c>defaults.regions</c> is empty, names something that is not an AWS region, or repeats one.</summary>
    public const string InvalidRegion = "SEC0117";

    /// <summary>The help page of a rule: docs/rules/{id}.md.</summary>
    public static string GetHelpUri(string id) => HelpLinkBase + id + ".md";
}
