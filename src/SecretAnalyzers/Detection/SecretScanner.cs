using System;
using System.Collections.Generic;

namespace SecretAnalyzers.Detection;

/// <summary>
/// The one entry point for "a value stored under this name". Order of evaluation follows the rule priority:
/// a known token format (SEC0002) wins over a connection-string credential (SEC0003), which wins over a
/// credential-named symbol (SEC0001, or SEC0002 when the name means a key/token and the value is random).
/// </summary>
internal static class SecretScanner
{
    /// <summary>Values shorter than this are never secrets (a one-character password is still a hardcoded password).</summary>
    public const int MinValueLength = 1;

    /// <summary>API keys and tokens are never shorter than this.</summary>
    public const int MinKeyLength = 6;

    private static readonly HashSet<string> ConnectionNameNoise = new(StringComparer.Ordinal)
    {
        "connection", "connections", "string", "strings", "conn", "str", "cs", "url", "uri", "dsn", "default",
        "value", "settings", "config", "configuration", "m", "s",
    };

    /// <summary>
    /// Analyses <paramref name="value"/> stored under <paramref name="name"/> (a C# identifier, a configuration key such
    /// as <c>ConnectionStrings:Default</c> or <c>DB_PASSWORD</c>, or null) and returns the single most specific
    /// finding, or null.
    /// </summary>
    public static SecretFinding? Analyze(string? name, string value, DetectionOptions options)
    {
        if (value is null || value.Length < MinValueLength)
        {
            return null;
        }

        options ??= DetectionOptions.Default;
        if (options.IsIgnored(value))
        {
            return null;
        }

        return FindTokenFormat(value, name, options)
            ?? FindConnectionStringCredential(value, name, options)
            ?? (name is null ? null : AnalyzeByName(name, value, options));
    }

    /// <summary>SEC0002 for a known token format anywhere in the value.</summary>
    public static SecretFinding? FindTokenFormat(string value, string? name = null, DetectionOptions? options = null)
    {
        TokenScanner.TokenMatch? match = TokenScanner.Find(value, name);
        if (match is not { } found)
        {
            return null;
        }

        string? suggested = found.Format.SuggestedName;
        if (name is not null)
        {
            CredentialName credential = CredentialNames.Classify(name, options ?? DetectionOptions.Default);
            if (credential.Strength != CredentialNameStrength.None && credential.SuggestedName is not null)
            {
                suggested = credential.SuggestedName;
            }
        }

        return new SecretFinding(
            RuleIdentifiers.HardcodedToken,
            found.Format.Kind,
            found.Format.Description,
            SecretMasker.Mask(value, found.Start, found.Length),
            found.Start,
            found.Length,
            suggested,
            DocumentedExamples.IsDocumentedExample(value, found.Start, found.Length));
    }

    /// <summary>SEC0003 for a password (or key) inside a connection string or URI.</summary>
    public static SecretFinding? FindConnectionStringCredential(string value, string? name = null, DetectionOptions? options = null)
    {
        ConnectionStringCredential? credential = ConnectionStrings.Find(value);
        bool generic = credential is null;
        credential ??= EmbeddedCredentials.Find(value, options);
        if (credential is not { } found || QuotedSyntaxExample.Contains(value, found.Start)
            || LocalDevelopmentAccount.Holds(value, found.Start, found.Length))
        {
            return null;
        }

        return new SecretFinding(
            RuleIdentifiers.ConnectionStringWithCredentials,
            SecretKind.ConnectionString,
            found.Description,
            SecretMasker.Mask(value, found.Start, found.Length),
            found.Start,
            found.Length,
            SuggestConnectionName(name, found),
            DocumentedExamples.IsDocumentedExample(value, found.Start, found.Length),
            generic);
    }

