using System;
using System.IO;

namespace SecretAnalyzers.ConfigFiles;

/// <summary>The syntaxes of configuration file SEC0005 reads.</summary>
internal enum ConfigFileKind
{
    None,
    Json,
    Xml,
    DotEnv,
}

/// <summary>Which configuration files are scanned, decided by file name (or an explicit override).</summary>
internal static class ConfigFileKinds
{
    /// <summary>
    /// The kind of <paramref name="path"/>. <paramref name="explicitKind"/> (the <c>SecretAnalyzersConfigFile</c>
    /// item metadata: json, xml, env, or false) wins over the name.
    /// </summary>
    public static ConfigFileKind FromPath(string path, string? explicitKind = null)
    {
        switch (explicitKind?.Trim().ToLowerInvariant())
        {
            case "json":
                return ConfigFileKind.Json;
            case "xml":
            case "config":
                return ConfigFileKind.Xml;
            case "env":
            case "dotenv":
                return ConfigFileKind.DotEnv;
            case "false":
            case "none":
                return ConfigFileKind.None;
        }

        var name = Path.GetFileName(path);
        if (string.IsNullOrEmpty(name))
        {
            return ConfigFileKind.None;
        }

        if (name.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            // Only files that hold configuration values: never secrets.manifest.json (ids, no values).
            return name.StartsWith("appsettings", StringComparison.OrdinalIgnoreCase)
                || name.Equals("launchSettings.json", StringComparison.OrdinalIgnoreCase)
                || name.Equals("local.settings.json", StringComparison.OrdinalIgnoreCase)
                ? ConfigFileKind.Json
                : ConfigFileKind.None;
        }

        if (name.EndsWith(".config", StringComparison.OrdinalIgnoreCase))
        {
            // packages.config lists package ids and versions, nothing else.
            return name.Equals("packages.config", StringComparison.OrdinalIgnoreCase) ? ConfigFileKind.None : ConfigFileKind.Xml;
        }

        if (name.Equals(".env", StringComparison.OrdinalIgnoreCase)
            || name.StartsWith(".env.", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".env", StringComparison.OrdinalIgnoreCase))
        {
            return ConfigFileKind.DotEnv;
        }

        return ConfigFileKind.None;
    }
}
