using System;
using System.Collections.Generic;

namespace SecretAnalyzers.Detection;

/// <summary>
/// Decides whether a name means a credential. The name is split into words and the LAST meaningful word decides:
/// <c>userPassword</c>, <c>DB_PASSWORD</c>, <c>api-key</c> and <c>clientSecret</c> are credentials, while
/// <c>PasswordLabel</c>, <c>PasswordPolicy</c>, <c>TokenEndpoint</c>, <c>SecretName</c> and <c>passwordLength</c> name
/// something about a credential and are not. Words are matched whole, never as substrings (bypass ≠ pass).
/// </summary>
internal static class CredentialNames
{
    private static readonly HashSet<string> PasswordWords = new(StringComparer.Ordinal)
    {
        "password", "passwd", "pwd", "passphrase", "passcode", "pw", "psw", "pword", "passw", "pass", "passwords",
        "passphrases", "passcodes", "pin", "pincode",
    };

    /// <summary>
    /// "Password" and "secret" in other languages, for code written with non-English names (de, fr, es, pt, it, nl,
    /// pl, cs, Russian transliteration, tr). Words that are also everyday words there ("parola" = word in Italian,
    /// "clave" = key in Spanish) are left out: a whole-word match must still mean a secret.
    /// </summary>
    private static readonly Dictionary<string, string> ForeignCredentialWords = new(StringComparer.Ordinal)
    {
        ["passwort"] = "password", ["kennwort"] = "password", ["geheimnis"] = "secret", ["zugangsdaten"] = "credential",
        ["motdepasse"] = "password", ["mdp"] = "password",
        ["contrasena"] = "password", ["contraseña"] = "password", ["secreto"] = "secret",
        ["senha"] = "password", ["segredo"] = "secret",
        ["segreto"] = "secret",
        ["wachtwoord"] = "password", ["geheim"] = "secret",
        ["haslo"] = "password", ["hasło"] = "password", ["sekret"] = "secret",
        ["heslo"] = "password", ["tajemstvi"] = "secret", ["tajemství"] = "secret",
        ["parol"] = "password", ["parolja"] = "password",
        ["sifre"] = "password", ["şifre"] = "password", ["sifresi"] = "password", ["şifresi"] = "password",
    };

    private static readonly HashSet<string> CredentialWords = new(StringComparer.Ordinal)
    {
        "credential", "credentials", "creds", "cred",
    };

    /// <summary>Single lower-case words that are themselves compounds (apikey, clientsecret, …).</summary>
    private static readonly Dictionary<string, (SecretKind Kind, string Description)> CompoundWords = new(StringComparer.Ordinal)
    {
        ["apikey"] = (SecretKind.ApiKey, "API key"),
        ["apisecret"] = (SecretKind.ApiKey, "API secret"),
        ["appsecret"] = (SecretKind.ApiKey, "application secret"),
        ["accesskey"] = (SecretKind.ApiKey, "access key"),
        ["secretkey"] = (SecretKind.ApiKey, "secret key"),
        ["secretaccesskey"] = (SecretKind.ApiKey, "secret access key"),
        ["privatekey"] = (SecretKind.PrivateKey, "private key"),
        ["clientsecret"] = (SecretKind.ApiKey, "client secret"),
        ["sharedsecret"] = (SecretKind.ApiKey, "shared secret"),
        ["signingkey"] = (SecretKind.ApiKey, "signing key"),
        ["encryptionkey"] = (SecretKind.ApiKey, "encryption key"),
        ["masterkey"] = (SecretKind.ApiKey, "master key"),
        ["subscriptionkey"] = (SecretKind.ApiKey, "subscription key"),
        ["licensekey"] = (SecretKind.ApiKey, "license key"),
        ["accesstoken"] = (SecretKind.Token, "access token"),
        ["authtoken"] = (SecretKind.Token, "auth token"),
        ["apitoken"] = (SecretKind.Token, "API token"),
        ["refreshtoken"] = (SecretKind.Token, "refresh token"),
        ["bearertoken"] = (SecretKind.Token, "bearer token"),
        ["sessiontoken"] = (SecretKind.Token, "session token"),
        ["secrettoken"] = (SecretKind.Token, "secret token"),
        ["authkey"] = (SecretKind.ApiKey, "auth key"),
        ["hmackey"] = (SecretKind.ApiKey, "HMAC key"),
        ["jwtkey"] = (SecretKind.ApiKey, "JWT signing key"),
        ["jwtsecret"] = (SecretKind.ApiKey, "JWT secret"),
        ["hmacsecret"] = (SecretKind.ApiKey, "HMAC secret"),
        ["signingsecret"] = (SecretKind.ApiKey, "signing secret"),
        ["webhooksecret"] = (SecretKind.ApiKey, "webhook secret"),
        ["webhookkey"] = (SecretKind.ApiKey, "webhook key"),
        ["oauthtoken"] = (SecretKind.Token, "OAuth token"),
        ["bottoken"] = (SecretKind.Token, "bot token"),
        ["idtoken"] = (SecretKind.Token, "ID token"),
        ["bearer"] = (SecretKind.Token, "bearer token"),
        ["auth"] = (SecretKind.Token, "auth credential"),
        ["basicauth"] = (SecretKind.Password, "basic authentication credentials"),
        ["pincode"] = (SecretKind.Password, "PIN"),
    };

