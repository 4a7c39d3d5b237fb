using System;

namespace SecretAnalyzers.Cli.Baselines;

/// <summary>A baseline file cannot be used (missing, malformed, other version, missing key): exit code 2.</summary>
internal sealed class BaselineException : Exception
{
    public BaselineException(string message)
        : base(message)
    {
    }
}
