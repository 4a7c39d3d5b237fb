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
    private const string Category = RuleCategories.Manifest;

    public static readonly DiagnosticDescriptor MalformedJson = new(
        id: RuleIdentifiers.MalformedJson,
        title: "The secrets manifest is not valid JSON",
        messageFormat: "The secrets manifest is not valid JSON: {0}",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "secrets.manifest.json must be JSON (comments and trailing commas are allowed). Nothing is generated from a manifest that cannot be read.",
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.MalformedJson));

    public static readonly DiagnosticDescriptor InvalidValue = new(
        id: RuleIdentifiers.InvalidValue,
        title: "A manifest property has an invalid value",
        messageFormat: "{0} must be {1}",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A manifest property has the wrong JSON type or a value outside the allowed set. The entry it belongs to is skipped.",
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.InvalidValue));

    public static readonly DiagnosticDescriptor UnknownSource = new(
        id: RuleIdentifiers.UnknownSource,
        title: "Unknown secret source",
        messageFormat: "'{0}' is not a secret source (in {1}); use \"secretsmanager\" or \"parameterstore\"",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A secret's source says which store holds it: \"secretsmanager\" (AWS Secrets Manager) or \"parameterstore\" (AWS Systems Manager Parameter Store).",
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.UnknownSource));

    public static readonly DiagnosticDescriptor DuplicateName = new(
        id: RuleIdentifiers.DuplicateName,
        title: "Name declared more than once",
        messageFormat: "'{0}' is declared more than once in {1}; only the first declaration is used",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A secret name, field or property may appear only once in its object.",
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.DuplicateName));

    public static readonly DiagnosticDescriptor InvalidIdentifier = new(
        id: RuleIdentifiers.InvalidIdentifier,
        title: "Name is not a valid C# identifier",
        messageFormat: "'{0}' cannot be used as {1}: {2}",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Secret names, the class name, record type names and field property names become C# identifiers, so they must be valid identifiers and not keywords; type names must not be only lowercase ASCII letters (CS8981).",
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.InvalidIdentifier));

    public static readonly DiagnosticDescriptor MissingId = new(
        id: RuleIdentifiers.MissingId,
        title: "Secret has no id",
        messageFormat: "Secret '{0}' has no \"id\" (the Secrets Manager secret id or the Parameter Store parameter name)",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Every secret needs an \"id\": the Secrets Manager secret name or ARN, or the Parameter Store parameter name.",
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.MissingId));

    public static readonly DiagnosticDescriptor InvalidTtl = new(
        id: RuleIdentifiers.InvalidTtl,
        title: "Invalid TTL",
        messageFormat: "'{0}' is not a valid TTL (in {1}); write a positive duration such as \"5m\", \"1h30m\", \"45s\" or \"00:05:00\"",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A TTL is a positive duration: compact units in decreasing order (d, h, m, s, ms) such as \"5m\" or \"1h30m\", or a TimeSpan such as \"00:05:00\". An invalid TTL is ignored and the default applies.",
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.InvalidTtl));

    public static readonly DiagnosticDescriptor UnsupportedFieldType = new(
        id: RuleIdentifiers.UnsupportedFieldType,
        title: "Unsupported field type",
        messageFormat: "'{0}' is not a supported type for {1}; use string, int, long, bool, double, Uri or TimeSpan, with '?' for an optional field",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The fields of a typed JSON secret can be string, int, long, bool, double, Uri or TimeSpan; a trailing '?' (or \"optional\": true) makes a field optional and its property nullable.",
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.UnsupportedFieldType));

    public static readonly DiagnosticDescriptor JsonKeyOnTypedSecret = new(
        id: RuleIdentifiers.JsonKeyOnTypedSecret,
        title: "A typed JSON secret cannot also have a JSON key",
        messageFormat: "Secret '{0}' declares both \"jsonKey\" and \"fields\"; use \"fields\" to read the whole document into a record, or \"jsonKey\" to read one field as a string",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "\"jsonKey\" reads one top-level field of a JSON secret as a string; \"fields\" reads the whole JSON document into a generated record. A secret can do one or the other.",
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.JsonKeyOnTypedSecret));

    public static readonly DiagnosticDescriptor UnknownProperty = new(
        id: RuleIdentifiers.UnknownProperty,
        title: "Unknown manifest property",
        messageFormat: "'{0}' is not a known property of {1} and is ignored{2}",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The manifest format has a fixed set of properties (see docs/manifest.md); an unknown one is usually a typo.",
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.UnknownProperty));

    public static readonly DiagnosticDescriptor NameCollision = new(
        id: RuleIdentifiers.NameCollision,
        title: "Generated name collides with another member",
        messageFormat: "'{0}' collides with {1}; rename the secret or field",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Each secret generates members named {Name} and Get{Name}Async, and a typed secret generates a record; these must not clash with each other, with the members the generator always declares, or with the generated class.",
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.NameCollision));

    public static readonly DiagnosticDescriptor InvalidVersion = new(
        id: RuleIdentifiers.InvalidVersion,
        title: "Invalid version selector",
        messageFormat: "Invalid version for {0}: {1}",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "\"versionStage\" (a staging label such as AWSCURRENT) exists only in Secrets Manager; \"versionId\" is a Secrets Manager version id or a Parameter Store version number; set at most one of them.",
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.InvalidVersion));

    public static readonly DiagnosticDescriptor ValueInManifest = new(
        id: RuleIdentifiers.ValueInManifest,
        title: "The manifest must not hold secret values",
        messageFormat: "Secret '{0}' has a \"value\" property; the manifest names secrets and must never hold them: move the value to the store and delete the property",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The manifest is committed with the code; a value written in it is a leaked secret. The generator ignores it and never copies it anywhere.",
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.ValueInManifest));

    public static readonly DiagnosticDescriptor DuplicateGeneratedClass = new(
        id: RuleIdentifiers.DuplicateGeneratedClass,
        title: "Two manifests generate the same class",
        messageFormat: "Another manifest already generates class '{0}'; give this manifest a different \"className\" or \"namespace\"",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Each manifest generates one class; two manifests of the same project need different class names or namespaces.",
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.DuplicateGeneratedClass));

    public static readonly DiagnosticDescriptor RuntimeNotReferenced = new(
        id: RuleIdentifiers.RuntimeNotReferenced,
        title: "SecretAnalyzers.Runtime is not referenced",
        messageFormat: "The project has a secrets manifest but does not reference SecretAnalyzers.Runtime; no accessors are generated",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The generated accessors call SecretAnalyzers.Runtime. Add a PackageReference to SecretAnalyzers.Runtime.",
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.RuntimeNotReferenced));

    public static readonly DiagnosticDescriptor InvalidSecretId = new(
        id: RuleIdentifiers.InvalidSecretId,
        title: "Secret id is not accepted by its store",
        messageFormat: "The id '{1}' of secret '{0}' is not accepted by its store: {2}",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Secrets Manager names use letters, digits and / _ + = . @ -; Parameter Store names use letters, digits and _ . - /, a hierarchical name starts with '/', and names must not begin with 'aws' or 'ssm'.",
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.InvalidSecretId));

    public static readonly DiagnosticDescriptor LanguageVersionTooLow = new(
        id: RuleIdentifiers.LanguageVersionTooLow,
        title: "The generated accessors need C# 9 or later",
        messageFormat: "The generated secret accessors need C# 9 or later (records, init accessors); set <LangVersion> to 9.0 or later",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Projects that target .NET Framework or .NET Standard default to C# 7.3; the generated code uses records and init accessors.",
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.LanguageVersionTooLow));

    public static readonly DiagnosticDescriptor InvalidRegion = new(
        id: RuleIdentifiers.InvalidRegion,
        title: "Invalid AWS region list",
        messageFormat: "Invalid 'defaults.regions': {0}",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "defaults.regions lists the AWS regions the secrets are read from, primary first, then the failover regions in order. Each entry is a region name such as \"us-east-1\", listed once; the generator records the list in an assembly attribute that the AWS stores read.",
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.InvalidRegion));

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
        [InvalidRegion.Id] = InvalidRegion,
    };

    /// <summary>All descriptors, for the generator's catalogue tests.</summary>
    public static IEnumerable<DiagnosticDescriptor> All => ById.Values;

    /// <summary>The descriptor of a manifest diagnostic id.</summary>
    public static DiagnosticDescriptor Get(string id) => ById[id];
}
