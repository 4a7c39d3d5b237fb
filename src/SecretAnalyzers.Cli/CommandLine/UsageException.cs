using System;

namespace SecretAnalyzers.Cli.CommandLine;

/// <summary>The command line is wrong (unknown option, missing argument): exit code 2 with a one-line message.</summary>
internal sealed class UsageException : Exception
{
    public UsageException(string message)
        : base(message)
    {
    }
}
