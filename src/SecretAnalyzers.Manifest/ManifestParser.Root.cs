using System.Collections.Generic;
using SecretAnalyzers.Json;

namespace SecretAnalyzers.Manifest;

internal static partial class ManifestParser
{
    /// <summary>The top level: the generated class, its namespace and accessibility, and the <c>secrets</c> object.</summary>
    private sealed partial class Session
    {
        private void ReadClassName(JsonNode? node, RootDraft manifest)
        {
            if (node is null || ReadString(node, "'className'") is not { } classText)
            {
                return;
            }

            if (ManifestNames.IsValidTypeName(classText.Value))
            {
                manifest.ClassName = classText.Value;
                manifest.ClassLocation = Location(classText);
            }
            else
            {
                Report(RuleIdentifiers.InvalidIdentifier, classText, classText.Value, "the class name", ManifestNames.DescribeInvalid(classText.Value, isTypeName: true));
            }
        }

        private void ReadNamespace(JsonNode? node, RootDraft manifest)
        {
            if (node is null || ReadString(node, "'namespace'") is not { } namespaceText)
            {
                return;
            }

            if (ManifestNames.IsValidNamespace(namespaceText.Value))
            {
                manifest.Namespace = namespaceText.Value;
            }
            else
            {
                Report(RuleIdentifiers.InvalidIdentifier, namespaceText, namespaceText.Value, "the namespace", "each dot-separated part must be a C# identifier that is not a keyword");
            }
        }

        private void ReadAccessibility(JsonNode? node, RootDraft manifest)
        {
            if (node is null || ReadString(node, "'accessibility'") is not { } accessibility)
            {
                return;
            }

            switch (accessibility.Value)
            {
                case ManifestFormat.Public:
                    break;
                case ManifestFormat.Internal:
                    manifest.IsInternal = true;
                    break;
                default:
                    Report(RuleIdentifiers.InvalidValue, accessibility, "'accessibility'", "\"public\" or \"internal\"");
                    break;
            }
        }

        /// <summary>Only for editors; checked to be a string so that a typo in the file is still shown.</summary>
        private void ReadSchema(JsonNode? node)
        {
            if (node is not null)
            {
                ReadString(node, "'$schema'");
            }
        }

        private void ReadSecrets(JsonNode? node, List<ManifestSecret> secrets)
        {
            if (node is null)
            {
                return;
            }

            if (node is JsonObject secretsObject)
            {
                ReadSecrets(secretsObject, secrets);
            }
            else
            {
                Report(RuleIdentifiers.InvalidValue, node, "'secrets'", "an object whose properties are the secrets' C# names");
            }
        }

        /// <summary>The top level while it is read.</summary>
        private sealed class RootDraft
        {
            public RootDraft(LocationInfo documentStart)
            {
                ClassLocation = documentStart;
            }

            public string ClassName { get; set; } = ManifestNames.DefaultClassName;

            /// <summary>Where the class name is written, or the document's start when it is not.</summary>
            public LocationInfo ClassLocation { get; set; }

            public string? Namespace { get; set; }

            public bool IsInternal { get; set; }

            public List<ManifestSecret> Secrets { get; } = new();
        }
    }
}