    /// <summary>
    /// A value passed to a parameter that is known to take a credential (NetworkCredential's password, …). Only
    /// empty values, placeholders and UI text are clean here; the value repeating a credential word ("password") is
    /// still a hardcoded password.
    /// </summary>
    public static SecretFinding? AnalyzeKnownCredential(
        string value, SecretKind kind, string description, string? suggestedName, DetectionOptions options)
    {
        if (value is null || value.Length == 0)
        {
            return null;
        }

        options ??= DetectionOptions.Default;
        if (options.IsIgnored(value))
        {
            return null;
        }

        SecretFinding? specific = FindTokenFormat(value) ?? FindConnectionStringCredential(value, options: options);
        if (specific is not null)
        {
            return specific;
        }

        if (Placeholders.IsPlaceholder(value) || ValueShape.LooksLikeText(value) || PasswordHashes.IsPasswordHash(value))
        {
            return null;
        }

        bool random = kind != SecretKind.Password && Entropy.LooksRandom(value, 0, value.Length, options.EntropyThreshold);
        return new SecretFinding(
            random ? RuleIdentifiers.HardcodedToken : RuleIdentifiers.HardcodedCredential,
            kind,
            description,
            SecretMasker.Mask(value),
            0,
            value.Length,
            suggestedName,
            DocumentedExamples.IsDocumentedExample(value, 0, value.Length));
    }

    /// <summary>SEC0001 / SEC0002 decided by the name alone (no known format, no connection string).</summary>
    public static SecretFinding? AnalyzeByName(string name, string value, DetectionOptions options)
    {
        if (value.Length < MinValueLength)
        {
            return null;
        }

        CredentialName credential = CredentialNames.Classify(name, options);
        if (credential.Strength == CredentialNameStrength.None)
        {
            return AnalyzeAuthorizationHeader(name, value, options);
        }

        if (ValueShape.IsAwsSecretKeyShape(value) && IsAwsSecretName(name))
        {
            return new SecretFinding(
                RuleIdentifiers.HardcodedToken, SecretKind.ApiKey, "AWS secret access key", SecretMasker.Mask(value), 0,
                value.Length, credential.SuggestedName ?? "AwsSecretAccessKey", DocumentedExamples.IsDocumentedExample(value, 0, value.Length));
        }

        if (Placeholders.IsPlaceholder(value) || ValueShape.LooksLikeText(value) || ValueShape.LooksLikeNameOrPath(value, credential, options)
            || IsNotASecret(value) || WordLikeValues.IsSlugOfName(value, name) || WordLikeValues.IsCredentialSlug(value))
        {
            return null;
        }

        if (credential.Kind != SecretKind.Password && WordLikeValues.IsWordLike(value))
        {
            return null; // token: "theme-music", key: "=>": parsers, naming schemes and flags, not credentials
        }

        if (credential.Description == "PIN" && !IsDigits(value))
        {
            return null; // Pin = "top" places a window; a PIN is digits
        }

        if (credential.Kind != SecretKind.Password
            && (value.Length < MinKeyLength || (value.Length < Entropy.MinRandomLength && ValueShape.IsSingleWord(value))))
        {
            return null; // token("class"), key("Enter"): keys and tokens are never plain words
        }

        if (credential.Kind != SecretKind.Password || credential.Strength == CredentialNameStrength.KeyLike)
        {
            double threshold = options.EntropyThreshold + (credential.Strength == CredentialNameStrength.KeyLike ? 0.5 : 0);
            if (Entropy.LooksRandom(value, 0, value.Length, threshold))
            {
                return new SecretFinding(
                    RuleIdentifiers.HardcodedToken,
                    credential.Kind,
                    credential.Description,
                    SecretMasker.Mask(value),
                    0,
                    value.Length,
                    credential.SuggestedName,
                    DocumentedExamples.IsDocumentedExample(value, 0, value.Length));
            }
        }

        if (credential.Strength != CredentialNameStrength.Credential)
        {
            return null;
        }

        return new SecretFinding(
            RuleIdentifiers.HardcodedCredential,
            credential.Kind,
            credential.Description,
            SecretMasker.Mask(value),
            0,
            value.Length,
            credential.SuggestedName,
            DocumentedExamples.IsDocumentedExample(value, 0, value.Length));
    }

