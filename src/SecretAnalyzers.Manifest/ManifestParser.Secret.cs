using System;
using System.Collections.Generic;
using System.Globalization;
using SecretAnalyzers.Json;

namespace SecretAnalyzers.Manifest;

internal static partial class ManifestParser
{
    /// <summary>One entry of <c>secrets</c>: a table of property readers, each of which reads, validates and reports.</summary>
    private sealed partial class Session
    {
        /// <summary>
        /// Every property a secret may have, with its reader. Readers run in this order whether or not the property is
        /// written (absent properties get <c>null</c>), because later ones depend on earlier ones: the id and version
        /// rules on the source, the fields on the record type name and the JSON key. The order also fixes the order
        /// of the diagnostics.
        /// </summary>
        private static readonly PropertyReader<SecretDraft>[] SecretReaders =
        {
            new(ManifestFormat.Value, static (session, node, secret) => session.ReadValue(node, secret)),
            new(ManifestFormat.Source, static (session, node, secret) => session.ReadSource(node, secret)),
            new(ManifestFormat.Id, static (session, node, secret) => session.ReadId(node, secret)),
            new(ManifestFormat.JsonKey, static (session, node, secret) => secret.JsonKey = session.ReadNonEmptyString(node, ManifestFormat.JsonKey, secret.Owner)),
            new(ManifestFormat.Description, static (session, node, secret) => secret.Description = session.ReadOptionalString(node, ManifestFormat.Description, secret.Owner)),
            new(ManifestFormat.ConfigKey, static (session, node, secret) => secret.ConfigKey = session.ReadNonEmptyString(node, ManifestFormat.ConfigKey, secret.Owner)),
            new(ManifestFormat.VersionId, static (session, node, secret) => session.ReadVersionId(node, secret)),
            new(ManifestFormat.VersionStage, static (session, node, secret) => session.ReadVersionStage(node, secret)),
            new(ManifestFormat.Ttl, static (session, node, secret) => secret.Ttl = node is null ? session._defaultTtl : session.ReadTtl(node, secret.Owner)),
            new(ManifestFormat.TypeName, static (session, node, secret) => session.ReadTypeName(node, secret)),
            new(ManifestFormat.Fields, static (session, node, secret) => session.ReadFieldsOf(node, secret)),
        };

        private static readonly string[] SecretProperties = NamesOf(SecretReaders);

        private ManifestSecret? ReadSecret(JsonProperty declaration)
        {
            var secret = new SecretDraft(declaration, _defaultSource);
            if (!ManifestNames.IsValidIdentifier(secret.Name))
            {
                Report(RuleIdentifiers.InvalidIdentifier, declaration.NameNode, secret.Name, "a secret name", ManifestNames.DescribeInvalid(secret.Name, isTypeName: false));
                secret.Valid = false;
            }

            if (declaration.Value is not JsonObject body)
            {
                Report(RuleIdentifiers.InvalidValue, declaration.Value, secret.Owner, "an object with at least an \"id\"");
                return null;
            }

            secret.Body = body;
            ReadObject(body, SecretReaders, SecretProperties, secret.Owner, secret);

            return secret.Valid && secret.Id is not null
                ? new ManifestSecret(secret.Name, secret.Source, secret.Id, secret.JsonKey, secret.VersionId, secret.VersionStage, secret.Ttl, secret.Description, secret.TypeName, secret.Fields, Location(declaration.NameNode), secret.ConfigKey)
                : null;
        }

        private void ReadValue(JsonNode? node, SecretDraft secret)
        {
            if (node is not null)
            {
                // Report on the property name only: the value itself must never be echoed anywhere.
                Report(RuleIdentifiers.ValueInManifest, secret.Body.Find(ManifestFormat.Value)!.NameNode, secret.Name);
            }
        }

        private void ReadSource(JsonNode? node, SecretDraft secret)
        {
            if (node is null)
            {
                return;
            }

            if (ReadString(node, "'source' of " + secret.Owner) is not { } sourceText)
            {
                secret.Valid = false;
            }
            else if (!TryParseSource(sourceText.Value, secret))
            {
                Report(RuleIdentifiers.UnknownSource, sourceText, sourceText.Value, secret.Owner);
                secret.Valid = false;
            }
        }

        /// <summary>Sets the source as the format reads it, even when unknown (the secret is dropped then).</summary>
        private static bool TryParseSource(string text, SecretDraft secret)
        {
            var known = ManifestFormat.TryParseSource(text, out var source);
            secret.Source = source;
            return known;
        }

        private void ReadId(JsonNode? node, SecretDraft secret)
        {
            if (node is null)
            {
                Report(RuleIdentifiers.MissingId, secret.Declaration.NameNode, secret.Name);
                secret.Valid = false;
            }
            else if (node is JsonString blank && string.IsNullOrWhiteSpace(blank.Value))
            {
                Report(RuleIdentifiers.MissingId, blank, secret.Name);
                secret.Valid = false;
            }
            else if (ReadString(node, "'id' of " + secret.Owner) is { } idText)
            {
                secret.Id = ApplyPrefix(idText.Value.Trim());
                if (SecretIdRules.CheckId(secret.Id, secret.Source == ManifestSecretSource.ParameterStore) is { } rule)
                {
                    Report(RuleIdentifiers.InvalidSecretId, idText, secret.Name, secret.Id, rule);
                }
            }
            else
            {
                secret.Valid = false;
            }
        }

