namespace SecretAnalyzers.Manifest;

/// <summary>The field types a typed JSON secret may declare; each maps to one <c>SecretJsonObject.GetX</c> call.</summary>
internal enum ManifestFieldType
{
    String,
    Int32,
    Int64,
    Boolean,
    Double,
    Uri,
    TimeSpan,
}
