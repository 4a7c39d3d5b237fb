using System;
using System.Collections.Generic;
using System.Globalization;
using SecretAnalyzers.Json;
using SecretAnalyzers.Text;

namespace SecretAnalyzers.Manifest;

/// <summary>
/// Reads a <c>secrets.manifest.json</c> into a <see cref="ManifestModel"/> and located diagnostics. Never throws on bad
/// input: every problem becomes a diagnostic, invalid entries are dropped and the valid ones are kept.
/// </summary>
internal static class ManifestParser
{
    public static ManifestParseResult Parse(string text, string path) => new Session(text ?? string.Empty, path ?? string.Empty).Run();

    private sealed class Session
    {
        private static readonly string[] RootProperties =
        {
            ManifestFormat.Schema, ManifestFormat.ClassName, ManifestFormat.Namespace, ManifestFormat.Accessibility,
            ManifestFormat.Defaults, ManifestFormat.Secrets,
        };

        private static readonly string[] DefaultsProperties = { ManifestFormat.Source, ManifestFormat.Ttl, ManifestFormat.IdPrefix };

        private static readonly string[] SecretProperties =
        {
            ManifestFormat.Source, ManifestFormat.Id, ManifestFormat.JsonKey, ManifestFormat.VersionId, ManifestFormat.VersionStage,
            ManifestFormat.Ttl, ManifestFormat.Description, ManifestFormat.TypeName, ManifestFormat.Fields, ManifestFormat.Value,
        };

        private static readonly string[] FieldProperties =
        {
            ManifestFormat.FieldType, ManifestFormat.FieldOptional, ManifestFormat.FieldName, ManifestFormat.Description,
        };

        private readonly string _text;
        private readonly string _path;
        private readonly LineTable _lines;
        private readonly List<ManifestDiagnostic> _diagnostics = new();

        private ManifestSecretSource _defaultSource = ManifestSecretSource.SecretsManager;
        private TimeSpan? _defaultTtl;
        private string _idPrefix = string.Empty;

        public Session(string text, string path)
        {
            _text = text;
            _path = path;
            _lines = new LineTable(text);
        }

        public ManifestParseResult Run()
        {
            JsonNode root;
            try
            {
                root = JsonDocumentReader.Parse(_text);
            }
            catch (JsonSyntaxException exception)
            {
                Report(RuleIdentifiers.MalformedJson, exception.Position, exception.Length, exception.Message);
                return Result(null);
            }

            if (root is not JsonObject rootObject)
            {
                Report(RuleIdentifiers.InvalidValue, root, "the manifest's root", "an object");
                return Result(null);
            }

            var properties = ReadProperties(rootObject, RootProperties, "the manifest");
            var className = ManifestNames.DefaultClassName;
            var classLocation = LocationInfo.Create(_path, _lines, rootObject.Start, 1);
            if (properties.TryGetValue(ManifestFormat.ClassName, out var classNode) && ReadString(classNode, "'className'") is { } classText)
            {
                if (ManifestNames.IsValidTypeName(classText.Value))
                {
                    className = classText.Value;
                    classLocation = Location(classText);
                }
                else
                {
                    Report(RuleIdentifiers.InvalidIdentifier, classText, classText.Value, "the class name", ManifestNames.DescribeInvalid(classText.Value, isTypeName: true));
                }
            }

            string? @namespace = null;
            if (properties.TryGetValue(ManifestFormat.Namespace, out var namespaceNode) && ReadString(namespaceNode, "'namespace'") is { } namespaceText)
            {
                if (ManifestNames.IsValidNamespace(namespaceText.Value))
                {
                    @namespace = namespaceText.Value;
                }
                else
                {
                    Report(RuleIdentifiers.InvalidIdentifier, namespaceText, namespaceText.Value, "the namespace", "each dot-separated part must be a C# identifier that is not a keyword");
                }
            }

            var isInternal = false;
            if (properties.TryGetValue(ManifestFormat.Accessibility, out var accessibilityNode) && ReadString(accessibilityNode, "'accessibility'") is { } accessibility)
            {
                switch (accessibility.Value)
                {
                    case ManifestFormat.Public:
                        break;
                    case ManifestFormat.Internal:
                        isInternal = true;
                        break;
                    default:
                        Report(RuleIdentifiers.InvalidValue, accessibility, "'accessibility'", "\"public\" or \"internal\"");
                        break;
                }
            }

            if (properties.TryGetValue(ManifestFormat.Schema, out var schemaNode))
            {
                ReadString(schemaNode, "'$schema'");
            }

            if (properties.TryGetValue(ManifestFormat.Defaults, out var defaultsNode))
            {
                ReadDefaults(defaultsNode);
            }

            var secrets = new List<ManifestSecret>();
            if (properties.TryGetValue(ManifestFormat.Secrets, out var secretsNode))
            {
                if (secretsNode is JsonObject secretsObject)
                {
                    ReadSecrets(secretsObject, secrets);
                }
                else
                {
                    Report(RuleIdentifiers.InvalidValue, secretsNode, "'secrets'", "an object whose properties are the secrets' C# names");
                }
            }

            var model = new ManifestModel(_path, className, @namespace, isInternal, classLocation, new EquatableArray<ManifestSecret>(RemoveCollisions(className, secrets)));
            return Result(model);
        }

