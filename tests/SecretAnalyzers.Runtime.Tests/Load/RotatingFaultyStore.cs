using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;

namespace SecretAnalyzers.Runtime.Tests.Load;

/// <summary>
/// A store whose secrets rotate every <see cref="RotationMs"/> and which fails every tenth call: throttling, a
/// server error whose message quotes the value (it must not leak), and a hang until the caller's timeout.
/// Version n is current from n × RotationMs to (n + 1) × RotationMs after the store was created.
/// </summary>
internal sealed class RotatingFaultyStore : ISecretStore
{
    public const int RotationMs = 100;
    public const string ValuePrefix = "sv-";

    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private int _calls;
    private int _failures;

    public int Calls => Volatile.Read(ref _calls);

    public int Failures => Volatile.Read(ref _failures);

    public double ElapsedMs => _clock.Elapsed.TotalMilliseconds;

    public static string ValueOf(long version) => ValuePrefix + version.ToString("D6") + "-" + version.ToString("D6");

    /// <summary>The version a value carries, or -1 when the value is torn (its two halves disagree).</summary>
    public static long VersionIn(string value)
    {
        var parts = value.Split('-');
        return parts.Length == 3 && parts[0] + "-" == ValuePrefix && parts[1] == parts[2] && long.TryParse(parts[1], out var version) ? version : -1;
    }

    public bool CanRead(SecretSource source) => true;

    public async ValueTask<SecretValue> GetAsync(SecretReference reference, CancellationToken cancellationToken = default)
    {
        var call = Interlocked.Increment(ref _calls);
        var version = (long)(ElapsedMs / RotationMs);

        // Every tenth call fails, cycling through throttling, a server error and a hang.
        if (call % 10 == 3)
        {
            Interlocked.Increment(ref _failures);
            switch (call / 10 % 3)
            {
                case 0:
                    throw new SecretStoreThrottledException(reference, 3);
                case 1:
                    throw new InvalidOperationException("HTTP 503; the body was " + ValueOf(version));
                default:
                    await Task.Delay(Timeout.Infinite, cancellationToken);
                    break;
            }
        }

        await Task.Yield();
        var value = ValueOf(version);
        var text = reference.Id.EndsWith("json", StringComparison.Ordinal) ? "{\"user\":\"app\",\"password\":\"" + value + "\"}" : value;
        return new SecretValue(text, version.ToString());
    }

    public async ValueTask<IReadOnlyDictionary<SecretReference, SecretValue>> GetManyAsync(
        IReadOnlyCollection<SecretReference> references,
        CancellationToken cancellationToken = default)
    {
        var result = new Dictionary<SecretReference, SecretValue>();
        foreach (var reference in references)
        {
            result[reference] = await GetAsync(reference, cancellationToken);
        }

        return result;
    }
}
