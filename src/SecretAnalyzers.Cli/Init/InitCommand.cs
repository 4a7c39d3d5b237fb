using System;
using System.IO;

namespace SecretAnalyzers.Cli.Init;

/// <summary>
/// <c>secretanalyzers init</c>: the manifest (with an id prefix), the git-ignored local secrets file with a key per
/// secret id, and the next steps.
/// </summary>
internal static class InitCommand
{
    public static int Run(string target, string? className, string? @namespace, string? idPrefix, bool force, TextWriter output, TextWriter error)
    {
        var manifest = ManifestInitializer.Create(target, className, @namespace, idPrefix, force);
        output.WriteLine(manifest.Created
            ? $"Created {Display(manifest.Path)}" + (manifest.IdPrefix.Length > 0 ? $" (id prefix '{manifest.IdPrefix}')." : ".")
            : $"Kept {Display(manifest.Path)} (use --force to replace it).");

        var localPath = Path.Combine(manifest.ProjectDirectory, LocalSecretsFile.FileName);
        var ignored = GitIgnoreEntry.Ensure(localPath, out var gitIgnorePath, out var warning);
        if (warning is not null)
        {
            error.WriteLine("warning: " + warning);
        }

        output.WriteLine(ignored switch
        {
            GitIgnoreEntry.Outcome.Created => $"Created {Display(gitIgnorePath)} with {LocalSecretsFile.FileName}.",
            GitIgnoreEntry.Outcome.Added => $"Added {LocalSecretsFile.FileName} to {Display(gitIgnorePath)}.",
            _ => $"{LocalSecretsFile.FileName} is already git-ignored.",
        });

        try
        {
            var added = LocalSecretsFile.Write(localPath, manifest.Model, out var created);
            output.WriteLine(created
                ? $"Created {Display(localPath)} with {added.Count} empty value(s)."
                : added.Count > 0 ? $"Added {added.Count} id(s) with empty values to {Display(localPath)}." : $"{Display(localPath)} has every id already.");
        }
        catch (InvalidDataException ex)
        {
            error.WriteLine("warning: " + ex.Message);
        }

        NextSteps.Write(output, manifest, Display(localPath));
        return ExitCodes.Clean;
    }

    private static string Display(string path)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }
}
