using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SecretAnalyzers.Cli.CommandLine;
using SecretAnalyzers.ConfigFiles;

namespace SecretAnalyzers.Cli.Scanning;

/// <summary>
/// Turns what the user named (a folder, a .csproj, a .sln/.slnx or a single file) into <see cref="ScanUnit"/>s.
/// No MSBuild evaluation: a project owns the files under its folder, except bin/, obj/, dot-folders and the folders of
/// nested projects; files that belong to no project form one "loose files" unit per scanned folder.
/// </summary>
internal static class ScanTargetResolver
{
    private static readonly HashSet<string> SkippedDirectories = new(StringComparer.OrdinalIgnoreCase)
    {
        "bin", "obj", "node_modules", "TestResults", "artifacts",
    };

    public static IReadOnlyList<ScanUnit> Resolve(string target)
    {
        var fullPath = Path.GetFullPath(target);
        if (Directory.Exists(fullPath))
        {
            return ResolveFolder(fullPath);
        }

        if (!File.Exists(fullPath))
        {
            throw new UsageException($"'{target}' is neither a folder nor a file.");
        }

        var extension = Path.GetExtension(fullPath);
        if (extension.Equals(".csproj", StringComparison.OrdinalIgnoreCase))
        {
            return new[] { ResolveProject(fullPath) };
        }

        if (extension.Equals(".sln", StringComparison.OrdinalIgnoreCase) || extension.Equals(".slnx", StringComparison.OrdinalIgnoreCase))
        {
            return ResolveSolution(fullPath);
        }

        if (IsScannedFile(fullPath))
        {
            return new[] { CreateUnit(Path.GetFileName(fullPath), Path.GetDirectoryName(fullPath)!, new[] { fullPath }) };
        }

        throw new UsageException($"'{target}' is not a folder, .csproj, .sln, .slnx, .cs, configuration or {LocalSecretsFileRule.FileName} file.");
    }

    private static IReadOnlyList<ScanUnit> ResolveFolder(string folder)
    {
        var projects = EnumerateFiles(folder, stopAtProjects: false)
            .Where(path => path.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase))
            .ToList();
        var projectDirectories = new HashSet<string>(projects.Select(p => Path.GetDirectoryName(p)!), PathComparer);

        var units = new List<ScanUnit>();
        foreach (var project in projects.OrderBy(p => p, StringComparer.Ordinal))
        {
            units.Add(ResolveProject(project));
        }

        if (!projectDirectories.Contains(folder))
        {
            var loose = EnumerateFiles(folder, stopAtProjects: true).ToList();
            var unit = CreateUnit(Path.GetFileName(folder.TrimEnd(Path.DirectorySeparatorChar)), folder, loose);
            if (!unit.IsEmpty)
            {
                units.Add(unit);
            }
        }

        return units;
    }

    private static ScanUnit ResolveProject(string projectPath)
    {
        var directory = Path.GetDirectoryName(projectPath)!;
        var files = EnumerateFiles(directory, stopAtProjects: true, root: directory);
        return CreateUnit(Path.GetFileNameWithoutExtension(projectPath), directory, files);
    }

    private static IReadOnlyList<ScanUnit> ResolveSolution(string solutionPath)
    {
        var directory = Path.GetDirectoryName(solutionPath)!;
        var units = new List<ScanUnit>();
        foreach (var relative in SolutionFileReader.ReadProjectPaths(solutionPath))
        {
            var projectPath = Path.GetFullPath(Path.Combine(directory, relative));
            if (projectPath.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase) && File.Exists(projectPath))
            {
                units.Add(ResolveProject(projectPath));
            }
        }

        // Configuration and loose files next to the solution (for example a root .env) belong to no project.
        var rootFiles = Directory.EnumerateFiles(directory).Where(IsScannedFile).ToList();
        var rootUnit = CreateUnit(Path.GetFileNameWithoutExtension(solutionPath), directory, rootFiles);
        if (!rootUnit.IsEmpty)
        {
            units.Add(rootUnit);
        }

        return units;
    }

    private static ScanUnit CreateUnit(string name, string directory, IEnumerable<string> files)
    {
        var sources = new List<string>();
        var configs = new List<string>();
        var localSecrets = new List<string>();
        foreach (var file in files.OrderBy(f => f, StringComparer.Ordinal))
        {
            if (IsSourceFile(file))
            {
                sources.Add(file);
            }
            else if (IsConfigFile(file))
            {
                configs.Add(file);
            }
            else if (TrackedLocalSecretsCheck.IsLocalSecretsFile(file))
            {
                localSecrets.Add(file);
            }
        }

        return new ScanUnit(name, directory, sources, configs, localSecrets);
    }

    /// <summary>
    /// Files under <paramref name="folder"/>, skipping build output and dot-folders; with
    /// <paramref name="stopAtProjects"/>, also skipping sub-folders that hold their own project.
    /// </summary>
    private static IEnumerable<string> EnumerateFiles(string folder, bool stopAtProjects, string? root = null)
    {
        var pending = new Stack<string>();
        pending.Push(folder);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            string[] files;
            string[] directories;
            try
            {
                files = Directory.GetFiles(current);
                directories = Directory.GetDirectories(current);
            }
            catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
            {
                continue; // unreadable folder: nothing we can scan there
            }

            if (stopAtProjects && !PathComparer.Equals(current, root ?? folder)
                && files.Any(f => f.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            foreach (var file in files)
            {
                yield return file;
            }

            foreach (var directory in directories)
            {
                var name = Path.GetFileName(directory);
                if (name.StartsWith(".", StringComparison.Ordinal) || SkippedDirectories.Contains(name))
                {
                    continue;
                }

                pending.Push(directory);
            }
        }
    }

    private static bool IsScannedFile(string path) =>
        IsSourceFile(path) || IsConfigFile(path) || TrackedLocalSecretsCheck.IsLocalSecretsFile(path);

    public static bool IsSourceFile(string path) => path.EndsWith(".cs", StringComparison.OrdinalIgnoreCase);

    public static bool IsConfigFile(string path) => ConfigFileKinds.FromPath(path) != ConfigFileKind.None;

    private static StringComparer PathComparer =>
        OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
}