        private ManifestParseResult Result(ManifestModel? model) =>
            new(model, new EquatableArray<ManifestDiagnostic>(_diagnostics));

        private void ReadDefaults(JsonNode node)
        {
            if (node is not JsonObject defaults)
            {
                Report(RuleIdentifiers.InvalidValue, node, "'defaults'", "an object");
                return;
            }

            var properties = ReadProperties(defaults, DefaultsProperties, "'defaults'");
            if (properties.TryGetValue(ManifestFormat.Source, out var sourceNode) && ReadString(sourceNode, "'source' of 'defaults'") is { } source)
            {
                if (ManifestFormat.TryParseSource(source.Value, out var parsed))
                {
                    _defaultSource = parsed;
                }
                else
                {
                    Report(RuleIdentifiers.UnknownSource, source, source.Value, "'defaults'");
                }
            }

            if (properties.TryGetValue(ManifestFormat.Ttl, out var ttlNode))
            {
                _defaultTtl = ReadTtl(ttlNode, "'defaults'");
            }

            if (properties.TryGetValue(ManifestFormat.IdPrefix, out var prefixNode) && ReadString(prefixNode, "'idPrefix' of 'defaults'") is { } prefix)
            {
                _idPrefix = prefix.Value;
            }
        }

        private void ReadSecrets(JsonObject secretsObject, List<ManifestSecret> secrets)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var property in secretsObject.Properties)
            {
                if (!seen.Add(property.Name))
                {
                    Report(RuleIdentifiers.DuplicateName, property.NameNode, property.Name, "'secrets'");
                    continue;
                }

                if (ReadSecret(property) is { } secret)
                {
                    secrets.Add(secret);
                }
            }
        }

        private ManifestSecret? ReadSecret(JsonProperty declaration)
        {
            var name = declaration.Name;
            var owner = "secret '" + name + "'";
            var valid = true;
            if (!ManifestNames.IsValidIdentifier(name))
            {
                Report(RuleIdentifiers.InvalidIdentifier, declaration.NameNode, name, "a secret name", ManifestNames.DescribeInvalid(name, isTypeName: false));
                valid = false;
            }

            if (declaration.Value is not JsonObject body)
            {
                Report(RuleIdentifiers.InvalidValue, declaration.Value, owner, "an object with at least an \"id\"");
                return null;
            }

            var properties = ReadProperties(body, SecretProperties, owner);
            if (properties.TryGetValue(ManifestFormat.Value, out _))
            {
                // Report on the property name only: the value itself must never be echoed anywhere.
                var valueProperty = body.Find(ManifestFormat.Value)!;
                Report(RuleIdentifiers.ValueInManifest, valueProperty.NameNode, name);
            }

            var source = _defaultSource;
            if (properties.TryGetValue(ManifestFormat.Source, out var sourceNode))
            {
                if (ReadString(sourceNode, "'source' of " + owner) is not { } sourceText)
                {
                    valid = false;
                }
                else if (!ManifestFormat.TryParseSource(sourceText.Value, out source))
                {
                    Report(RuleIdentifiers.UnknownSource, sourceText, sourceText.Value, owner);
                    valid = false;
                }
            }

            string? id = null;
            if (!properties.TryGetValue(ManifestFormat.Id, out var idNode))
            {
                Report(RuleIdentifiers.MissingId, declaration.NameNode, name);
                valid = false;
            }
            else if (idNode is JsonString idText && string.IsNullOrWhiteSpace(idText.Value))
            {
                Report(RuleIdentifiers.MissingId, idText, name);
                valid = false;
            }
            else if (ReadString(idNode, "'id' of " + owner) is { } idValue)
            {
                id = ApplyPrefix(idValue.Value.Trim());
                CheckId(idValue, id, source, name);
            }
            else
            {
                valid = false;
            }

            var jsonKey = ReadOptionalNonEmptyString(properties, ManifestFormat.JsonKey, owner);
            var description = ReadOptionalString(properties, ManifestFormat.Description, owner);
            var (versionId, versionStage) = ReadVersion(properties, source, owner);
            var ttl = properties.TryGetValue(ManifestFormat.Ttl, out var ttlNode) ? ReadTtl(ttlNode, owner) : _defaultTtl;

            // A lowercase secret name ("db") still makes a well-formed record type name ("Db").
            var typeName = name.Length > 0 ? char.ToUpperInvariant(name[0]) + name.Substring(1) : name;
            if (properties.TryGetValue(ManifestFormat.TypeName, out var typeNameNode) && ReadString(typeNameNode, "'typeName' of " + owner) is { } typeNameText)
            {
                if (ManifestNames.IsValidTypeName(typeNameText.Value))
                {
                    typeName = typeNameText.Value;
                }
                else
                {
                    Report(RuleIdentifiers.InvalidIdentifier, typeNameText, typeNameText.Value, "the record type name of " + owner, ManifestNames.DescribeInvalid(typeNameText.Value, isTypeName: true));
                    valid = false;
                }
            }

            var fields = EquatableArray<ManifestField>.Empty;
            if (properties.TryGetValue(ManifestFormat.Fields, out var fieldsNode))
            {
                if (ReadFields(fieldsNode, owner, typeName) is { } readFields)
                {
                    fields = readFields;
                }
                else
                {
                    valid = false;
                }

                if (jsonKey is not null)
                {
                    Report(RuleIdentifiers.JsonKeyOnTypedSecret, body.Find(ManifestFormat.JsonKey)!.NameNode, name);
                    valid = false;
                }
            }

            if (!valid || id is null)
            {
                return null;
            }

            return new ManifestSecret(name, source, id, jsonKey, versionId, versionStage, ttl, description, typeName, fields, Location(declaration.NameNode));
        }

        private EquatableArray<ManifestField>? ReadFields(JsonNode node, string owner, string typeName)
        {
            if (node is not JsonObject fieldsObject)
            {
                Report(RuleIdentifiers.InvalidValue, node, "'fields' of " + owner, "an object mapping JSON field names to types");
                return null;
            }

            if (fieldsObject.Properties.Count == 0)
            {
                Report(RuleIdentifiers.InvalidValue, node, "'fields' of " + owner, "an object with at least one field");
                return null;
            }

            var fields = new List<ManifestField>();
            var jsonNames = new HashSet<string>(StringComparer.Ordinal);
            var propertyNames = new HashSet<string>(StringComparer.Ordinal);
            var allValid = true;
            foreach (var property in fieldsObject.Properties)
            {
                var fieldOwner = "field '" + property.Name + "' of " + owner;
                if (!jsonNames.Add(property.Name))
                {
                    Report(RuleIdentifiers.DuplicateName, property.NameNode, property.Name, "'fields' of " + owner);
                    continue;
                }

                if (property.Name.Length == 0)
                {
                    Report(RuleIdentifiers.InvalidValue, property.NameNode, "a field name", "a non-empty JSON property name");
                    allValid = false;
                    continue;
                }

                var field = ReadField(property, fieldOwner);
                if (field is null)
                {
                    allValid = false;
                    continue;
                }

                if (field.PropertyName == typeName || ManifestNames.IsReservedRecordMember(field.PropertyName) || !propertyNames.Add(field.PropertyName))
                {
                    Report(RuleIdentifiers.NameCollision, property.NameNode, field.PropertyName, "another member of record '" + typeName + "'");
                    allValid = false;
                    continue;
                }

                fields.Add(field);
            }

            return allValid ? new EquatableArray<ManifestField>(fields) : null;
        }

        private ManifestField? ReadField(JsonProperty property, string owner)
        {
            JsonString? typeNode;
            bool? optionalFlag = null;
            string? propertyName = null;
            string? description = null;
            JsonNode nameNode = property.NameNode;
            if (property.Value is JsonString shorthand)
            {
                typeNode = shorthand;
            }
            else if (property.Value is JsonObject fieldObject)
            {
                var properties = ReadProperties(fieldObject, FieldProperties, owner);
                if (!properties.TryGetValue(ManifestFormat.FieldType, out var typeValue))
                {
                    Report(RuleIdentifiers.InvalidValue, property.NameNode, owner, "an object with a \"type\"");
                    return null;
                }

                typeNode = ReadString(typeValue, "'type' of " + owner);
                if (properties.TryGetValue(ManifestFormat.FieldOptional, out var optionalNode))
                {
                    if (optionalNode is JsonBoolean optional)
                    {
                        optionalFlag = optional.Value;
                    }
                    else
                    {
                        Report(RuleIdentifiers.InvalidValue, optionalNode, "'optional' of " + owner, "true or false");
                    }
                }

                if (properties.TryGetValue(ManifestFormat.FieldName, out var nameValue) && ReadString(nameValue, "'name' of " + owner) is { } explicitName)
                {
                    nameNode = explicitName;
                    propertyName = explicitName.Value;
                }

                description = ReadOptionalString(properties, ManifestFormat.Description, owner);
            }
            else
            {
                Report(RuleIdentifiers.InvalidValue, property.Value, owner, "a type name such as \"string\" or \"int?\", or an object with a \"type\"");
                return null;
            }

            if (typeNode is null)
            {
                return null;
            }

            if (!ManifestFormat.TryParseFieldType(typeNode.Value, out var type, out var optionalFromType))
            {
                Report(RuleIdentifiers.UnsupportedFieldType, typeNode, typeNode.Value, owner);
                return null;
            }

            if (propertyName is null)
            {
                propertyName = ManifestNames.ToPascalCaseIdentifier(property.Name);
            }
            else if (!ManifestNames.IsValidIdentifier(propertyName))
            {
                Report(RuleIdentifiers.InvalidIdentifier, nameNode, propertyName, "the property name of " + owner, ManifestNames.DescribeInvalid(propertyName, isTypeName: false));
                return null;
            }

            return new ManifestField(property.Name, propertyName, type, optionalFlag ?? optionalFromType, description);
        }

        private (string? VersionId, string? VersionStage) ReadVersion(Dictionary<string, JsonNode> properties, ManifestSecretSource source, string owner)
        {
            string? versionId = null;
            string? versionStage = null;
            if (properties.TryGetValue(ManifestFormat.VersionId, out var idNode))
            {
                if (idNode is JsonNumber number)
                {
                    versionId = number.Text;
                }
                else if (ReadString(idNode, "'versionId' of " + owner) is { } idText)
                {
                    versionId = idText.Value.Trim();
                }

                if (versionId is not null && versionId.Length == 0)
                {
                    Report(RuleIdentifiers.InvalidVersion, idNode, owner, "'versionId' is empty");
                    versionId = null;
                }
                else if (versionId is not null && source == ManifestSecretSource.ParameterStore
                    && !(long.TryParse(versionId, NumberStyles.None, CultureInfo.InvariantCulture, out var number2) && number2 > 0))
                {
                    Report(RuleIdentifiers.InvalidVersion, idNode, owner, "a Parameter Store 'versionId' is a positive version number");
                    versionId = null;
                }
            }

            if (properties.TryGetValue(ManifestFormat.VersionStage, out var stageNode) && ReadString(stageNode, "'versionStage' of " + owner) is { } stageText)
            {
                if (source == ManifestSecretSource.ParameterStore)
                {
                    Report(RuleIdentifiers.InvalidVersion, stageNode, owner, "'versionStage' is a Secrets Manager staging label; Parameter Store has none");
                }
                else if (stageText.Value.Trim().Length == 0)
                {
                    Report(RuleIdentifiers.InvalidVersion, stageNode, owner, "'versionStage' is empty");
                }
                else if (versionId is not null)
                {
                    Report(RuleIdentifiers.InvalidVersion, stageNode, owner, "set either 'versionId' or 'versionStage', not both");
                }
                else
                {
                    versionStage = stageText.Value.Trim();
                }
            }

            return (versionId, versionStage);
        }

        private TimeSpan? ReadTtl(JsonNode node, string owner)
        {
            if (node is JsonString text && ManifestTtl.TryParse(text.Value, out var ttl))
            {
                return ttl;
            }

            var written = node is JsonString invalid ? invalid.Value : _text.Substring(node.Start, Math.Min(node.Length, 40));
            Report(RuleIdentifiers.InvalidTtl, node, written, owner);
            return null;
        }

        private string ApplyPrefix(string id) =>
            _idPrefix.Length == 0 || id.StartsWith("/", StringComparison.Ordinal) || id.StartsWith("arn:", StringComparison.Ordinal)
                ? id
                : _idPrefix + id;

        private void CheckId(JsonString node, string id, ManifestSecretSource source, string name)
        {
            if (SecretIdRules.CheckId(id, source == ManifestSecretSource.ParameterStore) is { } rule)
            {
                Report(RuleIdentifiers.InvalidSecretId, node, name, id, rule);
            }
        }

        /// <summary>Drops secrets whose generated members or record type would clash with earlier ones or with the class.</summary>
        private List<ManifestSecret> RemoveCollisions(string className, List<ManifestSecret> secrets)
        {
            var owners = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var reserved in ManifestNames.GetReservedMemberNames(className))
            {
                owners[reserved] = "a member the generator declares in class '" + className + "'";
            }

            var typeOwners = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                [className] = "the generated class",
                [ManifestNames.GetAccessorTypeName(className)] = "the generated accessor class",
            };

            var kept = new List<ManifestSecret>(secrets.Count);
            foreach (var secret in secrets)
            {
                string? clash = null;
                string? clashingName = null;
                foreach (var member in ManifestNames.GetGeneratedMemberNames(secret.Name))
                {
                    if (owners.TryGetValue(member, out var owner))
                    {
                        clash = owner;
                        clashingName = member;
                        break;
                    }
                }

                if (clash is null && secret.IsTyped && typeOwners.TryGetValue(secret.TypeName, out var typeOwner))
                {
                    clash = typeOwner;
                    clashingName = secret.TypeName;
                }

                if (clash is not null)
                {
                    _diagnostics.Add(ManifestDiagnostic.Create(RuleIdentifiers.NameCollision, secret.NameLocation, clashingName!, clash));
                    continue;
                }

                foreach (var member in ManifestNames.GetGeneratedMemberNames(secret.Name))
                {
                    owners[member] = "a member generated for secret '" + secret.Name + "'";
                }

                if (secret.IsTyped)
                {
                    typeOwners[secret.TypeName] = "the record generated for secret '" + secret.Name + "'";
                }

                kept.Add(secret);
            }

            return kept;
        }

        /// <summary>The object's properties by name; reports duplicates and unknown names (both are then ignored).</summary>
        private Dictionary<string, JsonNode> ReadProperties(JsonObject node, string[] known, string owner)
        {
            var properties = new Dictionary<string, JsonNode>(StringComparer.Ordinal);
            foreach (var property in node.Properties)
            {
                if (Array.IndexOf(known, property.Name) < 0)
                {
                    Report(RuleIdentifiers.UnknownProperty, property.NameNode, property.Name, owner, Suggest(property.Name, known));
                    continue;
                }

                if (properties.ContainsKey(property.Name))
                {
                    Report(RuleIdentifiers.DuplicateName, property.NameNode, property.Name, owner);
                    continue;
                }

                properties.Add(property.Name, property.Value);
            }

            return properties;
        }

        private string? ReadOptionalString(Dictionary<string, JsonNode> properties, string name, string owner) =>
            properties.TryGetValue(name, out var node) ? ReadString(node, "'" + name + "' of " + owner)?.Value : null;

        private string? ReadOptionalNonEmptyString(Dictionary<string, JsonNode> properties, string name, string owner)
        {
            if (!properties.TryGetValue(name, out var node) || ReadString(node, "'" + name + "' of " + owner) is not { } text)
            {
                return null;
            }

            if (text.Value.Length == 0)
            {
                Report(RuleIdentifiers.InvalidValue, text, "'" + name + "' of " + owner, "a non-empty string");
                return null;
            }

            return text.Value;
        }

        private JsonString? ReadString(JsonNode node, string what)
        {
            if (node is JsonString text)
            {
                return text;
            }

            Report(RuleIdentifiers.InvalidValue, node, what, "a string");
            return null;
        }

        private static string Suggest(string name, string[] known)
        {
            foreach (var candidate in known)
            {
                if (string.Equals(candidate, name, StringComparison.OrdinalIgnoreCase)
                    || string.Equals(candidate.Replace("_", string.Empty), name.Replace("_", string.Empty).Replace("-", string.Empty), StringComparison.OrdinalIgnoreCase))
                {
                    return " Did you mean '" + candidate + "'?";
                }
            }

            return string.Empty;
        }

        private LocationInfo Location(JsonNode node) => LocationInfo.Create(_path, _lines, node.Start, node.Length);

        private void Report(string id, JsonNode node, params string[] arguments) =>
            _diagnostics.Add(ManifestDiagnostic.Create(id, Location(node), arguments));

        private void Report(string id, int start, int length, params string[] arguments) =>
            _diagnostics.Add(ManifestDiagnostic.Create(id, LocationInfo.Create(_path, _lines, start, length), arguments));
    }
}
