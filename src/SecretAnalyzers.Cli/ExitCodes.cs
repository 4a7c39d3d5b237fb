namespace SecretAnalyzers.Cli;

/// <summary>What CI scripts can rely on.</summary>
internal static class ExitCodes
{
    /// <summary>No (new) findings at warning or error severity.</summary>
    public const int Clean = 0;

    /// <summary>At least one (new) finding at warning or error severity.</summary>
    public const int Findings = 1;

    /// <summary>Bad command line, unreadable input, invalid baseline or any other error.</summary>
    public const int Error = 2;
}
