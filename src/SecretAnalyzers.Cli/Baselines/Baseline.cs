using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using SecretAnalyzers.Cli.Scanning;

namespace SecretAnalyzers.Cli.Baselines;

/// <summary>
/// Findings accepted on the day the baseline was created. A scan with the baseline reports only findings that are not
/// in it, so CI can fail on new secrets while the old ones are being rotated and removed. Entries match on rule id,
/// path (relative to the baseline file) and fingerprint; the line is informational, so edits elsewhere in the file do
/// not turn an accepted finding into a new one.
/// </summary>
internal sealed class Baseline
{
    public const int FormatVersion = 1;

    private Baseline(string directory, FingerprintScheme scheme, IReadOnlyList<BaselineEntry> entries)
    {
        Directory = directory;
        Scheme = scheme;
        Entries = entries;
    }

    /// <summary>The folder paths are relative to (the baseline file's folder).</summary>
    public string Directory { get; }

    public FingerprintScheme Scheme { get; }

    public IReadOnlyList<BaselineEntry> Entries { get; }

    public static Baseline Create(string baselinePath, IEnumerable<ScanFinding> findings, byte[]? key)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(baselinePath))!;
        var scheme = FingerprintScheme.CreateNew(key);
        // The KDF is deliberately slow; spread it over the cores.
        var entries = findings
            .AsParallel()
            .Select(f =>
            {
                var path = RelativePath(directory, f.Path);
                return new BaselineEntry(f.RuleId, path, f.Span.StartLinePosition.Line + 1, scheme.Compute(f.RuleId, path, f.Evidence));
            })
            .ToList()
            .OrderBy(e => e.Path, StringComparer.Ordinal)
            .ThenBy(e => e.Line)
            .ThenBy(e => e.RuleId, StringComparer.Ordinal)
            .ToList();
        return new Baseline(directory, scheme, entries);
    }

    /// <summary>Splits <paramref name="findings"/> into new ones and the number the baseline accepts.</summary>
    public (IReadOnlyList<ScanFinding> NewFindings, int Accepted) Apply(IEnumerable<ScanFinding> findings)
    {
        // Each entry accepts one finding: a second copy of an accepted secret in the same file is new.
        var remaining = Entries
            .GroupBy(e => (e.RuleId, e.Path, e.Fingerprint))
            .ToDictionary(g => g.Key, g => g.Count());
        // Only findings in a (rule, file) the baseline mentions can match: the slow KDF runs for those alone, in parallel.
        var candidates = new HashSet<(string, string)>(Entries.Select(e => (e.RuleId, e.Path)));
        var keyed = findings
            .Select(finding => (Finding: finding, Path: RelativePath(Directory, finding.Path)))
            .ToList()
            .AsParallel()
            .AsOrdered()
            .Select(item => (item.Finding, Key: candidates.Contains((item.Finding.RuleId, item.Path))
                ? (item.Finding.RuleId, item.Path, Scheme.Compute(item.Finding.RuleId, item.Path, item.Finding.Evidence))
                : default))
            .ToList();

        var newFindings = new List<ScanFinding>();
        var accepted = 0;
        foreach (var (finding, key) in keyed)
        {
            if (key.RuleId is not null && remaining.TryGetValue(key, out var count) && count > 0)
            {
                remaining[key] = count - 1;
                accepted++;
            }
            else
            {
                newFindings.Add(finding);
            }
        }

        return (newFindings, accepted);
    }

    public void Save(string path)
    {
        using var stream = File.Create(path);
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        writer.WriteStartObject();
        writer.WriteString("$comment", "SecretAnalyzers baseline: accepted findings. Fingerprints are salted PBKDF2 hashes; no secret is stored. Rotate these secrets, then delete their entries.");
        writer.WriteNumber("version", FormatVersion);
        writer.WriteStartObject("fingerprint");
        writer.WriteString("algorithm", FingerprintScheme.Algorithm);
        writer.WriteNumber("iterations", Scheme.Iterations);
        writer.WriteString("salt", Convert.ToBase64String(Scheme.Salt));
        writer.WriteBoolean("keyed", Scheme.IsKeyed);
        writer.WriteEndObject();
        writer.WriteStartArray("findings");
        foreach (var entry in Entries)
        {
            writer.WriteStartObject();
            writer.WriteString("ruleId", entry.RuleId);
            writer.WriteString("path", entry.Path);
            writer.WriteNumber("line", entry.Line);
            writer.WriteString("fingerprint", entry.Fingerprint);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
        stream.WriteByte((byte)'\n');
    }

    /// <exception cref="BaselineException">The file is missing, not JSON, or not a baseline this tool can read.</exception>
    public static Baseline Load(string path, byte[]? key)
    {
        var fullPath = Path.GetFullPath(path);
        if (!File.Exists(fullPath))
        {
            throw new BaselineException($"Baseline file '{path}' does not exist. Create it with 'secretanalyzers baseline create'.");
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(fullPath), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            var root = document.RootElement;
            var version = root.GetProperty("version").GetInt32();
            if (version != FormatVersion)
            {
                throw new BaselineException($"Baseline file '{path}' has format version {version}; this tool reads version {FormatVersion}.");
            }

            var fingerprint = root.GetProperty("fingerprint");
            var algorithm = fingerprint.GetProperty("algorithm").GetString();
            if (!string.Equals(algorithm, FingerprintScheme.Algorithm, StringComparison.Ordinal))
            {
                throw new BaselineException($"Baseline file '{path}' uses fingerprint algorithm '{algorithm}', which this tool does not know.");
            }

            var keyed = fingerprint.TryGetProperty("keyed", out var keyedElement) && keyedElement.GetBoolean();
            if (keyed && key is null)
            {
                throw new BaselineException($"Baseline file '{path}' was created with {FingerprintScheme.KeyEnvironmentVariable} set; set the same key to use it.");
            }

            if (!keyed && key is not null)
            {
                // Otherwise a pull request could swap in an unkeyed baseline and fall back to the weaker scheme.
                throw new BaselineException($"{FingerprintScheme.KeyEnvironmentVariable} is set but baseline file '{path}' is not keyed; recreate it with the key set ('secretanalyzers baseline create').");
            }

            var iterations = fingerprint.GetProperty("iterations").GetInt32();
            if (iterations < FingerprintScheme.MinIterations || iterations > FingerprintScheme.MaxIterations)
            {
                throw new BaselineException($"Baseline file '{path}' has {iterations} iterations; this tool accepts {FingerprintScheme.MinIterations} to {FingerprintScheme.MaxIterations}.");
            }

            var scheme = new FingerprintScheme(
                Convert.FromBase64String(fingerprint.GetProperty("salt").GetString() ?? string.Empty),
                iterations,
                keyed ? key : null);
            var entries = new List<BaselineEntry>();
            foreach (var item in root.GetProperty("findings").EnumerateArray())
            {
                entries.Add(new BaselineEntry(
                    item.GetProperty("ruleId").GetString() ?? string.Empty,
                    item.GetProperty("path").GetString() ?? string.Empty,
                    item.TryGetProperty("line", out var line) ? line.GetInt32() : 0,
                    item.GetProperty("fingerprint").GetString() ?? string.Empty));
            }

            return new Baseline(Path.GetDirectoryName(fullPath)!, scheme, entries);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or ArgumentException)
        {
            throw new BaselineException($"Baseline file '{path}' is not a valid SecretAnalyzers baseline: {ex.Message}");
        }
    }

    /// <summary>'/'-separated path of <paramref name="path"/> relative to <paramref name="directory"/>.</summary>
    public static string RelativePath(string directory, string path) =>
        Path.GetRelativePath(directory, path).Replace('\\', '/');
}
