using System;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Linq;
using SecretAnalyzers.Cli.CommandLine;
using SecretAnalyzers.Manifest;
using SecretAnalyzers.Json;

namespace SecretAnalyzers.Cli.Init;

/// <summary>
/// Creates <c>secrets.manifest.json</c> next to a project (a code fix cannot add a new file under <c>dotnet format</c>),
/// with the same writer the code fixes and the generator use, so the file is one they can read. An existing manifest
/// is kept (unless forced): running <c>init</c> again after the fixes added secrets refreshes the local file and the
/// next steps without losing them.
/// </summary>
internal static class ManifestInitializer
{
    public const string ManifestFileName = ManifestFormat.FileName;

    public static InitializedManifest Create(string target, string? className, string? @namespace, string? idPrefix, bool force)
    {
        var (directory, project) = ResolveProject(target);
        var manifestPath = Path.Combine(directory, ManifestFileName);
        if (File.Exists(manifestPath) && !force)
        {
            if (className is not null || @namespace is not null || idPrefix is not null)
            {
                throw new UsageException($"'{manifestPath}' already exists; use --force to replace it with new settings.");
            }

            return Read(directory, manifestPath, created: false);
        }

        className ??= ManifestNames.DefaultClassName;
        @namespace ??= project is null ? null : RootNamespace(project);
        var prefix = IdPrefixes.Normalize(idPrefix ?? IdPrefixes.Default(project ?? directory));
        string text;
        try
        {
            text = ManifestWriter.CreateNew(className, @namespace, prefix);
        }
        catch (ArgumentException ex)
        {
            throw new UsageException(ex.Message);
        }

        File.WriteAllText(manifestPath, text);
        return Read(directory, manifestPath, created: true);
    }

    private static InitializedManifest Read(string directory, string manifestPath, bool created)
    {
        var text = File.ReadAllText(manifestPath);
        var parsed = ManifestParser.Parse(text, manifestPath);
        return new InitializedManifest(directory, manifestPath, created, parsed.Model, ReadIdPrefix(text));
    }

    /// <summary><c>defaults.idPrefix</c> as written (the parsed model has already applied it to every id).</summary>
    private static string ReadIdPrefix(string text)
    {
        try
        {
            return ((JsonDocumentReader.Parse(text) as JsonObject)?.Find(ManifestFormat.Defaults)?.Value as JsonObject)
                ?.Find(ManifestFormat.IdPrefix)?.Value is JsonString prefix ? prefix.Value : string.Empty;
        }
        catch (JsonSyntaxException)
        {
            return string.Empty; // the build reports the broken manifest (SEC0100) with its position
        }
    }

    private static (string Directory, string? Project) ResolveProject(string target)
    {
        var fullPath = Path.GetFullPath(target);
        if (File.Exists(fullPath) && fullPath.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase))
        {
            return (Path.GetDirectoryName(fullPath)!, fullPath);
        }

        if (!Directory.Exists(fullPath))
        {
            throw new UsageException($"'{target}' is neither a project file nor a folder.");
        }

        var projects = Directory.GetFiles(fullPath, "*.csproj");
        return projects.Length switch
        {
            0 => (fullPath, null),
            1 => (fullPath, projects[0]),
            _ => throw new UsageException($"'{target}' holds several projects; name the .csproj."),
        };
    }

    /// <summary>The project's RootNamespace, else its file name made into a namespace (what the SDK does).</summary>
    private static string? RootNamespace(string projectPath)
    {
        try
        {
            var declared = XDocument.Load(projectPath)
                .Descendants()
                .FirstOrDefault(e => e.Name.LocalName == "RootNamespace")?.Value.Trim();
            if (!string.IsNullOrEmpty(declared) && !declared.Contains("$(", StringComparison.Ordinal) && ManifestNames.IsValidNamespace(declared))
            {
                return declared;
            }
        }
        catch (XmlException)
        {
            // An unreadable project file: fall back to its name.
        }

        var name = Path.GetFileNameWithoutExtension(projectPath).Replace('-', '_').Replace(' ', '_');
        return ManifestNames.IsValidNamespace(name) ? name : null;
    }
}