    /// <summary>Endings of one-word compounds (dbpassword, ADMINPASSWORD, appsecret) that decide alone.</summary>
    private static readonly string[] CredentialSuffixes = { "password", "passwd", "passphrase", "secret" };

    /// <summary>Words before "key" that make it a secret key.</summary>
    private static readonly HashSet<string> SecretKeyQualifiers = new(StringComparer.Ordinal)
    {
        "api", "access", "secret", "private", "signing", "sign", "signature", "encryption", "encrypt", "decryption",
        "decrypt", "crypto", "cipher", "master", "client", "subscription", "hmac", "aes", "des", "shared", "account",
        "storage", "app", "application", "auth", "authentication", "authorization", "jwt", "webhook", "license",
        "consumer", "service", "symmetric", "server", "root", "admin", "partner", "merchant", "developer", "rest",
        "integration", "ssh", "pgp", "gpg", "rsa", "ecdsa", "ed25519", "sas", "function", "functions", "host",
        "instrumentation", "sendgrid", "stripe", "twilio", "openai", "github", "aws", "azure", "google", "mapbox",
    };

    private static readonly HashSet<string> PrivateKeyQualifiers = new(StringComparer.Ordinal)
    {
        "private", "ssh", "pgp", "gpg", "rsa", "ecdsa", "ed25519",
    };

    /// <summary>Words before "key" that make it an ordinary key (resource, cache, primary, public, …).</summary>
    private static readonly HashSet<string> NonSecretKeyQualifiers = new(StringComparer.Ordinal)
    {
        "resource", "resources", "cache", "cached", "caching", "registry", "primary", "foreign", "sort", "sorting",
        "partition", "row", "dictionary", "dict", "lookup", "localization", "localized", "locale", "setting",
        "settings", "config", "configuration", "translation", "route", "composite", "unique", "idempotency", "map",
        "entity", "table", "property", "item", "element", "field", "column", "public", "message", "string", "name",
        "label", "menu", "hot", "shortcut", "command", "event", "type", "state", "group", "index", "hash", "cursor",
        "order", "option", "options", "query", "header", "lock", "mutex", "object", "file", "blob", "bucket", "s3",
        "prefix", "path", "json", "xml", "yaml", "natural", "surrogate", "compound", "virtual", "keyboard", "lang",
        "language", "text", "culture", "parameter", "param", "attribute", "tag", "metric", "feature", "flag",
        "session", "user", "tenant", "cookie", "claim", "policy", "scope", "role", "permission", "grid", "list",
        "node", "tree", "sub", "parent", "child", "next", "previous", "last", "first", "default",
        "dedup", "deduplication", "correlation", "trace", "log", "logging", "view", "template", "component", "form",
        "input", "context", "data", "id", "module", "plugin", "media", "image", "asset", "cdn",

        // Public halves of key pairs: ExtPubKey, PubKey (BIP32 xpub, SSH .pub), VerificationKey, VerifyKey.
        "pub", "verification", "verify",
    };

