using SecretAnalyzers.Cli.Scanning;

namespace SecretAnalyzers.Cli.History;

/// <summary>
/// One secret on an added line of one commit (<c>Ordinal</c> in walk order, oldest first; path relative to the
/// repository). The finding's message is masked; its evidence (the text at the location) stays in memory for
/// de-duplication and baselines.
/// </summary>
internal sealed record AddedSecret(int Ordinal, string RelativePath, ScanFinding Finding);
