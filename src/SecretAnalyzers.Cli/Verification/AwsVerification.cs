using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SecretAnalyzers.Cli.Scanning;

namespace SecretAnalyzers.Cli.Verification;

/// <summary>
/// <c>scan --verify aws [--verify-endpoint URL]</c>: after the scan, reads the files that have findings, pairs the
/// AWS key ids with their secrets and asks STS about each pair; writes one masked line per pair. The entry point
/// the command line calls; everything it needs is in this folder.
/// </summary>
internal static class AwsVerification
{
    public const string Provider = "aws";

    /// <summary>Environment variable for the STS endpoint when <c>--verify-endpoint</c> is not given.</summary>
    public const string EndpointVariable = "SECRETANALYZERS_STS_ENDPOINT";

    public static async Task<IReadOnlyList<AwsVerificationResult>> RunAsync(
        ScanResult result, string? endpoint, TextWriter report, CancellationToken cancellationToken)
    {
        endpoint ??= Environment.GetEnvironmentVariable(EndpointVariable);
        var pairs = new List<AwsKeyPair>();
        foreach (string path in result.Findings.Select(f => f.Path).Distinct(StringComparer.Ordinal))
        {
            string text;
            try
            {
                text = File.ReadAllText(path);
            }
            catch (IOException)
            {
                continue;
            }
            catch (UnauthorizedAccessException)
            {
                continue;
            }

            pairs.AddRange(AwsKeyPairFinder.Find(path, text));
        }

        var verifier = new AwsCredentialVerifier(endpoint);
        var results = new List<AwsVerificationResult>();
        report.WriteLine($"verify aws: {pairs.Count} key pair(s) found next to each other"
            + (endpoint is null ? string.Empty : " (STS endpoint from configuration)"));
        foreach (AwsKeyPair pair in pairs)
        {
            AwsVerificationResult outcome = await verifier.VerifyAsync(pair, cancellationToken).ConfigureAwait(false);
            results.Add(outcome);
            report.WriteLine("  " + Describe(outcome));
        }

        return results;
    }

    public static string Describe(AwsVerificationResult outcome)
    {
        string where = Path.GetRelativePath(Directory.GetCurrentDirectory(), outcome.Pair.Path) + ":" + outcome.Pair.Line;
        string key = Detection.SecretMasker.Mask(outcome.Pair.AccessKeyId);
        return outcome.Status switch
        {
            VerificationStatus.Verified => $"{where} {key}: verified (LIVE, revoke it now): account {outcome.MaskedAccount}, arn {outcome.MaskedArn}",
            VerificationStatus.Unverified => $"{where} {key}: unverified ({outcome.Detail})",
            _ => $"{where} {key}: unknown ({outcome.Detail})",
        };
    }
}
