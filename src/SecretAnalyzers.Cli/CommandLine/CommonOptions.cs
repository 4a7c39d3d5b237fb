using System;
using System.CommandLine;

namespace SecretAnalyzers.Cli.CommandLine;

/// <summary>Arguments and options several commands share, created fresh for each command (a symbol has one parent).</summary>
internal static class CommonOptions
{
    public static Argument<string[]> Targets(string description) => new("targets")
    {
        Description = description,
        Arity = ArgumentArity.OneOrMore,
    };

    public static Option<bool> NoProgress() => new("--no-progress")
    {
        Description = "Never show the progress line.",
    };

    public static Option<bool> FollowSymlinks() => new("--follow-symlinks")
    {
        Description = "Follow symbolic links that lead outside the scanned folder (links inside it are always followed, cycles never).",
    };

    public static Option<bool> NoMSBuild() => new("--no-msbuild")
    {
        Description = "Do not load projects with MSBuild; parse each project's files as loose files (faster, safe on untrusted checkouts, less precise).",
    };
}
