using SecretAnalyzers.Detection;

namespace SecretAnalyzers.Analyzers;

/// <summary>
/// The table of APIs known to take a credential, matched by symbol metadata name so it works whether the package
/// is referenced or a source type with the same metadata name stands in for it. A constant passed to one of these
/// parameters (or assigned to one of these properties) is reported even when its name says nothing.
/// </summary>
internal static class KnownCredentialApis
{
    /// <summary>Member name used for constructors (IMethodSymbol.Name of an instance constructor).</summary>
    public const string Constructor = ".ctor";

    public static readonly KnownCredentialApi[] All =
    {
        new("System.Net.NetworkCredential", Constructor, "password", SecretKind.Password, "password", "NetworkPassword"),
        new("System.Net.NetworkCredential", "Password", null, SecretKind.Password, "password", "NetworkPassword"),
        new("System.Security.Cryptography.X509Certificates.X509Certificate2", Constructor, "password", SecretKind.Password, "certificate password", "CertificatePassword"),
        new("System.Security.Cryptography.X509Certificates.X509Certificate", Constructor, "password", SecretKind.Password, "certificate password", "CertificatePassword"),
        new("System.Security.Cryptography.X509Certificates.X509Certificate2", "Import", "password", SecretKind.Password, "certificate password", "CertificatePassword"),
        new("System.Security.Cryptography.X509Certificates.X509Certificate2Collection", "Import", "password", SecretKind.Password, "certificate password", "CertificatePassword"),
        new("System.Security.Cryptography.X509Certificates.X509CertificateLoader", "LoadPkcs12", "password", SecretKind.Password, "certificate password", "CertificatePassword"),
        new("System.Security.Cryptography.X509Certificates.X509CertificateLoader", "LoadPkcs12FromFile", "password", SecretKind.Password, "certificate password", "CertificatePassword"),
        new("System.Security.Cryptography.Rfc2898DeriveBytes", Constructor, "password", SecretKind.Password, "key derivation password", "KeyDerivationPassword"),
        new("System.Security.Cryptography.Rfc2898DeriveBytes", "Pbkdf2", "password", SecretKind.Password, "key derivation password", "KeyDerivationPassword"),
        new("System.Security.Cryptography.PasswordDeriveBytes", Constructor, "strPassword", SecretKind.Password, "key derivation password", "KeyDerivationPassword"),
        new("System.Security.Cryptography.HMACSHA1", Constructor, "key", SecretKind.ApiKey, "HMAC key", "HmacKey"),
        new("System.Security.Cryptography.HMACSHA256", Constructor, "key", SecretKind.ApiKey, "HMAC key", "HmacKey"),
        new("System.Security.Cryptography.HMACSHA384", Constructor, "key", SecretKind.ApiKey, "HMAC key", "HmacKey"),
        new("System.Security.Cryptography.HMACSHA512", Constructor, "key", SecretKind.ApiKey, "HMAC key", "HmacKey"),
        new("System.Security.Cryptography.HMACMD5", Constructor, "key", SecretKind.ApiKey, "HMAC key", "HmacKey"),
        new("System.Security.Cryptography.SymmetricAlgorithm", "Key", null, SecretKind.ApiKey, "encryption key", "EncryptionKey"),
        new("System.Security.Cryptography.SymmetricAlgorithm", "CreateEncryptor", "rgbKey", SecretKind.ApiKey, "encryption key", "EncryptionKey"),
        new("System.Security.Cryptography.SymmetricAlgorithm", "CreateDecryptor", "rgbKey", SecretKind.ApiKey, "encryption key", "EncryptionKey"),
        new("System.Security.Cryptography.AesGcm", Constructor, "key", SecretKind.ApiKey, "encryption key", "EncryptionKey"),
        new("System.Security.Cryptography.AesCcm", Constructor, "key", SecretKind.ApiKey, "encryption key", "EncryptionKey"),
        new("System.Security.Cryptography.ChaCha20Poly1305", Constructor, "key", SecretKind.ApiKey, "encryption key", "EncryptionKey"),
        new("System.Security.Cryptography.KeyedHashAlgorithm", "Key", null, SecretKind.ApiKey, "HMAC key", "HmacKey"),
        new("System.Security.Cryptography.HMACSHA3_256", Constructor, "key", SecretKind.ApiKey, "HMAC key", "HmacKey"),
        new("System.Security.Cryptography.HMACSHA3_384", Constructor, "key", SecretKind.ApiKey, "HMAC key", "HmacKey"),
        new("System.Security.Cryptography.HMACSHA3_512", Constructor, "key", SecretKind.ApiKey, "HMAC key", "HmacKey"),
        new("System.Security.Cryptography.HMACSHA1", "HashData", "key", SecretKind.ApiKey, "HMAC key", "HmacKey"),
        new("System.Security.Cryptography.HMACSHA256", "HashData", "key", SecretKind.ApiKey, "HMAC key", "HmacKey"),
        new("System.Security.Cryptography.HMACSHA384", "HashData", "key", SecretKind.ApiKey, "HMAC key", "HmacKey"),
        new("System.Security.Cryptography.HMACSHA512", "HashData", "key", SecretKind.ApiKey, "HMAC key", "HmacKey"),
        new("System.Security.Cryptography.HMACMD5", "HashData", "key", SecretKind.ApiKey, "HMAC key", "HmacKey"),
        new("System.Security.Cryptography.IncrementalHash", "CreateHMAC", "key", SecretKind.ApiKey, "HMAC key", "HmacKey"),
        new("Amazon.Runtime.BasicAWSCredentials", Constructor, "secretKey", SecretKind.ApiKey, "AWS secret access key", "AwsSecretAccessKey"),
        new("Amazon.Runtime.SessionAWSCredentials", Constructor, "awsSecretAccessKey", SecretKind.ApiKey, "AWS secret access key", "AwsSecretAccessKey"),
        new("Amazon.Runtime.SessionAWSCredentials", Constructor, "token", SecretKind.Token, "AWS session token", "AwsSessionToken"),
        new("System.Net.Http.Headers.AuthenticationHeaderValue", Constructor, "parameter", SecretKind.Token, "authentication header credential", "BearerToken"),
        new("Microsoft.IdentityModel.Tokens.SymmetricSecurityKey", Constructor, "key", SecretKind.ApiKey, "JWT signing key", "JwtSigningKey"),
        new("System.Data.SqlClient.SqlCredential", Constructor, "password", SecretKind.Password, "SQL password", "SqlPassword"),
        new("Microsoft.Data.SqlClient.SqlCredential", Constructor, "password", SecretKind.Password, "SQL password", "SqlPassword"),
        new("Azure.Identity.ClientSecretCredential", Constructor, "clientSecret", SecretKind.ApiKey, "client secret", "AzureClientSecret"),
        new("Azure.Identity.UsernamePasswordCredential", Constructor, "password", SecretKind.Password, "password", "AzurePassword"),
        new("Azure.AzureKeyCredential", Constructor, "key", SecretKind.ApiKey, "Azure key", "AzureKey"),
        new("Azure.AzureSasCredential", Constructor, "signature", SecretKind.Token, "shared access signature", "SharedAccessSignature"),
        new("Azure.Storage.StorageSharedKeyCredential", Constructor, "accountKey", SecretKind.ApiKey, "storage account key", "StorageAccountKey"),
        new("System.ClientModel.ApiKeyCredential", Constructor, "key", SecretKind.ApiKey, "API key", "ApiKey"),
        new("Microsoft.Azure.Cosmos.CosmosClient", Constructor, "authKeyOrResourceToken", SecretKind.ApiKey, "Cosmos DB key", "CosmosKey"),
        new("System.DirectoryServices.DirectoryEntry", Constructor, "password", SecretKind.Password, "directory password", "DirectoryPassword"),
        new("System.DirectoryServices.DirectoryEntry", "Password", null, SecretKind.Password, "directory password", "DirectoryPassword"),
        new("System.DirectoryServices.AccountManagement.PrincipalContext", Constructor, "password", SecretKind.Password, "directory password", "DirectoryPassword"),
        new("MailKit.MailService", "Authenticate", "password", SecretKind.Password, "mail password", "MailPassword"),
        new("MailKit.MailService", "AuthenticateAsync", "password", SecretKind.Password, "mail password", "MailPassword"),
        new("Renci.SshNet.PasswordConnectionInfo", Constructor, "password", SecretKind.Password, "SSH password", "SshPassword"),
        new("Renci.SshNet.SshClient", Constructor, "password", SecretKind.Password, "SSH password", "SshPassword"),
        new("Renci.SshNet.SftpClient", Constructor, "password", SecretKind.Password, "SSH password", "SshPassword"),
        new("Renci.SshNet.ScpClient", Constructor, "password", SecretKind.Password, "SSH password", "SshPassword"),
        new("FluentFTP.FtpClient", Constructor, "pass", SecretKind.Password, "FTP password", "FtpPassword"),
        new("FluentFTP.AsyncFtpClient", Constructor, "pass", SecretKind.Password, "FTP password", "FtpPassword"),
    };
}