    /// <summary>"Bearer …" / "Basic …" stored under an Authorization name (e.g. a header value).</summary>
    private static SecretFinding? AnalyzeAuthorizationHeader(string name, string value, DetectionOptions options)
    {
        int space = value.IndexOf(' ');
        if (space <= 0 || space > 7 || value.Length - space - 1 < 8)
        {
            return null;
        }

        string scheme = value.Substring(0, space);
        bool bearer = scheme.Equals("Bearer", StringComparison.OrdinalIgnoreCase) || scheme.Equals("Token", StringComparison.OrdinalIgnoreCase)
            || scheme.Equals("Bot", StringComparison.OrdinalIgnoreCase);
        bool basic = scheme.Equals("Basic", StringComparison.OrdinalIgnoreCase);
        if (!bearer && !basic)
        {
            return null;
        }

        List<string> words = NameWords.Split(name);
        if (words.Count == 0 || (words[words.Count - 1] != "authorization"
            && !(words[words.Count - 1] == "header" && (words.Contains("auth") || words.Contains("authorization")))))
        {
            return null;
        }

        int start = space + 1;
        int length = value.Length - start;
        if (Placeholders.IsPlaceholder(value, start, length) || value.IndexOf(' ', start) >= 0)
        {
            return null;
        }

        bool random = Entropy.LooksRandom(value, start, length, options.EntropyThreshold);
        return new SecretFinding(
            random ? RuleIdentifiers.HardcodedToken : RuleIdentifiers.HardcodedCredential,
            bearer ? SecretKind.Token : SecretKind.Password,
            bearer ? "bearer token" : "basic authentication credentials",
            SecretMasker.Mask(value, start, length),
            start,
            length,
            bearer ? "BearerToken" : "BasicAuthCredentials",
            DocumentedExamples.IsDocumentedExample(value, start, length));
    }

    /// <summary>A stored password hash or a generator's character alphabet: secret-shaped, but nothing to hide.</summary>
    private static bool IsNotASecret(string value) =>
        PasswordHashes.IsPasswordHash(value) || WordLikeValues.IsCharacterAlphabet(value);

    private static bool IsDigits(string value)
    {
        foreach (char c in value)
        {
            if (c < '0' || c > '9')
            {
                return false;
            }
        }

        return value.Length > 0;
    }

    private static bool IsAwsSecretName(string name)
    {
        List<string> words = NameWords.Split(name);
        bool secret = false, access = false, aws = false;
        foreach (string word in words)
        {
            secret |= word is "secret" or "secretaccesskey" or "secretkey";
            access |= word is "access" or "secretaccesskey";
            aws |= word == "aws";
        }

        return secret && (access || aws);
    }

    private static string SuggestConnectionName(string? name, ConnectionStringCredential credential)
    {
        if (name is not null)
        {
            List<string> words = NameWords.Split(name);
            var kept = new List<string>(words.Count);
            foreach (string word in words)
            {
                if (!ConnectionNameNoise.Contains(word) && !char.IsDigit(word[0]))
                {
                    kept.Add(word);
                }
            }

            string? prefix = NameWords.ToPascalCase(kept);
            if (prefix is not null && !prefix.EndsWith(credential.SuggestedSuffix, StringComparison.Ordinal))
            {
                return prefix + credential.SuggestedSuffix;
            }
        }

        string schemePrefix = credential.Scheme switch
        {
            "postgres" or "postgresql" => "Postgres",
            "mysql" => "MySql",
            "mongodb" or "mongodb+srv" => "MongoDb",
            "redis" or "rediss" => "Redis",
            "amqp" or "amqps" => "RabbitMq",
            "ftp" or "ftps" or "sftp" => "Ftp",
            "smtp" or "smtps" => "Smtp",
            "http" or "https" => "Http",
            null => credential.SuggestedSuffix switch
            {
                "SharedAccessKey" => "ServiceBus",
                "AccountKey" => "Storage",
                "Password" => "Db",
                _ => string.Empty,
            },
            _ => "Db",
        };

        return schemePrefix + credential.SuggestedSuffix;
    }
}