    /// <summary>Words before "token" that make it something other than a credential (pagination, parsing, …).</summary>
    private static readonly HashSet<string> NonSecretTokenQualifiers = new(StringComparer.Ordinal)
    {
        "cancellation", "cancel", "continuation", "next", "page", "paging", "pagination", "sync", "resume", "csrf",
        "xsrf", "antiforgery", "forgery", "verification", "syntax", "end", "start", "open", "close", "delimiter",
        "separator", "split", "lexer", "parser", "current", "previous", "last", "first", "replacement", "format",
        "template", "placeholder", "cursor", "change", "notification", "continue", "batch", "marker", "sequence",
        "word", "text", "string", "symbol", "operator", "keyword", "type", "kind", "change-feed", "etag",
    };

    /// <summary>Words before "pass" that mean a pass of an algorithm rather than a password.</summary>
    private static readonly HashSet<string> NonSecretPassQualifiers = new(StringComparer.Ordinal)
    {
        "first", "second", "third", "last", "next", "final", "render", "shader", "multi", "single", "one", "two",
        "by", "boarding", "bus", "day", "season", "hall", "free", "compiler", "optimization", "mountain",
    };

    /// <summary>Trailing words that do not change what the name holds (passwordValue, SECRET_BASE64, apiKey2).</summary>
    private static readonly HashSet<string> NeutralTrailingWords = new(StringComparer.Ordinal)
    {
        "value", "val", "str", "string", "bytes", "chars", "array", "span", "plain", "plaintext", "raw", "clear", "cleartext", "literal",
        "base64", "b64", "hex", "utf8", "encoded", "const", "constant", "override", "prod", "production", "dev",
        "development", "staging", "local", "live",
    };

    /// <summary>Leading noise that is not part of a suggested accessor name (m_password, s_apiKey, _token).</summary>
    private static readonly HashSet<string> NoisePrefixes = new(StringComparer.Ordinal) { "m", "s", "k", "c", "const" };

    /// <summary>Classifies a symbol, parameter or configuration-key name.</summary>
    public static CredentialName Classify(string? name, DetectionOptions options)
    {
        if (name is null || name.Length < 2)
        {
            return CredentialName.None;
        }

        return options.GetOrAddNameClassification(name, static (n, o) => ClassifyCore(n, o));
    }

    /// <summary>True when the lower-case word (or compound) means a credential on its own (used for values too).</summary>
    public static bool IsCredentialWord(string word, DetectionOptions options) =>
        PasswordWords.Contains(word)
        || CredentialWords.Contains(word)
        || CompoundWords.ContainsKey(word)
        || word == "secret" || word == "secrets" || word == "token" || word == "apikey"
        || ForeignCredentialWords.ContainsKey(word)
        || options.AdditionalCredentialWords.Contains(word);

