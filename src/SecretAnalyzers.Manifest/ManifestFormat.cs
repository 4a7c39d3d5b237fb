namespace SecretAnalyzers.Manifest;

/// <summary>The property names and keywords of the manifest format (docs/manifest.md), in one place.</summary>
internal static class ManifestFormat
{
    public const string FileName = "secrets.manifest.json";

    public const string Schema = "$schema";
    public const string ClassName = "className";
    public const string Namespace = "namespace";
    public const string Accessibility = "accessibility";
    public const string Defaults = "defaults";
    public const string Secrets = "secrets";

    public const string Source = "source";
    public const string Id = "id";
    public const string IdPrefix = "idPrefix";

    /// <summary>In <c>defaults</c>: the ordered AWS regions (first = primary, the rest = failover).</summary>
    public const string Regions = "regions";
    public const string JsonKey = "jsonKey";

    /// <summary>The IConfiguration key the secret serves (<c>Smtp:Password</c>), set by the SEC0005 fix.</summary>
    public const string ConfigKey = "configKey";
    public const string VersionId = "versionId";
    public const string VersionStage = "versionStage";
    public const string Ttl = "ttl";
    public const string Description = "description";
    public const string TypeName = "typeName";
    public const string Fields = "fields";
    public const string Value = "value";

    public const string FieldType = "type";
    public const string FieldOptional = "optional";
    public const string FieldName = "name";

    public const string SecretsManager = "secretsmanager";
    public const string ParameterStore = "parameterstore";

    public const string Public = "public";
    public const string Internal = "internal";

    public static string ToText(ManifestSecretSource source) =>
        source == ManifestSecretSource.ParameterStore ? ParameterStore : SecretsManager;

    public static bool TryParseSource(string text, out ManifestSecretSource source)
    {
        switch (text.Trim().ToLowerInvariant())
        {
            case SecretsManager:
                source = ManifestSecretSource.SecretsManager;
                return true;
            case ParameterStore:
                source = ManifestSecretSource.ParameterStore;
                return true;
            default:
                source = default;
                return false;
        }
    }

    public static bool TryParseFieldType(string text, out ManifestFieldType type, out bool optional)
    {
        text = text.Trim();
        optional = text.EndsWith("?", System.StringComparison.Ordinal);
        if (optional)
        {
            text = text.Substring(0, text.Length - 1).TrimEnd();
        }

        switch (text.ToLowerInvariant())
        {
            case "string":
                type = ManifestFieldType.String;
                return true;
            case "int":
            case "int32":
                type = ManifestFieldType.Int32;
                return true;
            case "long":
            case "int64":
                type = ManifestFieldType.Int64;
                return true;
            case "bool":
            case "boolean":
                type = ManifestFieldType.Boolean;
                return true;
            case "double":
                type = ManifestFieldType.Double;
                return true;
            case "uri":
                type = ManifestFieldType.Uri;
                return true;
            case "timespan":
                type = ManifestFieldType.TimeSpan;
                return true;
            default:
                type = default;
                return false;
        }
    }
}
