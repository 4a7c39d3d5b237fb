namespace SecretAnalyzers.Detection;

/// <summary>
/// Package registries: npm, NuGet, PyPI, RubyGems, Docker Hub, JFrog Artifactory, Clojars, the Rust crate registry. Where the
/// vendor's revocation page sits on the registry's own host, the row says where to go in words.
/// </summary>
internal static partial class TokenFormats
{
    private static TokenFormat[] Registries() => new[]
    {
        Prefixed("npm-token", "npm", "npm access token", SecretKind.Token, "NpmToken", "npm_", "[A-Za-z0-9]{36}", 36,
            "36 letters and digits, the last 6 a CRC32 checksum", "npm account settings, Access Tokens: delete the token (or `npm token revoke`).",
            TokenValidators.Base62Crc32),
        Prefixed("nuget-api-key", "NuGet", "NuGet API key", SecretKind.ApiKey, "NuGetApiKey", "oy2", "[a-z0-9]{43}", 43,
            "43 lower-case letters and digits", "https://learn.microsoft.com/en-us/nuget/nuget-org/scoped-api-keys"),
        new("pypi-token", "PyPI", "PyPI upload token", SecretKind.Token, "PyPiToken", TokenConfidence.High,
            "`pypi-` + a base64url macaroon for the production index, header checked",
            new[] { "pypi-AgEIcHlwaS5vcmc" },
            B + "pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_\\-]{50,}", "PyPI account settings, API tokens: remove the token.",
            TokenValidators.Macaroon, minLength: 70),
        new("pypi-test-token", "PyPI", "TestPyPI upload token", SecretKind.Token, "PyPiToken", TokenConfidence.High,
            "`pypi-` + a base64url macaroon for the test index, header checked",
            new[] { "pypi-AgENdGVzdC5weXBp" },
            B + "pypi-AgENdGVzdC5weXBp[A-Za-z0-9_\\-]{50,}", "TestPyPI account settings, API tokens: remove the token.",
            TokenValidators.Macaroon, minLength: 70),
        Prefixed("rubygems-api-key", "RubyGems", "RubyGems API key", SecretKind.ApiKey, "RubyGemsApiKey", "rubygems_", "[a-f0-9]{48}", 48,
            "48 hex", "RubyGems account settings, API keys: delete the key."),
        Prefixed("docker-hub-pat", "Docker", "Docker Hub personal access token", SecretKind.Token, "DockerHubToken", "dckr_pat_", "[A-Za-z0-9_\\-]{27}", 27,
            "27 URL-safe characters", "https://docs.docker.com/security/for-developers/access-tokens/"),
        Prefixed("docker-hub-oat", "Docker", "Docker Hub organization access token", SecretKind.Token, "DockerHubToken", "dckr_oat_", "[A-Za-z0-9_\\-]{32}", 32,
            "32 URL-safe characters", "https://docs.docker.com/security/for-admins/access-tokens/"),
        Prefixed("artifactory-api-key", "JFrog", "JFrog Artifactory API key", SecretKind.ApiKey, "ArtifactoryApiKey", "AKCp", "[A-Za-z0-9]{69}", 69,
            "69 letters and digits", "https://jfrog.com/help/r/jfrog-platform-administration-documentation/access-tokens"),
        Prefixed("artifactory-reference-token", "JFrog", "JFrog Artifactory reference token", SecretKind.Token, "ArtifactoryToken", "cmVmdGtu",
            "[A-Za-z0-9]{56}", 56, "56 letters and digits (base64 of `reftkn…`)",
            "https://jfrog.com/help/r/jfrog-platform-administration-documentation/access-tokens"),
        Prefixed("clojars-token", "Clojars", "Clojars deploy token", SecretKind.Token, "ClojarsToken", "CLOJARS_", "[a-z0-9]{60}", 60,
            "60 lower-case letters and digits", "https://github.com/clojars/clojars-web/wiki/Deploy-Tokens"),
        Prefixed("cargo-registry-token", "Rust", "Rust crate registry API token", SecretKind.Token, "CratesToken", "cio", "[A-Za-z0-9]{32}", 32,
            "32 letters and digits", "https://doc.rust-lang.org/cargo/reference/publishing.html#before-your-first-publish",
            TokenValidators.MixedCaseAndDigit, TokenConfidence.Medium),
    };
}
