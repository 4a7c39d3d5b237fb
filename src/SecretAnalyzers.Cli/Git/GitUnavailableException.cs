using System;

namespace SecretAnalyzers.Cli.Git;

/// <summary>libgit2's native library does not load here: git checks are skipped with a warning, never a crash.</summary>
internal sealed class GitUnavailableException : Exception
{
    public GitUnavailableException(Exception inner)
        : base("git checks are unavailable on this platform (" + inner.GetType().Name + ")", inner)
    {
    }
}
