using System;
using System.Collections.Generic;
using SecretAnalyzers.Json;
using SecretAnalyzers.Text;

namespace SecretAnalyzers.Manifest;

/// <summary>
/// Reads a <c>secrets.manifest.json</c> into a <see cref="ManifestModel"/> and located diagnostics. Never throws on bad
/// input: every problem becomes a diagnostic, invalid entries are dropped and the valid ones are kept.
/// </summary>
internal static partial class ManifestParser
{
    public static ManifestParseResult Parse(string text, string path) => new Session(text ?? string.Empty, path ?? string.Empty).Run();

    private sealed partial class Session
    {
        /// <summary>The top-level properties in reading order: <c>defaults</c> before the secrets that use them.</summary>
        private static readonly PropertyReader<RootDraft>[] RootReaders =
        {
            new(ManifestFormat.ClassName, static (session, node, manifest) => session.ReadClassName(node, manifest)),
            new(ManifestFormat.Namespace, static (session, node, manifest) => session.ReadNamespace(node, manifest)),
            new(ManifestFormat.Accessibility, static (session, node, manifest) => session.ReadAccessibility(node, manifest)),
            new(ManifestFormat.Schema, static (session, node, _) => session.ReadSchema(node)),
            new(ManifestFormat.Defaults, static (session, node, _) => session.ReadDefaults(node)),
            new(ManifestFormat.Secrets, static (session, node, manifest) => session.ReadSecrets(node, manifest.Secrets)),
        };

        private static readonly string[] RootProperties = NamesOf(RootReaders);

        private readonly string _text;
        private readonly string _path;
        private readonly LineTable _lines;
        private readonly List<ManifestDiagnostic> _diagnostics = new();

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

            var manifest = new RootDraft(LocationInfo.Create(_path, _lines, rootObject.Start, 1));
            ReadObject(rootObject, RootReaders, RootProperties, "the manifest", manifest);
            var model = new ManifestModel(_path, manifest.ClassName, manifest.Namespace, manifest.IsInternal, manifest.ClassLocation, new EquatableArray<ManifestSecret>(RemoveCollisions(manifest.ClassName, manifest.Secrets)))
            {
                Regions = new EquatableArray<string>(_regions),
                RegionsLocation = _regionsLocation,
            };
            return Result(model);
        }

        private ManifestParseResult Result(ManifestModel? model) =>
            new(model, new EquatableArray<ManifestDiagnostic>(_diagnostics));

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
            ReadOptionalString(properties.TryGetValue(name, out var node) ? node : null, name, owner);

        private string? ReadOptionalString(JsonNode? node, string name, string owner) =>
            node is null ? null : ReadString(node, "'" + name + "' of " + owner)?.Value;

        private string? ReadNonEmptyString(JsonNode? node, string name, string owner)
        {
            if (node is null || ReadString(node, "'" + name + "' of " + owner) is not { } text)
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
