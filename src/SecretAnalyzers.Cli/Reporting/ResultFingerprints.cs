using SecretAnalyzers.Cli.Baselines;
using SecretAnalyzers.Cli.Scanning;

namespace SecretAnalyzers.Cli.Reporting;

/// <summary>
/// The baseline fingerprint of a finding, for SARIF <c>partialFingerprints</c>: with a baseline, exactly its entries'
/// fingerprints (same scheme, paths relative to the baseline file), so an alert and its baseline entry match.
/// </summary>
internal sealed class ResultFingerprints
{
    /// <summary>The <c>partialFingerprints</c> key; the version changes if the scheme ever does.</summary>
    public const string Key = "secretAnalyzers/v1";

    private readonly FingerprintScheme _scheme;
    private readonly string _directory;

    public ResultFingerprints(FingerprintScheme scheme, string directory)
    {
        _scheme = scheme;
        _directory = directory;
    }

    public static ResultFingerprints For(Baseline? baseline, string baseDirectory) =>
        baseline is null
            ? new ResultFingerprints(FingerprintScheme.ForReports(FingerprintScheme.KeyFromEnvironment()), baseDirectory)
            : new ResultFingerprints(baseline.Scheme, baseline.Directory);

    public string Compute(ScanFinding finding) =>
        _scheme.Compute(finding.RuleId, Baseline.RelativePath(_directory, finding.Path), finding.Evidence);
}
