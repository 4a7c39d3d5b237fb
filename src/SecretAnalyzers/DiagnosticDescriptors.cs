using Microsoft.CodeAnalysis;

namespace SecretAnalyzers;

/// <summary>
/// Every diagnostic SecretAnalyzers reports from the analyzer assembly, in one place. Messages carry only masked
/// values (<c>AKIA…MPLE (20 chars)</c>); help links point at docs/rules/{id}.md.
/// </summary>
internal static class DiagnosticDescriptors
{
    /// <summary>SEC0001: {0} = what (password, API key…), {1} = where it flows (symbol, parameter or key name), {2} = masked value.</summary>
    public static readonly DiagnosticDescriptor HardcodedCredential = new(
        id: RuleIdentifiers.HardcodedCredential,
        title: "Hardcoded password or credential",
        messageFormat: "Hardcoded {0} flows into '{1}' ({2}); load it from a secret store instead",
        category: RuleCategories.Security,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A string literal or compile-time constant flows into a variable, field, property, parameter, dictionary key or comparison whose name means a credential (password, secret, apiKey, token, …), or into a known credential parameter such as NetworkCredential's password. Anyone who can read the source or the compiled assembly can read it.",
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.HardcodedCredential));

    /// <summary>SEC0002: {0} = token type ("GitHub personal access token"), {1} = masked value.</summary>
    public static readonly DiagnosticDescriptor HardcodedToken = new(
        id: RuleIdentifiers.HardcodedToken,
        title: "Hardcoded API key, token or private key",
        messageFormat: "Hardcoded {0} ({1}); revoke it and load it from a secret store instead",
        category: RuleCategories.Security,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A string literal contains a known API key, access token or private key format (AWS, GitHub, GitLab, Slack, Stripe, Google, OpenAI, Azure, JWT, PEM, …), or a high-entropy value is assigned to a key- or token-named symbol. A key that reached source control must be treated as leaked: rotate it.",
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.HardcodedToken));

    /// <summary>SEC0003: {0} = credential part ("password", "shared access key"), {1} = masked credential, {2} = "Connection string" or "String" (generic pairs).</summary>
    public static readonly DiagnosticDescriptor ConnectionStringWithCredentials = new(
        id: RuleIdentifiers.ConnectionStringWithCredentials,
        title: "Connection string with hardcoded credentials",
        messageFormat: "{2} contains a hardcoded {0} ({1}); keep the rest in code and load the {0} from a secret store",
        category: RuleCategories.Security,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A connection string (Password=/Pwd=, SharedAccessKey=, AccountKey=) or a URI with user information (postgres://user:pass@host) embeds a credential. Integrated security, empty passwords and placeholders are not reported.",
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.ConnectionStringWithCredentials));

    /// <summary>SEC0005: {0} = what (password, API key…), {1} = masked value, {2} = configuration key.</summary>
    public static readonly DiagnosticDescriptor SecretInConfigurationFile = new(
        id: RuleIdentifiers.SecretInConfigurationFile,
        title: "Secret in a configuration file",
        messageFormat: "Configuration key '{2}' holds a hardcoded {0} ({1}); move it to a secret store and rotate it",
        category: RuleCategories.Security,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A configuration file (appsettings*.json, web.config/app.config, .env) holds a password, API key, token, private key or connection-string credential. Configuration files are committed, copied into build output and images like code: move the value to a secret store and rotate it.",
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.SecretInConfigurationFile));

    /// <summary>SEC0004: {0} = what (GitHub personal access token, private key, password…), {1} = masked value.</summary>
    public static readonly DiagnosticDescriptor SecretInComment = new(
        id: RuleIdentifiers.SecretInComment,
        title: "Secret in a comment",
        messageFormat: "Comment contains a secret, {0} ({1}); remove it and rotate it",
        category: RuleCategories.Security,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A comment, XML documentation or disabled (#if false) region holds a high-confidence secret: a provider token with a distinctive prefix or checksum, a PEM private key, a URI with a password, a Password= pair with a real value, or commented-out code or a note that stores a password-shaped value under a credential name. Comments are committed and shipped like code: remove the secret and rotate it.",
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.SecretInComment));
}
