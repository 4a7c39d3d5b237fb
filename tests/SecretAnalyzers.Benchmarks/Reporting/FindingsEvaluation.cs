using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using SecretAnalyzers.Benchmarks.Corpus;

namespace SecretAnalyzers.Benchmarks.Reporting;

/// <summary>
/// Matches diagnostics to what the generator planted (by file and line: each planted literal is alone on its
/// line), measures recall on secrets and false positives on decoys, and checks that no diagnostic message or
/// property carries a planted secret. Everything outside the planted lines is ordinary code, so any finding
/// there is a false positive too.
/// </summary>
internal sealed class FindingsEvaluation
{
    private const int ShortestCheckedSecret = 6;

    private readonly GeneratedCorpus _corpus;
    private readonly Dictionary<(string Path, int Line), PlantedValue> _plantedByLine;

    public FindingsEvaluation(GeneratedCorpus corpus)
    {
        _corpus = corpus;
        _plantedByLine = corpus.Planted.ToDictionary(p => (p.FilePath, p.Line));
    }

    public int LeakCount { get; private set; }

    public string Report(ImmutableArray<Diagnostic> ours, ImmutableArray<Diagnostic> scs, bool scsRan)
    {
        var text = new StringBuilder();
        var leaks = FindLeaks(ours);
        LeakCount = leaks.Count;

        text.AppendLine("Findings per rule").AppendLine();
        var rules = new Table("analyzer", "rule", "findings", "on planted secrets", "on decoys", "elsewhere");
        AddRuleRows(rules, "SecretAnalyzers", ours);
        if (scsRan)
        {
            AddRuleRows(rules, "Security Code Scan", scs);
        }

        text.Append(rules).AppendLine();

        var ourLines = Index(ours);
        var scsLines = Index(scs.Where(d => d.Id == Analysis.SecurityCodeScan.HardcodedPasswordRule));
        var scsAnyLines = Index(scs);
        text.AppendLine("Recall on planted secrets and false positives on planted decoys (SCS: SCS0015 / any SCS rule)").AppendLine();
        var recall = new Table("planted", "kind", "count", "ours found", "ours right rule", "SCS0015", "SCS any");
        foreach (var group in _corpus.Planted.GroupBy(p => (p.IsSecret, p.Category)).OrderByDescending(g => g.Key.IsSecret).ThenBy(g => g.Key.Category, StringComparer.Ordinal))
        {
            var items = group.ToList();
            recall.Add(
                group.Key.Category,
                group.Key.IsSecret ? "secret " + items[0].ExpectedRule : "decoy",
                items.Count.ToString(CultureInfo.InvariantCulture),
                items.Count(p => ourLines.ContainsKey((p.FilePath, p.Line))).ToString(CultureInfo.InvariantCulture),
                group.Key.IsSecret ? items.Count(p => ourLines.TryGetValue((p.FilePath, p.Line), out var d) && d.Any(x => x.Id == p.ExpectedRule)).ToString(CultureInfo.InvariantCulture) : "",
                items.Count(p => scsLines.ContainsKey((p.FilePath, p.Line))).ToString(CultureInfo.InvariantCulture),
                items.Count(p => scsAnyLines.ContainsKey((p.FilePath, p.Line))).ToString(CultureInfo.InvariantCulture));
        }

        var secrets = _corpus.Planted.Where(p => p.IsSecret).ToList();
        var decoys = _corpus.Planted.Where(p => !p.IsSecret).ToList();
        recall.Add(
            "ALL SECRETS",
            "",
            secrets.Count.ToString(CultureInfo.InvariantCulture),
            Share(secrets.Count(p => ourLines.ContainsKey((p.FilePath, p.Line))), secrets.Count),
            Share(secrets.Count(p => ourLines.TryGetValue((p.FilePath, p.Line), out var d) && d.Any(x => x.Id == p.ExpectedRule)), secrets.Count),
            Share(secrets.Count(p => scsLines.ContainsKey((p.FilePath, p.Line))), secrets.Count),
            Share(secrets.Count(p => scsAnyLines.ContainsKey((p.FilePath, p.Line))), secrets.Count));
        recall.Add(
            "ALL DECOYS (false positives)",
            "",
            decoys.Count.ToString(CultureInfo.InvariantCulture),
            Share(decoys.Count(p => ourLines.ContainsKey((p.FilePath, p.Line))), decoys.Count),
            "",
            Share(decoys.Count(p => scsLines.ContainsKey((p.FilePath, p.Line))), decoys.Count),
            Share(decoys.Count(p => scsAnyLines.ContainsKey((p.FilePath, p.Line))), decoys.Count));
        text.Append(recall).AppendLine();

        var elsewhere = ours.Where(d => !Lines(d).Any(_plantedByLine.ContainsKey)).ToList();
        text.AppendLine(CultureInfo.InvariantCulture, $"Our findings outside planted lines (false positives on ordinary code): {elsewhere.Count}");
        foreach (var diagnostic in elsewhere.Take(15))
        {
            text.AppendLine("  " + Describe(diagnostic, leaks));
        }

        var scsElsewhere = scs.Count(d => d.Id == Analysis.SecurityCodeScan.HardcodedPasswordRule && !Lines(d).Any(_plantedByLine.ContainsKey));
        if (scsRan)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"SCS0015 findings outside planted lines: {scsElsewhere}");
        }

        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Secret leak check: {LeakCount} of {ours.Length} of our diagnostics carry a planted secret (of {secrets.Count(s => s.SecretPart.Length >= ShortestCheckedSecret)} checked) in their message or properties.");
        foreach (var (diagnostic, secret) in leaks.Take(10))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  LEAK {diagnostic.Id} at {Where(diagnostic)}: {secret.Category} ({secret.SecretPart.Length} chars)");
        }

        return text.ToString();
    }

    private void AddRuleRows(Table table, string analyzer, ImmutableArray<Diagnostic> diagnostics)
    {
        foreach (var group in diagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var onSecrets = 0;
            var onDecoys = 0;
            var elsewhere = 0;
            foreach (var diagnostic in group)
            {
                var planted = Lines(diagnostic).Select(l => _plantedByLine.GetValueOrDefault(l)).FirstOrDefault(p => p is not null);
                if (planted is null)
                {
                    elsewhere++;
                }
                else if (planted.IsSecret)
                {
                    onSecrets++;
                }
                else
                {
                    onDecoys++;
                }
            }

            table.Add(analyzer, group.Key, group.Count().ToString(CultureInfo.InvariantCulture), onSecrets.ToString(CultureInfo.InvariantCulture), onDecoys.ToString(CultureInfo.InvariantCulture), elsewhere.ToString(CultureInfo.InvariantCulture));
        }

        if (diagnostics.IsEmpty)
        {
            table.Add(analyzer, "(none)", "0", "0", "0", "0");
        }
    }

    private List<(Diagnostic Diagnostic, PlantedValue Secret)> FindLeaks(ImmutableArray<Diagnostic> diagnostics)
    {
        var secrets = _corpus.Planted.Where(p => p.IsSecret && p.SecretPart.Length >= ShortestCheckedSecret).ToList();
        var leaks = new List<(Diagnostic, PlantedValue)>();
        foreach (var diagnostic in diagnostics)
        {
            var texts = new List<string> { diagnostic.GetMessage(CultureInfo.InvariantCulture) };
            texts.AddRange(diagnostic.Properties.Values.OfType<string>());
            texts.AddRange(diagnostic.Properties.Keys);
            var secret = secrets.FirstOrDefault(s => texts.Any(t => t.Contains(s.SecretPart, StringComparison.Ordinal)));
            if (secret is not null)
            {
                leaks.Add((diagnostic, secret));
            }
        }

        return leaks;
    }

    private string Describe(Diagnostic diagnostic, List<(Diagnostic Diagnostic, PlantedValue Secret)> leaks)
    {
        var message = leaks.Any(l => ReferenceEquals(l.Diagnostic, diagnostic))
            ? "[message withheld: it contains a planted secret]"
            : diagnostic.GetMessage(CultureInfo.InvariantCulture);
        var span = diagnostic.Location.GetLineSpan();
        var file = _corpus.Files.FirstOrDefault(f => f.Path == span.Path);
        var source = file is null ? string.Empty : SourceLine(file.Text, span.StartLinePosition.Line);
        return $"{diagnostic.Id} {Where(diagnostic)}: {message}\n      > {source}";
    }

    private static string SourceLine(string text, int zeroBasedLine)
    {
        var lines = text.Split('\n');
        var line = zeroBasedLine < lines.Length ? lines[zeroBasedLine].Trim() : string.Empty;
        return line.Length > 140 ? line[..140] + "…" : line;
    }

    private static string Where(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        return $"{span.Path}:{span.StartLinePosition.Line + 1}";
    }

    private static Dictionary<(string Path, int Line), List<Diagnostic>> Index(IEnumerable<Diagnostic> diagnostics)
    {
        var index = new Dictionary<(string, int), List<Diagnostic>>();
        foreach (var diagnostic in diagnostics)
        {
            foreach (var line in Lines(diagnostic))
            {
                if (!index.TryGetValue(line, out var list))
                {
                    index[line] = list = new List<Diagnostic>();
                }

                list.Add(diagnostic);
            }
        }

        return index;
    }

    /// <summary>Every (file, 1-based line) the diagnostic's location and additional locations cover.</summary>
    private static IEnumerable<(string Path, int Line)> Lines(Diagnostic diagnostic)
    {
        foreach (var location in new[] { diagnostic.Location }.Concat(diagnostic.AdditionalLocations))
        {
            if (!location.IsInSource)
            {
                continue;
            }

            var span = location.GetLineSpan();
            for (var line = span.StartLinePosition.Line; line <= span.EndLinePosition.Line; line++)
            {
                yield return (span.Path, line + 1);
            }
        }
    }

    private static string Share(int count, int total) =>
        total == 0 ? "0" : $"{count} ({(100.0 * count / total).ToString("0", CultureInfo.InvariantCulture)} %)";
}
