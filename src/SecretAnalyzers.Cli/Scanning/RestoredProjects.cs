using System.IO;

namespace SecretAnalyzers.Cli.Scanning;

/// <summary>
/// Whether a project has been restored: MSBuild cannot resolve its references otherwise, and starting a build host
/// to find that out costs seconds per project.
/// </summary>
internal static class RestoredProjects
{
    private const string AssetsFile = "project.assets.json";

    /// <summary>Looks in <c>obj/</c> and in the artifacts layout (<c>artifacts/obj/&lt;project&gt;/</c> above it).</summary>
    public static bool IsRestored(string projectFile)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(projectFile))!;
        if (File.Exists(Path.Combine(directory, "obj", AssetsFile)))
        {
            return true;
        }

        var name = Path.GetFileNameWithoutExtension(projectFile);
        for (var current = directory; current is not null; current = Path.GetDirectoryName(current))
        {
            if (File.Exists(Path.Combine(current, "artifacts", "obj", name, AssetsFile)))
            {
                return true;
            }
        }

        return false;
    }
}
