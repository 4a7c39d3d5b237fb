namespace SecretAnalyzers.Manifest;

/// <summary>One field of a typed JSON secret.</summary>
/// <param name="JsonName">The property name inside the secret's JSON document.</param>
/// <param name="PropertyName">The C# property of the generated record.</param>
/// <param name="Type">The field's type.</param>
/// <param name="IsOptional">Whether the field may be absent (its property is then nullable).</param>
/// <param name="Description">Free text for the XML documentation.</param>
internal sealed record ManifestField(
    string JsonName,
    string PropertyName,
    ManifestFieldType Type,
    bool IsOptional,
    string? Description);