/// <summary>One credential-taking parameter (or property, when <see cref="ParameterName"/> is null).</summary>
internal sealed class KnownCredentialApi
{
    public KnownCredentialApi(
        string typeMetadataName, string memberName, string? parameterName, SecretKind kind, string description, string suggestedName,
        KnownCredentialShape shape = KnownCredentialShape.Whole)
    {
        Shape = shape;
        TypeMetadataName = typeMetadataName;
        MemberName = memberName;
        ParameterName = parameterName;
        Kind = kind;
        Description = description;
        SuggestedName = suggestedName;
    }

    public string TypeMetadataName { get; }

    /// <summary>Method or property name; <see cref="KnownCredentialApis.Constructor"/> for constructors.</summary>
    public string MemberName { get; }

    /// <summary>The parameter that takes the credential; null for a property setter.</summary>
    public string? ParameterName { get; }

    public SecretKind Kind { get; }

    public string Description { get; }

    public string SuggestedName { get; }

    /// <summary>What part of the value is the credential.</summary>
    public KnownCredentialShape Shape { get; }

    /// <summary>The finding for a constant that reaches this API, or null when the value is no credential here.</summary>
    public SecretFinding? Analyze(string value, DetectionOptions options) => Shape == KnownCredentialShape.UserColonPassword
        ? BasicCredentials.Find(value, options)
        : SecretScanner.AnalyzeKnownCredential(value, Kind, Description, SuggestedName, options);
}

/// <summary>What part of a value reaching a known API is the credential.</summary>
internal enum KnownCredentialShape
{
    /// <summary>The whole value (a password, key or token parameter).</summary>
    Whole,

    /// <summary>The part after the first colon of <c>user:password</c> (a Basic authorization value before encoding).</summary>
    UserColonPassword,
}
