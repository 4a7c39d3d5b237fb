namespace SecretAnalyzers.Cli.Baselines;

/// <summary>One accepted finding: rule, path relative to the baseline file, line (informational), fingerprint.</summary>
internal sealed record BaselineEntry(string RuleId, string Path, int Line, string Fingerprint);
