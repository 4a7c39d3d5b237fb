using System;
using System.IO;
using LibGit2Sharp;

namespace SecretAnalyzers.Cli.Git;

/// <summary>
/// The git working tree a path lies in, asked through libgit2 (no <c>git</c> executable needed, no output parsing):
/// whether a file is tracked and whether an ignore rule covers it.
/// </summary>
internal sealed class GitWorkingTree : IDisposable
{
    private readonly Repository _repository;

    private GitWorkingTree(Repository repository)
    {
        _repository = repository;
        Root = Path.TrimEndingDirectorySeparator(repository.Info.WorkingDirectory);
    }

    /// <summary>The working tree's top folder.</summary>
    public string Root { get; }

    /// <summary>The working tree holding <paramref name="path"/>; null outside git (or a bare repository).</summary>
    /// <exception cref="GitUnavailableException">libgit2 cannot be loaded on this platform.</exception>
    public static GitWorkingTree? Discover(string path)
    {
        try
        {
            var gitDirectory = Repository.Discover(path);
            if (gitDirectory is null)
            {
                return null;
            }

            var repository = new Repository(gitDirectory);
            if (repository.Info.IsBare)
            {
                repository.Dispose();
                return null;
            }

            return new GitWorkingTree(repository);
        }
        catch (Exception ex) when (ex is DllNotFoundException or TypeInitializationException or BadImageFormatException)
        {
            throw new GitUnavailableException(ex);
        }
        catch (LibGit2SharpException)
        {
            return null; // a damaged repository is not ours to diagnose
        }
    }

    /// <summary>Whether the index holds <paramref name="fullPath"/> (it is committed or staged).</summary>
    public bool IsTracked(string fullPath) =>
        RelativePath(fullPath) is { } relative && _repository.Index[relative] is not null;

    /// <summary>Whether the ignore rules (every .gitignore, info/exclude, core.excludesFile) cover <paramref name="fullPath"/>.</summary>
    public bool IsIgnored(string fullPath) =>
        RelativePath(fullPath) is { } relative && _repository.Ignore.IsPathIgnored(relative);

    public void Dispose() => _repository.Dispose();

    /// <summary>'/'-separated path inside the working tree; null outside it.</summary>
    private string? RelativePath(string fullPath)
    {
        var relative = Path.GetRelativePath(Root, Path.GetFullPath(fullPath));
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative)
            ? null
            : relative.Replace('\\', '/');
    }
}
