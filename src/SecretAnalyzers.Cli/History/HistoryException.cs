using System;

namespace SecretAnalyzers.Cli.History;

/// <summary>The history cannot be read whole (shallow clone, missing object, not a repository): exit 2, never a partial report.</summary>
internal sealed class HistoryException : Exception
{
    public HistoryException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}
