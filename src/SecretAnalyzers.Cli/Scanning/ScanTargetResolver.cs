using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SecretAnalyzers.Cli.CommandLine;
using SecretAnalyzers.ConfigFiles;

namespace SecretAnalyzers.Cli.Scanning;

/// <summary>
/// Turns what the user named (a folder, a .csproj, a .sln/.slnx or a single file) into <see cref="ScanUnit"/>s of
/// files. A project owns the files under its folder, except bin/, obj/, dot-folders and the folders of nested
/// projects; files that belong to no project form one "loose files" unit per scanned folder. Symbolic links are
/// followed inside the scanned folder only (unless <see cref="ScanSettings.FollowSymlinks"/>), and never in a cycle.
/// </summary>
internal sealed class ScanTargetResolver
{
    private static readonly HashSet<string> SkippedDirectories = new(StringComparer.OrdinalIgnoreCase)
    {
        "bin", "obj", "node_modules", "TestResults", "artifacts",
    };

    private readonly ScanSettings _settings;
    private readonly List<string> _notices;
    private readonly Dictionary<string, string> _physicalPaths = new(StringComparer.Ordinal);

    private ScanTargetResolver(ScanSettings settings, List<string> notices)
    {
        _settings = settings;
        _notices = notices;
    }

    private static StringComparer PathComparer =>
        OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    public static IReadOnlyList<ScanUnit> Resolve(string target, ScanSettings settings, List<string> notices) =>
        new ScanTargetResolver(settings, notices).Resolve(target);

    /// <summary>Whether a folder of this name is skipped (build output, vendored packages); history scans use the same list.</summary>
    public static bool IsSkippedDirectory(string name) => SkippedDirectories.Contains(name);

    public static bool IsSourceFile(string path) => path.EndsWith(".cs", StringComparison.OrdinalIgnoreCase);

    public static bool IsConfigFile(string path) => ConfigFileKinds.FromPath(path) != ConfigFileKind.None;

    public static bool IsProjectFile(string path) => path.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase);

    public static bool IsSolutionFile(string path) =>
        path.EndsWith(".sln", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".slnx", StringComparison.OrdinalIgnoreCase);

    private IReadOnlyList<ScanUnit> Resolve(string target)
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

        if (IsProjectFile(fullPath))
        {
            return new[] { ResolveProject(fullPath) };
        }

        if (IsSolutionFile(fullPath))
        {
            return ResolveSolution(fullPath);
        }

        if (IsScannedFile(fullPath))
        {
            return new[] { CreateUnit(Path.GetFileName(fullPath), Path.GetDirectoryName(fullPath)!, new[] { fullPath }) };
        }

        throw new UsageException($"'{target}' is not a folder, .csproj, .sln, .slnx, .cs, configuration or {LocalSecretsFileRule.FileName} file.");
    }

    private IReadOnlyList<ScanUnit> ResolveFolder(string folder)
    {
        var projects = EnumerateFiles(folder, stopAtProjects: false).Where(IsProjectFile).ToList();
        var projectDirectories = new HashSet<string>(projects.Select(p => Path.GetDirectoryName(p)!), PathComparer);

        var units = new List<ScanUnit>();
        foreach (var project in projects.OrderBy(p => p, StringComparer.Ordinal))
        {
            units.Add(ResolveProject(project));
        }

        if (!projectDirectories.Contains(folder))
        {
            var loose = CreateUnit(Path.GetFileName(Path.TrimEndingDirectorySeparator(folder)), folder, EnumerateFiles(folder, stopAtProjects: true));
            if (!loose.IsEmpty)
            {
                units.Add(loose);
            }
        }

        return units;
    }

    private ScanUnit ResolveProject(string projectPath)
    {
        var directory = Path.GetDirectoryName(projectPath)!;
        return CreateUnit(Path.GetFileNameWithoutExtension(projectPath), directory, EnumerateFiles(directory, stopAtProjects: true), projectPath);
    }

    private IReadOnlyList<ScanUnit> ResolveSolution(string solutionPath)
    {
        var directory = Path.GetDirectoryName(solutionPath)!;
        var units = new List<ScanUnit>();
        foreach (var relative in SolutionFileReader.ReadProjectPaths(solutionPath))
        {
            var projectPath = Path.GetFullPath(Path.Combine(directory, relative));
            if (IsProjectFile(projectPath) && File.Exists(projectPath))
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

    private ScanUnit CreateUnit(string name, string directory, IEnumerable<string> files, string? projectFile = null)
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

        return new ScanUnit(name, directory, sources, configs, localSecrets, projectFile);
    }

    /// <summary>
    /// Files under <paramref name="folder"/>, skipping build output and dot-folders; with
    /// <paramref name="stopAtProjects"/>, also skipping sub-folders that hold their own project. Each physical folder
    /// is visited once (a link back to an ancestor ends there), and links leaving <paramref name="folder"/> are
    /// followed only when asked.
    /// </summary>
    private IEnumerable<string> EnumerateFiles(string folder, bool stopAtProjects)
    {
        var root = PhysicalPath(folder);
        var visited = new HashSet<string>(PathComparer) { root };
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

            if (stopAtProjects && !PathComparer.Equals(current, folder) && files.Any(IsProjectFile))
            {
                continue;
            }

            foreach (var file in files)
            {
                if (IsLink(file) && !IsInside(PhysicalPath(file), root) && !_settings.FollowSymlinks)
                {
                    _notices.Add($"Not followed: '{file}' links outside the scanned folder (use --follow-symlinks).");
                    continue;
                }

                yield return file;
            }

            foreach (var directory in directories)
            {
                var name = Path.GetFileName(directory);
                if (name.StartsWith(".", StringComparison.Ordinal) || SkippedDirectories.Contains(name))
                {
                    continue;
                }

                var physical = PhysicalPath(directory);
                if (!visited.Add(physical))
                {
                    continue; // a link cycle, or a second link to a folder already scanned
                }

                if (IsLink(directory) && !IsInside(physical, root) && !_settings.FollowSymlinks)
                {
                    _notices.Add($"Not followed: '{directory}' links outside the scanned folder (use --follow-symlinks).");
                    continue;
                }

                pending.Push(directory);
            }
        }
    }

    private bool IsScannedFile(string path) =>
        IsSourceFile(path) || IsConfigFile(path) || TrackedLocalSecretsCheck.IsLocalSecretsFile(path);

    private static bool IsLink(string path) => new FileInfo(path).LinkTarget is not null;

    /// <summary>The path with every symbolic link on it resolved (what the OS calls the real path).</summary>
    private string PhysicalPath(string path)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        if (_physicalPaths.TryGetValue(full, out var known))
        {
            return known;
        }

        var resolved = ResolvePhysicalPath(full);
        _physicalPaths[full] = resolved;
        return resolved;
    }

    private string ResolvePhysicalPath(string full)
    {
        var parent = Path.GetDirectoryName(full);
        var resolvedParent = parent is null ? null : PhysicalPath(parent);
        var self = resolvedParent is null ? full : Path.Combine(resolvedParent, Path.GetFileName(full));
        try
        {
            var info = new FileInfo(self);
            if (info.LinkTarget is null)
            {
                return self;
            }

            var target = info.ResolveLinkTarget(returnFinalTarget: true);
            return target is null ? self : PhysicalPath(target.FullName);
        }
        catch (IOException)
        {
            return self; // a broken or looping link: its own path identifies it
        }
    }

    private static bool IsInside(string path, string root) =>
        PathComparer.Equals(path, root)
        || path.StartsWith(Path.TrimEndingDirectorySeparator(root) + Path.DirectorySeparatorChar, OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
}
