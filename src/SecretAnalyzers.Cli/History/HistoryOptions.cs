namespace SecretAnalyzers.Cli.History;

/// <summary>What <c>scan --history</c> walks: commits reachable from HEAD (or every branch), after <see cref="Since"/>.</summary>
internal sealed record HistoryOptions(string? Since, bool AllBranches, int? MaxCommits);