    private static CredentialName ClassifyCore(string name, DetectionOptions options)
    {
        List<string> words = NameWords.Split(name);
        int count = words.Count;

        // Trailing numbers and neutral words (password2, apiKeyValue) do not decide.
        while (count > 1 && (char.IsDigit(words[count - 1][0]) || NeutralTrailingWords.Contains(words[count - 1])))
        {
            count--;
        }

        if (count == 0 || char.IsDigit(words[count - 1][0]))
        {
            return CredentialName.None;
        }

        string last = words[count - 1];
        string? previous = count > 1 ? words[count - 2] : null;
        string normalized = string.Concat(words);
        string? suggested = SuggestName(words, count);

        if (options.AdditionalCredentialWords.Count > 0)
        {
            if (options.AdditionalCredentialWords.Contains(last)
                || (previous is not null && options.AdditionalCredentialWords.Contains(previous + last)))
            {
                return new CredentialName(CredentialNameStrength.Credential, SecretKind.Password, "credential", suggested, normalized);
            }
        }

        if (previous is not null && CompoundWords.TryGetValue(previous + last, out var joined))
        {
            return new CredentialName(CredentialNameStrength.Credential, joined.Kind, joined.Description, suggested, normalized);
        }

        if (CompoundWords.TryGetValue(last, out var compound))
        {
            return new CredentialName(CredentialNameStrength.Credential, compound.Kind, compound.Description, suggested, normalized);
        }

        if (last == "code" && previous == "pin")
        {
            return new CredentialName(CredentialNameStrength.Credential, SecretKind.Password, "PIN", suggested, normalized);
        }

        if (last == "passe" && previous == "de" && count > 2 && words[count - 3] == "mot")
        {
            return new CredentialName(CredentialNameStrength.Credential, SecretKind.Password, "password", suggested, normalized);
        }

        if (ForeignCredentialWords.TryGetValue(last, out string? foreign))
        {
            return new CredentialName(CredentialNameStrength.Credential, SecretKind.Password, foreign, suggested, normalized);
        }

        if (PasswordWords.Contains(last))
        {
            if (last == "pass" && previous is not null && NonSecretPassQualifiers.Contains(previous))
            {
                return CredentialName.None;
            }

            if (last is "pin" or "pincode")
            {
                return new CredentialName(CredentialNameStrength.Credential, SecretKind.Password, "PIN", suggested, normalized);
            }

            if (last == "pw" || last == "psw" || last == "pass")
            {
                // Short forms only count in the company of another word or alone, never inside longer words.
                return new CredentialName(CredentialNameStrength.Credential, SecretKind.Password, "password", suggested, normalized);
            }

            return new CredentialName(CredentialNameStrength.Credential, SecretKind.Password, last.StartsWith("passphrase", StringComparison.Ordinal) ? "passphrase" : "password", suggested, normalized);
        }

        if (HasCredentialSuffix(last, out string? suffix))
        {
            return new CredentialName(
                CredentialNameStrength.Credential, SecretKind.Password, suffix == "secret" ? "secret" : "password", suggested, normalized);
        }

        if (CredentialWords.Contains(last))
        {
            return new CredentialName(CredentialNameStrength.Credential, SecretKind.Password, "credential", suggested, normalized);
        }

        if (last == "secret" || last == "secrets")
        {
            bool apiLike = previous is "client" or "app" or "application" or "api" or "consumer" or "webhook" or "jwt" or "signing" or "shared" or "oauth" or "hmac";
            return new CredentialName(
                CredentialNameStrength.Credential,
                apiLike ? SecretKind.ApiKey : SecretKind.Password,
                previous is null || !apiLike ? "secret" : previous + " secret",
                suggested,
                normalized);
        }

        if (last == "token" || last == "tokens")
        {
            if (previous is not null && NonSecretTokenQualifiers.Contains(previous))
            {
                return CredentialName.None;
            }

            // A public key token (strong-name PublicKeyToken, public_key_token) identifies a signer; it is public.
            if (previous is "key" && count > 2 && words[count - 3] == "public")
            {
                return CredentialName.None;
            }

            string description = previous is "access" or "auth" or "api" or "refresh" or "bearer" or "session" or "id" or "personal" or "bot" or "oauth"
                ? previous + " token"
                : "token";
            return new CredentialName(CredentialNameStrength.Credential, SecretKind.Token, description, suggested, normalized);
        }

        if (last == "key" || last == "keys")
        {
            if (previous is null)
            {
                return new CredentialName(CredentialNameStrength.KeyLike, SecretKind.ApiKey, "key", suggested, normalized);
            }

            if (PrivateKeyQualifiers.Contains(previous))
            {
                return new CredentialName(CredentialNameStrength.Credential, SecretKind.PrivateKey, "private key", suggested, normalized);
            }

            if (SecretKeyQualifiers.Contains(previous))
            {
                string description = previous == "api" ? "API key" : previous + " key";
                return new CredentialName(CredentialNameStrength.Credential, SecretKind.ApiKey, description, suggested, normalized);
            }

            if (NonSecretKeyQualifiers.Contains(previous) || IsCredentialWord(previous, options))
            {
                return CredentialName.None;
            }

            return new CredentialName(CredentialNameStrength.KeyLike, SecretKind.ApiKey, "key", suggested, normalized);
        }

        return CredentialName.None;
    }

    /// <summary>dbpassword, ADMINPASSWORD, appsecret: one word that ends in a credential word after a prefix of 2+ letters.</summary>
    private static bool HasCredentialSuffix(string word, out string? suffix)
    {
        foreach (string candidate in CredentialSuffixes)
        {
            if (word.Length >= candidate.Length + 2 && word.EndsWith(candidate, StringComparison.Ordinal))
            {
                suffix = candidate;
                return true;
            }
        }

        suffix = null;
        return false;
    }

    private static string? SuggestName(List<string> words, int count)
    {
        int first = 0;
        while (first < count - 1 && NoisePrefixes.Contains(words[first]))
        {
            first++;
        }

        if (first == 0)
        {
            return NameWords.ToPascalCase(words, count);
        }

        return NameWords.ToPascalCase(words.GetRange(first, count - first));
    }
}
