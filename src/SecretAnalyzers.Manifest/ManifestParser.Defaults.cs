using System;
using System.Collections.Generic;
using SecretAnalyzers.Json;

namespace SecretAnalyzers.Manifest;

internal static partial class ManifestParser
{
    /// <summary><c>defaults</c>: what every secret gets unless it sets its own, and the application's AWS regions.</summary>
    private sealed partial class Session
    {
        private const string RegionsOwner = "'regions' of 'defaults'";

        private static readonly string[] DefaultsProperties = { ManifestFormat.Source, ManifestFormat.Ttl, ManifestFormat.IdPrefix, ManifestFormat.Regions };

        private readonly List<string> _regions = new();
        private ManifestSecretSource _defaultSource = ManifestSecretSource.SecretsManager;
        private TimeSpan? _defaultTtl;
        private string _idPrefix = string.Empty;
        private LocationInfo? _regionsLocation;

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

            if (properties.TryGetValue(ManifestFormat.Regions, out var regionsNode))
            {
                ReadRegions(regionsNode);
            }
        }

        /// <summary>
        /// The ordered region list (first = primary, the rest = failover). A bad name or a repeat is reported and
        /// left out; the valid names keep their order, so the build error is the only thing that changes.
        /// </summary>
        private void ReadRegions(JsonNode node)
        {
            if (node is not JsonArray array)
            {
                Report(RuleIdentifiers.InvalidValue, node, RegionsOwner, "an array of AWS region names such as [\"us-east-1\", \"us-west-2\"]");
                return;
            }

            _regionsLocation = Location(node);
            if (array.Items.Count == 0)
            {
                Report(RuleIdentifiers.InvalidRegion, node, "the list is empty; name at least the primary region, or remove 'regions'");
                return;
            }

            foreach (var item in array.Items)
            {
                if (ReadString(item, "each of " + RegionsOwner) is not { } region)
                {
                    continue;
                }

                if (!ManifestRegions.IsRegionName(region.Value))
                {
                    Report(RuleIdentifiers.InvalidRegion, region, "'" + region.Value + "' is not an AWS region name such as \"us-east-1\" or \"us-gov-west-1\"");
                }
                else if (_regions.Contains(region.Value))
                {
                    Report(RuleIdentifiers.InvalidRegion, region, "'" + region.Value + "' is listed more than once");
                }
                else
                {
                    _regions.Add(region.Value);
                }
            }
        }
    }
}
