namespace SecretAnalyzers.Manifest;

/// <summary>
/// The SEC01xx ids (manifest and generator). The descriptors live in the generator's DiagnosticDescriptors; the
/// code fixes refer to these constants too.
/// </summary>
internal static class ManifestDiagnosticIds
{
    public const string MalformedJson = "SEC0100";
    public const string InvalidValue = "SEC0101";
    public const string UnknownSource = "SEC0102";
    public const string DuplicateName = "SEC0103";
    public const string InvalidIdentifier = "SEC0104";
    public const string MissingId = "SEC0105";
    public const string InvalidTtl = "SEC0106";
    public const string UnsupportedFieldType = "SEC0107";
    public const string JsonKeyOnTypedSecret = "SEC0108";
    public const string UnknownProperty = "SEC0109";
    public const string NameCollision = "SEC0110";
    public const string InvalidVersion = "SEC0111";
    public const string ValueInManifest = "SEC0112";
    public const string DuplicateGeneratedClass = "SEC0113";
    public const string RuntimeNotReferenced = "SEC0114";
    public const string InvalidSecretId = "SEC0115";
    public const string LanguageVersionTooLow = "SEC0116";
}
