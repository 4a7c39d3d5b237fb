using System;
using System.IO;
using System.Linq;
using SecretAnalyzers.Cli.Git;

namespace SecretAnalyzers.Cli.Init;

/// <summary>Makes sure git never picks up the local secrets file: appends it to the working tree's .gitignore.</summary>
internal static class GitIgnoreEntry
{
    public const string Pattern = LocalSecretsFile.FileName;

    /// <summary>What was done, for the next-steps text.</summary>
    public enum Outcome
    {
        AlreadyIgnored,
        Added,
        Created,
    }

    /// <param name="localFilePath">The local secrets file (it need not exist).</param>
    /// <param name="gitIgnorePath">The .gitignore that covers it (or that was written).</param>
    /// <param name="warning">Set when git could not be asked (the file is then still written).</param>
    public static Outcome Ensure(string localFilePath, out string gitIgnorePath, out string? warning)
    {
        warning = null;
        var directory = Path.GetDirectoryName(localFilePath)!;
        GitWorkingTree? tree = null;
        try
        {
            tree = GitWorkingTree.Discover(directory);
        }
        catch (GitUnavailableException ex)
        {
            warning = ex.Message + "; .gitignore was checked as text only.";
        }

        using (tree)
        {
            // The repository's top-level .gitignore: one line there covers every project below it.
            gitIgnorePath = Path.Combine(tree?.Root ?? directory, ".gitignore");
            if (tree is not null ? tree.IsIgnored(localFilePath) : ListsPattern(gitIgnorePath))
            {
                return Outcome.AlreadyIgnored;
            }
        }

        var exists = File.Exists(gitIgnorePath);
        var text = exists ? File.ReadAllText(gitIgnorePath) : string.Empty;
        var newLine = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var separator = text.Length == 0 || text.EndsWith('\n') ? string.Empty : newLine;
        File.AppendAllText(
            gitIgnorePath,
            separator + "# Local development secrets (SecretAnalyzers): never commit." + newLine + Pattern + newLine);
        return exists ? Outcome.Added : Outcome.Created;
    }

    private static bool ListsPattern(string gitIgnorePath) =>
        File.Exists(gitIgnorePath)
        && File.ReadAllLines(gitIgnorePath).Select(line => line.Trim()).Any(line => line is Pattern or "**/" + Pattern);
}
