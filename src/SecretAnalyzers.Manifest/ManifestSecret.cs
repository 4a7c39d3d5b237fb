using System;

namespace SecretAnalyzers.Manifest;

/// <summary>One secret of the manifest with the manifest's defaults applied. It never holds a value.</summary>
/// <param name="Name">The C# name: accessors are <c>Get{Name}Async</c> and <c>{Name}</c>.</param>
/// <param name="Source">The store.</param>
/// <param name="Id">The full secret id or parameter name (id prefix already applied).</param>
/// <param name="JsonKey">The top-level JSON property to return, for a plain string read out of a JSON secret.</param>
/// <param name="VersionId">An exact version.</param>
/// <param name="VersionStage">A Secrets Manager staging label.</param>
/// <param name="Ttl">Cache lifetime; null means the provider's default.</param>
/// <param name="Description">Free text for the XML documentation.</param>
/// <param name="TypeName">For a typed JSON secret: the record type's name (defaults to <paramref name="Name"/>).</param>
/// <param name="Fields">For a typed JSON secret: its fields; empty for a plain string secret.</param>
/// <param name="NameLocation">Where the secret's name is written.</param>
/// <param name="ConfigKey">The IConfiguration key the secret is served under (<c>Smtp:Password</c>), if any.</param>
internal sealed record ManifestSecret(
    string Name,
    ManifestSecretSource Source,
    string Id,
    string? JsonKey,
    string? VersionId,
    string? VersionStage,
    TimeSpan? Ttl,
    string? Description,
    string TypeName,
    EquatableArray<ManifestField> Fields,
    LocationInfo NameLocation,
    string? ConfigKey = null)
{
    /// <summary>Whether the secret is a JSON document read into a generated record.</summary>
    public bool IsTyped => Fields.Count > 0;
}
