namespace SecretAnalyzers.Detection;

/// <summary>Private keys and signed tokens: PEM kinds, OpenSSH, PGP, PuTTY, age, JWT.</summary>
internal static partial class TokenFormats
{
    private const string PemRotation = "Generate a new key pair, replace the public key where it is trusted, then destroy the old private key.";

    private static TokenFormat[] Keys() => new[]
    {
        Pem("openssh-private-key", "OpenSSH", "OpenSSH private key", "OPENSSH ", "`-----BEGIN OPENSSH PRIVATE KEY-----` block whose body decodes to `openssh-key-v1`",
            "https://www.ssh.com/academy/ssh/keygen", TokenValidators.OpenSshMagic),
        Pem("rsa-private-key", "PKCS #1", "RSA private key (PEM)", "RSA ", "`-----BEGIN RSA PRIVATE KEY-----` block with a base64 body", PemRotation),
        Pem("ec-private-key", "SEC 1", "EC private key (PEM)", "EC ", "`-----BEGIN EC PRIVATE KEY-----` block with a base64 body", PemRotation),
        Pem("dsa-private-key", "OpenSSL", "DSA private key (PEM)", "DSA ", "`-----BEGIN DSA PRIVATE KEY-----` block with a base64 body", PemRotation),
        Pem("encrypted-private-key", "PKCS #8", "encrypted private key (PEM)", "ENCRYPTED ", "`-----BEGIN ENCRYPTED PRIVATE KEY-----` block with a base64 body", PemRotation),
        Pem("pem-private-key", "PKCS #8", "private key (PEM)", string.Empty, "`-----BEGIN PRIVATE KEY-----` block with a base64 body", PemRotation),
        new("pgp-private-key-block", "OpenPGP", "PGP private key block", SecretKind.PrivateKey, "PgpPrivateKey", TokenConfidence.High,
            "`-----BEGIN PGP PRIVATE KEY BLOCK-----` armour with a base64 body",
            new[] { "BEGIN PGP PRIVATE KEY BLOCK" },
            @"-----BEGIN PGP PRIVATE KEY BLOCK-----(?<body>[\s\S]*?)(?:-----END PGP PRIVATE KEY BLOCK-----|$)",
            "https://www.gnupg.org/gph/en/manual/c14.html", TokenValidators.PemBody, minLength: 80),
        new("ssh2-private-key", "SSH Communications", "SSH2 private key", SecretKind.PrivateKey, "PrivateKey", TokenConfidence.High,
            "`---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----` block (RFC 4716 style) with a base64 body",
            new[] { "BEGIN SSH2 ENCRYPTED PRIVATE KEY" },
            @"---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----(?<body>[\s\S]*?)(?:---- END SSH2 ENCRYPTED PRIVATE KEY ----|$)",
            "https://www.ssh.com/academy/ssh/keygen", TokenValidators.PemBody, minLength: 80),
        new("putty-private-key", "PuTTY", "PuTTY private key", SecretKind.PrivateKey, "PrivateKey", TokenConfidence.High,
            "`PuTTY-User-Key-File-2:` or `-3:` file with a `Private-Lines:` base64 section",
            new[] { "PuTTY-User-Key-File-" },
            @"PuTTY-User-Key-File-[23]:[\s\S]*?Private-Lines:\s*[0-9]+\s+[A-Za-z0-9+/=\s]{40,}",
            "https://the.earth.li/~sgtatham/putty/0.80/htmldoc/Chapter8.html", minLength: 60),
        new("age-secret-key", "age", "age secret key", SecretKind.PrivateKey, "AgeSecretKey", TokenConfidence.High,
            "`AGE-SECRET-KEY-1` + 58 Bech32 characters",
            new[] { "AGE-SECRET-KEY-1" },
            "AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}" + E,
            "https://github.com/FiloSottile/age#readme", TokenValidators.Bech32, minLength: 74),
        new("jwt", "IETF (RFC 7519)", "JSON Web Token", SecretKind.Token, "JwtToken", TokenConfidence.High,
            "three base64url parts, header and payload starting `eyJ`",
            new[] { "eyJ" },
            "(?<![A-Za-z0-9_\\-])eyJ[A-Za-z0-9_\\-]{10,}\\.eyJ[A-Za-z0-9_\\-]{10,}\\.[A-Za-z0-9_\\-]{16,}" + EU,
            "Rotate the signing key of the issuer; a signed token stays valid until it expires.", TokenValidators.JwtHeader, minLength: 45),
    };

    private static TokenFormat Pem(string id, string vendor, string description, string type, string matches, string revocation, TokenValidator? validator = null) =>
        new(id, vendor, description, SecretKind.PrivateKey, "PrivateKey", TokenConfidence.High, matches,
            new[] { "BEGIN " + type + "PRIVATE KEY-----" },
            "-----BEGIN " + type + @"PRIVATE KEY-----(?<body>[\s\S]*?)(?:-----END " + type + "PRIVATE KEY-----|$)",
            revocation, validator ?? TokenValidators.PemBody, minLength: 60);
}