        private void ReadVersionId(JsonNode? node, SecretDraft secret)
        {
            if (node is null)
            {
                return;
            }

            string? versionId = null;
            if (node is JsonNumber number)
            {
                versionId = number.Text;
            }
            else if (ReadString(node, "'versionId' of " + secret.Owner) is { } idText)
            {
                versionId = idText.Value.Trim();
            }

            if (versionId is not null && versionId.Length == 0)
            {
                Report(RuleIdentifiers.InvalidVersion, node, secret.Owner, "'versionId' is empty");
                versionId = null;
            }
            else if (versionId is not null && secret.Source == ManifestSecretSource.ParameterStore
                && !(long.TryParse(versionId, NumberStyles.None, CultureInfo.InvariantCulture, out var version) && version > 0))
            {
                Report(RuleIdentifiers.InvalidVersion, node, secret.Owner, "a Parameter Store 'versionId' is a positive version number");
                versionId = null;
            }

            secret.VersionId = versionId;
        }

        private void ReadVersionStage(JsonNode? node, SecretDraft secret)
        {
            if (node is null || ReadString(node, "'versionStage' of " + secret.Owner) is not { } stageText)
            {
                return;
            }

            if (secret.Source == ManifestSecretSource.ParameterStore)
            {
                Report(RuleIdentifiers.InvalidVersion, node, secret.Owner, "'versionStage' is a Secrets Manager staging label; Parameter Store has none");
            }
            else if (stageText.Value.Trim().Length == 0)
            {
                Report(RuleIdentifiers.InvalidVersion, node, secret.Owner, "'versionStage' is empty");
            }
            else if (secret.VersionId is not null)
            {
                Report(RuleIdentifiers.InvalidVersion, node, secret.Owner, "set either 'versionId' or 'versionStage', not both");
            }
            else
            {
                secret.VersionStage = stageText.Value.Trim();
            }
        }

        private void ReadTypeName(JsonNode? node, SecretDraft secret)
        {
            if (node is null || ReadString(node, "'typeName' of " + secret.Owner) is not { } typeNameText)
            {
                return;
            }

            if (ManifestNames.IsValidTypeName(typeNameText.Value))
            {
                secret.TypeName = typeNameText.Value;
            }
            else
            {
                Report(RuleIdentifiers.InvalidIdentifier, typeNameText, typeNameText.Value, "the record type name of " + secret.Owner, ManifestNames.DescribeInvalid(typeNameText.Value, isTypeName: true));
                secret.Valid = false;
            }
        }

        private void ReadFieldsOf(JsonNode? node, SecretDraft secret)
        {
            if (node is null)
            {
                return;
            }

            if (ReadFields(node, secret.Owner, secret.TypeName) is { } fields)
            {
                secret.Fields = fields;
            }
            else
            {
                secret.Valid = false;
            }

            if (secret.JsonKey is not null)
            {
                Report(RuleIdentifiers.JsonKeyOnTypedSecret, secret.Body.Find(ManifestFormat.JsonKey)!.NameNode, secret.Name);
                secret.Valid = false;
            }
        }

        private string ApplyPrefix(string id) =>
            _idPrefix.Length == 0 || id.StartsWith("/", StringComparison.Ordinal) || id.StartsWith("arn:", StringComparison.Ordinal)
                ? id
                : _idPrefix + id;

        /// <summary>A secret while its properties are read; becomes a <see cref="ManifestSecret"/> if it stays valid.</summary>
        private sealed class SecretDraft
        {
            public SecretDraft(JsonProperty declaration, ManifestSecretSource defaultSource)
            {
                Declaration = declaration;
                Name = declaration.Name;
                Owner = "secret '" + Name + "'";
                Source = defaultSource;

                // A lowercase secret name ("db") still makes a well-formed record type name ("Db").
                TypeName = Name.Length > 0 ? char.ToUpperInvariant(Name[0]) + Name.Substring(1) : Name;
            }

            public JsonProperty Declaration { get; }

            public string Name { get; }

            /// <summary>How diagnostics name the secret: <c>secret 'DbPassword'</c>.</summary>
            public string Owner { get; }

            public JsonObject Body { get; set; } = null!;

            public bool Valid { get; set; } = true;

            public ManifestSecretSource Source { get; set; }

            public string? Id { get; set; }

            public string? JsonKey { get; set; }

            public string? Description { get; set; }

            public string? ConfigKey { get; set; }

            public string? VersionId { get; set; }

            public string? VersionStage { get; set; }

            public TimeSpan? Ttl { get; set; }

            public string TypeName { get; set; }

            public EquatableArray<ManifestField> Fields { get; set; } = EquatableArray<ManifestField>.Empty;
        }
    }
}
