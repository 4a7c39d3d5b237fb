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

        private static readonly PropertyReader<Session>[] DefaultsReaders =
        {
            new(ManifestFormat.Source, static (session, node, _) => session.ReadDefaultSource(node)),
            new(ManifestFormat.Ttl, static (session, node, _) => session._defaultTtl = node is null ? null : session.ReadTtl(node, "'defaults'")),
            new(ManifestFormat.IdPrefix, static (session, node, _) => session._idPrefix = session.ReadOptionalString(node, ManifestFormat.IdPrefix, "'defaults'") ?? string.Empty),
            new(ManifestFormat.Regions, static (session, node, _) => session.ReadRegions(node)),
        };

        private static readonly string[] DefaultsProperties = NamesOf(DefaultsReaders);

        private readonly List<string> _regions = new();
        private ManifestSecretSource _defaultSource = ManifestSecretSource.SecretsManager;
        private TimeSpan? _defaultTtl;
        private string _idPrefix = string.Empty;
        private LocationInfo? _regionsLocation;

        private void ReadDefaults(JsonNode? node)
        {
            if (node is null)
            {
                return;
            }

            if (node is not JsonObject defaults)
            {
                Report(RuleIdentifiers.InvalidValue, node, "'defaults'", "an object");
                return;
            }

            ReadObject(defaults, DefaultsReaders, DefaultsProperties, "'defaults'", this);
        }

        private void ReadDefaultSource(JsonNode? node)
        {
            if (node is null || ReadString(node, "'source' of 'defaults'") is not { } source)
            {
                return;
            }

            if (ManifestFormat.TryParseSource(source.Value, out var parsed))
            {
                _defaultSource = parsed;
            }
            else
            {
                Report(RuleIdentifiers.UnknownSource, source, source.Value, "'defaults'");
            }
        }

        /// <summary>
        /// The ordered region list (first = primary, the rest = failover). A bad name or a repeat is reported and
        /// left out; the valid names keep their order, so the build error is the only thing that changes.
        /// </summary>
        private void ReadRegions(JsonNode? node)
        {
            if (node is null)
            {
                return;
            }

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
