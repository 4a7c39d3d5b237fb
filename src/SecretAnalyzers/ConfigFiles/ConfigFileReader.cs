using System;
using System.Collections.Generic;

namespace SecretAnalyzers.ConfigFiles;

/// <summary>One entry point for every configuration syntax: the values of a file with their keys and spans.</summary>
internal static class ConfigFileReader
{
    public static IReadOnlyList<ConfigEntry> Read(ConfigFileKind kind, string text) => kind switch
    {
        ConfigFileKind.Json => JsonConfigReader.Read(text),
        ConfigFileKind.Xml => XmlConfigReader.Read(text),
        ConfigFileKind.DotEnv => DotEnvReader.Read(text),
        _ => Array.Empty<ConfigEntry>(),
    };
}
