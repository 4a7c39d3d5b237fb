using System;
using System.Collections.Generic;
using SecretAnalyzers.Json;

namespace SecretAnalyzers.Manifest;

internal static partial class ManifestParser
{
    private sealed partial class Session
    {
        /// <summary>
        /// Runs every reader of a table over an object's properties, in table order: the order in which properties
        /// depend on each other, whatever their order in the file. A reader gets <c>null</c> for an absent property.
        /// </summary>
        private void ReadObject<TTarget>(JsonObject node, PropertyReader<TTarget>[] readers, string[] known, string owner, TTarget target)
        {
            var properties = ReadProperties(node, known, owner);
            foreach (var reader in readers)
            {
                reader.Read(this, properties.TryGetValue(reader.Name, out var value) ? value : null, target);
            }
        }

        private static string[] NamesOf<TTarget>(PropertyReader<TTarget>[] readers) => Array.ConvertAll(readers, reader => reader.Name);

        /// <summary>One row of a reader table: a property name and what reads, validates and reports it.</summary>
        private sealed class PropertyReader<TTarget>
        {
            public PropertyReader(string name, Action<Session, JsonNode?, TTarget> read)
            {
                Name = name;
                Read = read;
            }

            public string Name { get; }

            public Action<Session, JsonNode?, TTarget> Read { get; }
        }
    }
}
