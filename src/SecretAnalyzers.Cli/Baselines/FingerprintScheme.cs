using System;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace SecretAnalyzers.Cli.Baselines;

/// <summary>
/// How a baseline identifies an accepted finding without storing or revealing the secret:
/// <c>PBKDF2-HMAC-SHA256(password: the text at the finding, salt: baseline salt ‖ rule id ‖ path, iterations)</c>.
/// <list type="bullet">
/// <item>The random per-baseline salt (with rule and path) defeats precomputed tables and makes equal secrets in
/// different files or baselines look unrelated.</item>
/// <item>The iteration count makes every guess cost as much as the real computation: an attacker holding the file must
/// pay ~100,000 HMAC rounds per candidate per finding, instead of one hash.</item>
/// <item>A slow KDF cannot save a dictionary word. Set <c>SECRETANALYZERS_BASELINE_KEY</c> (a CI secret) and the salt
/// is also keyed with it (HMAC), so the file alone is useless for guessing. Either way the secrets in a baseline are
/// already in the repository's history and must be rotated; the baseline only stops the build from re-reporting them.</item>
/// </list>
/// </summary>
internal sealed class FingerprintScheme
{
    public const string Algorithm = "PBKDF2-HMAC-SHA256";
    public const int DefaultIterations = 100_000;

    /// <summary>
    /// Bounds for a baseline file's <c>iterations</c>: the file comes with a pull request, and 2^31 rounds per finding
    /// would hang CI; fewer than the minimum would make guessing cheap.
    /// </summary>
    public const int MinIterations = 10_000;

    /// <inheritdoc cref="MinIterations"/>
    public const int MaxIterations = 1_000_000;
    public const string KeyEnvironmentVariable = "SECRETANALYZERS_BASELINE_KEY";

    private readonly ConcurrentDictionary<string, string> _cache = new(StringComparer.Ordinal);
    private readonly byte[]? _key;

    public FingerprintScheme(byte[] salt, int iterations, byte[]? key)
    {
        if (salt.Length < 16)
        {
            throw new ArgumentException("The salt must have at least 16 bytes.", nameof(salt));
        }

        if (iterations < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(iterations));
        }

        Salt = salt;
        Iterations = iterations;
        _key = key;
    }

    public byte[] Salt { get; }

    public int Iterations { get; }

    /// <summary>Whether the fingerprints also depend on a key that is not in the file.</summary>
    public bool IsKeyed => _key is not null;

    public static FingerprintScheme CreateNew(byte[]? key, int iterations = DefaultIterations) =>
        new(RandomNumberGenerator.GetBytes(32), iterations, key);

    /// <summary>
    /// The scheme for SARIF <c>partialFingerprints</c> when no baseline is given: a fixed, public salt so that the same
    /// finding keeps its fingerprint from run to run (code-scanning services track alerts by it). Without a key the
    /// fingerprint resists guessing only as well as a baseline entry does; set <see cref="KeyEnvironmentVariable"/>.
    /// </summary>
    public static FingerprintScheme ForReports(byte[]? key) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes("SecretAnalyzers SARIF partialFingerprints v1")), DefaultIterations, key);

    /// <summary>The key from <see cref="KeyEnvironmentVariable"/>, when set.</summary>
    public static byte[]? KeyFromEnvironment()
    {
        var value = Environment.GetEnvironmentVariable(KeyEnvironmentVariable);
        return string.IsNullOrEmpty(value) ? null : Encoding.UTF8.GetBytes(value);
    }

    public string Compute(string ruleId, string normalizedPath, string evidence)
    {
        // A CRLF checkout and an LF checkout of a multi-line literal are the same finding.
        evidence = NormalizeLineEndings(evidence);
        var cacheKey = ruleId + "\0" + normalizedPath + "\0" + evidence;
        return _cache.GetOrAdd(cacheKey, _ => Derive(ruleId, normalizedPath, evidence));
    }

    private string Derive(string ruleId, string normalizedPath, string evidence)
    {
        var context = Encoding.UTF8.GetBytes(ruleId + "\n" + normalizedPath);
        var salt = new byte[Salt.Length + context.Length];
        Salt.CopyTo(salt, 0);
        context.CopyTo(salt, Salt.Length);
        if (_key is not null)
        {
            salt = HMACSHA256.HashData(_key, salt);
        }

        var hash = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(evidence), salt, Iterations, HashAlgorithmName.SHA256, 32);
        return Convert.ToBase64String(hash);
    }

    private static string NormalizeLineEndings(string text) =>
        text.IndexOf('\r') < 0 ? text : text.Replace("\r\n", "\n").Replace('\r', '\n');
}
