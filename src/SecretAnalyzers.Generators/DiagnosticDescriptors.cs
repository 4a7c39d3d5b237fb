using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using SecretAnalyzers.Manifest;

namespace SecretAnalyzers.Generators;

/// <summary>
/// Every SEC01xx descriptor (manifest and generator). Messages name properties, secrets and ids, never a value.
/// Help pages: docs/rules/{id}.md.
/// </summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "SecretAnalyzers.Manifest";

    public static readonly DiagnosticDescriptor MalformedJson = Create(
        ManifestDiagnosticIds.MalformedJson,
        "The secrets manifest is not valid JSON",
        "The secrets manifest is not valid JSON: {0}",
        DiagnosticSeverity.Error,
        "secrets.manifest.json must be JSON (comments and trailing commas are allowed). Nothing is generated from a manifest that cannot be read.");

    public static readonly DiagnosticDescriptor InvalidValue = Create(
        ManifestDiagnosticIds.InvalidValue,
        "A manifest property has an invalid value",
        "{0} must be {1}",
        DiagnosticSeverity.Error,
        "A manifest property has the wrong JSON type or a value outside the allowed set. The entry it belongs to is skipped.");

    public static readonly DiagnosticDescriptor UnknownSource = Create(
        ManifestDiagnosticIds.UnknownSource,
        "Unknown secret source",
        "'{0}' is not a secret source (in {1}); use \"secretsmanager\" or \"parameterstore\"",
        DiagnosticSeverity.Error,
        "A secret's source says which store holds it: \"secretsmanager\" (AWS Secrets Manager) or \"parameterstore\" (AWS Systems Manager Parameter Store).");

    public static readonly DiagnosticDescriptor DuplicateName = Create(
        ManifestDiagnosticIds.DuplicateName,
        "Name declared more than once",
        "'{0}' is declared more than once in {1}; only the first declaration is used",
        DiagnosticSeverity.Error,
        "A secret name, field or property may appear only once in its object.");

    public static readonly DiagnosticDescriptor InvalidIdentifier = Create(
        ManifestDiagnosticIds.InvalidIdentifier,
        "Name is not a valid C# identifier",
        "'{0}' is not a valid C# identifier for {1} (it must start with a letter or '_', contain only letters, digits and '_', and not be a keyword)",
        DiagnosticSeverity.Error,
        "Secret names, the class name, record type names and field property names become C# identifiers, so they must be valid identifiers and not keywords.");

    public static readonly DiagnosticDescriptor MissingId = Create(
        ManifestDiagnosticIds.MissingId,
        "Secret has no id",
        "Secret '{0}' has no \"id\" (the Secrets Manager secret id or the Parameter Store parameter name)",
        DiagnosticSeverity.Error,
        "Every secret needs an \"id\": the Secrets Manager secret name or ARN, or the Parameter Store parameter name.");

    public static readonly DiagnosticDescriptor InvalidTtl = Create(
        ManifestDiagnosticIds.InvalidTtl,
        "Invalid TTL",
        "'{0}' is not a valid TTL (in {1}); write a positive duration such as \"5m\", \"1h30m\", \"45s\" or \"00:05:00\"",
        DiagnosticSeverity.Error,
        "A TTL is a positive duration: compact units in decreasing order (d, h, m, s, ms) such as \"5m\" or \"1h30m\", or a TimeSpan such as \"00:05:00\". An invalid TTL is ignored and the default applies.");

    public static readonly DiagnosticDescriptor UnsupportedFieldType = Create(
        ManifestDiagnosticIds.UnsupportedFieldType,
        "Unsupported field type",
        "'{0}' is not a supported type for {1}; use string, int, long, bool, double, Uri or TimeSpan, with '?' for an optional field",
        DiagnosticSeverity.Error,
        "The fields of a typed JSON secret can be string, int, long, bool, double, Uri or TimeSpan; a trailing '?' (or \"optional\": true) makes a field optional and its property nullable.");

    public static readonly DiagnosticDescriptor JsonKeyOnTypedSecret = Create(
        ManifestDiagnosticIds.JsonKeyOnTypedSecret,
        "A typed JSON secret cannot also have a JSON key",
        "Secret '{0}' declares both \"jsonKey\" and \"fields\"; use \"fields\" to read the whole document into a record, or \"jsonKey\" to read one field as a string",
        DiagnosticSeverity.Error,
        "\"jsonKey\" reads one top-level field of a JSON secret as a string; \"fields\" reads the whole JSON document into a generated record. A secret can do one or the other.");

    public static readonly DiagnosticDescriptor UnknownProperty = Create(
        ManifestDiagnosticIds.UnknownProperty,
        "Unknown manifest property",
        "'{0}' is not a known property of {1} and is ignored{2}",
        DiagnosticSeverity.Warning,
        "The manifest format has a fixed set of properties (see docs/manifest.md); an unknown one is usually a typo.");

    public static readonly DiagnosticDescriptor NameCollision = Create(
        ManifestDiagnosticIds.NameCollision,
        "Generated name collides with another member",
        "'{0}' collides with {1}; rename the secret or field",
        DiagnosticSeverity.Error,
        "Each secret generates members named {Name} and Get{Name}Async, and a typed secret generates a record; these must not clash with each other, with the members the generator always declares, or with the generated class.");

    public static readonly DiagnosticDescriptor InvalidVersion = Create(
        ManifestDiagnosticIds.InvalidVersion,
        "Invalid version selector",
        "Invalid version for {0}: {1}",
        DiagnosticSeverity.Error,
        "\"versionStage\" (a staging label such as AWSCURRENT) exists only in Secrets Manager; \"versionId\" is a Secrets Manager version id or a Parameter Store version number; set at most one of them.");

    public static readonly DiagnosticDescriptor ValueInManifest = Create(
        ManifestDiagnosticIds.ValueInManifest,
        "The manifest must not hold secret values",
        "Secret '{0}' has a \"value\" property; the manifest names secrets and must never hold them: move the value to the store and delete the property",
        DiagnosticSeverity.Error,
        "The manifest is committed with the code; a value written in it is a leaked secret. The generator ignores it and never copies it anywhere.");

    public static readonly DiagnosticDescriptor DuplicateGeneratedClass = Create(
        ManifestDiagnosticIds.DuplicateGeneratedClass,
        "Two manifests generate the same class",
        "Another manifest already generates class '{0}'; give this manifest a different \"className\" or \"namespace\"",
        DiagnosticSeverity.Error,
        "Each manifest generates one class; two manifests of the same project need different class names or namespaces.");

    public static readonly DiagnosticDescriptor RuntimeNotReferenced = Create(
        ManifestDiagnosticIds.RuntimeNotReferenced,
        "SecretAnalyzers.Runtime is not referenced",
        "The project has a secrets manifest but does not reference SecretAnalyzers.Runtime; no accessors are generated",
        DiagnosticSeverity.Warning,
        "The generated accessors call SecretAnalyzers.Runtime. Add a PackageReference to SecretAnalyzers.Runtime.");

    public static readonly DiagnosticDescriptor InvalidSecretId = Create(
        ManifestDiagnosticIds.InvalidSecretId,
        "Secret id is not accepted by its store",
        "The id '{1}' of secret '{0}' is not accepted by its store: {2}",
        DiagnosticSeverity.Warning,
        "Secrets Manager names use letters, digits and / _ + = . @ -; Parameter Store names use letters, digits and _ . - /, a hierarchical name starts with '/', and names must not begin with 'aws' or 'ssm'.");

    public static readonly DiagnosticDescriptor LanguageVersionTooLow = Create(
        ManifestDiagnosticIds.LanguageVersionTooLow,
        "The generated accessors need C# 9 or later",
        "The generated secret accessors need C# 9 or later (records, init accessors); set <LangVersion> to 9.0 or later",
        DiagnosticSeverity.Error,
        "Projects that target .NET Framework or .NET Standard default to C# 7.3; the generated code uses records and init accessors.");

    private static readonly Dictionary<string, DiagnosticDescriptor> ById = new()
    {
        [MalformedJson.Id] = MalformedJson,
        [InvalidValue.Id] = InvalidValue,
        [UnknownSource.Id] = UnknownSource,
        [DuplicateName.Id] = DuplicateName,
        [InvalidIdentifier.Id] = InvalidIdentifier,
        [MissingId.Id] = MissingId,
        [InvalidTtl.Id] = InvalidTtl,
        [UnsupportedFieldType.Id] = UnsupportedFieldType,
        [JsonKeyOnTypedSecret.Id] = JsonKeyOnTypedSecret,
        [UnknownProperty.Id] = UnknownProperty,
        [NameCollision.Id] = NameCollision,
        [InvalidVersion.Id] = InvalidVersion,
        [ValueInManifest.Id] = ValueInManifest,
        [DuplicateGeneratedClass.Id] = DuplicateGeneratedClass,
        [RuntimeNotReferenced.Id] = RuntimeNotReferenced,
        [InvalidSecretId.Id] = InvalidSecretId,
        [LanguageVersionTooLow.Id] = LanguageVersionTooLow,
    };

    /// <summary>All descriptors, for the generator's catalogue tests.</summary>
    public static IEnumerable<DiagnosticDescriptor> All => ById.Values;

    /// <summary>The descriptor of a manifest diagnostic id.</summary>
    public static DiagnosticDescriptor Get(string id) => ById[id];

    public static string GetHelpUri(string id) =>
        "https://github.com/secretanalyzers/secretanalyzers/blob/main/docs/rules/" + id + ".md";

    private static DiagnosticDescriptor Create(string id, string title, string messageFormat, DiagnosticSeverity severity, string description) =>
        new(id, title, messageFormat, Category, severity, isEnabledByDefault: true, description: description, helpLinkUri: GetHelpUri(id));
}
