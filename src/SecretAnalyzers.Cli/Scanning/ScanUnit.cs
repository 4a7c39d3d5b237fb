using System.Collections.Generic;

namespace SecretAnalyzers.Cli.Scanning;

/// <summary>
/// Files analysed together as one compilation: a project's folder (minus nested projects, bin/ and obj/), or the
/// loose files of a folder that belong to no project.
/// </summary>
internal sealed class ScanUnit
{
    public ScanUnit(
        string name,
        string directory,
        IReadOnlyList<string> sourceFiles,
        IReadOnlyList<string> configFiles,
        IReadOnlyList<string> localSecretsFiles)
    {
        LocalSecretsFiles = localSecretsFiles;
        Name = name;
        Directory = directory;
        SourceFiles = sourceFiles;
        ConfigFiles = configFiles;
    }

    /// <summary>The project name, or the folder name for loose files.</summary>
    public string Name { get; }

    public string Directory { get; }

    /// <summary>Full paths of the .cs files.</summary>
    public IReadOnlyList<string> SourceFiles { get; }

    /// <summary>Full paths of the configuration files SEC0005 reads.</summary>
    public IReadOnlyList<string> ConfigFiles { get; }

    /// <summary>Full paths of the <c>secrets.local.json</c> files (checked for being tracked by git, never read).</summary>
    public IReadOnlyList<string> LocalSecretsFiles { get; }

    public bool IsEmpty => SourceFiles.Count == 0 && ConfigFiles.Count == 0 && LocalSecretsFiles.Count == 0;
}
