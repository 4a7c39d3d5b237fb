using System;
using System.Collections.Generic;
using SecretAnalyzers.Json;

namespace SecretAnalyzers.Manifest;

internal static partial class ManifestParser
{
    /// <summary>The <c>fields</c> of a typed secret: JSON field name → C# property of the generated record.</summary>
    private sealed partial class Session
    {
        private static readonly string[] FieldProperties =
        {
            ManifestFormat.FieldType, ManifestFormat.FieldOptional, ManifestFormat.FieldName, ManifestFormat.Description,
        };

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
    }
}
