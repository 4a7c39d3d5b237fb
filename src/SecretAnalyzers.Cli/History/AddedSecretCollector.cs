using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LibGit2Sharp;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SecretAnalyzers.Cli.Scanning;
using SecretAnalyzers.Detection;

namespace SecretAnalyzers.Cli.History;

/// <summary>
/// Finds the secrets that commits ADDED, in two passes: every added line of every text file through the line-level
/// detectors, and the C# and configuration blobs whose added lines pass <see cref="SyntaxPrefilter"/> through the
/// analyzers themselves (names, connection strings, comments, SEC0005), keeping only findings on added lines. Blobs
/// are batched into one compilation per batch, analysed on another thread while the walk goes on.
/// </summary>
internal sealed class AddedSecretCollector : IDisposable
{
    private const int BatchBlobs = 32;

    /// <summary>The first batch is small: it pays the compiler's warm-up, which then overlaps with the walk.</summary>
    private const int FirstBatchBlobs = 8;
    private const int BatchChars = 8 * 1024 * 1024;

    /// <summary>Larger blobs are generated code or data dumps; the working-tree scan skips them too.</summary>
    private const int MaxBlobBytes = 8 * 1024 * 1024;

    private static readonly string[] TestFolderSuffixes = { ".Tests", ".Test", ".UnitTests", ".IntegrationTests", ".Specs" };

    private readonly Repository _repository;
    private readonly string _root;
    private readonly CancellationToken _cancellationToken;
    private readonly UnitAnalyzer _analyzer = new(new EditorConfigOptions());
    private readonly List<AddedSecret> _lineSecrets = new();
    private readonly List<Task<List<AddedSecret>>> _analyses = new();
    private readonly List<string> _warnings = new();

    // (commit ordinal, path) of every blob handed to the analyzers: on those the analyzers' verdict replaces the line-level one.
    private readonly HashSet<(int, string)> _analysed = new();

    // One analysis at a time (the analyzer runs concurrently inside it); the walk goes on meanwhile.
    private readonly SemaphoreSlim _analysisSlot = new(1);
    private readonly Batch _productBatch = new("History");
    private readonly Batch _testBatch = new("History.Tests");

    public AddedSecretCollector(Repository repository, string root, CancellationToken cancellationToken)
    {
        _repository = repository;
        _root = root;
        _cancellationToken = cancellationToken;
    }

    /// <summary>Problems that did not stop the scan (an analyzer exception in one batch).</summary>
    public IReadOnlyList<string> Warnings => _warnings;

    public void Add(int ordinal, Patch patch)
    {
        foreach (var change in patch)
        {
            if (change.IsBinaryComparison || change.Status is ChangeKind.Deleted || HistoryScanner.IsExcluded(change.Path))
            {
                continue;
            }

            var isSource = ScanTargetResolver.IsSourceFile(change.Path);
            var isTest = IsTestPath(change.Path);
            var analysable = isSource || ScanTargetResolver.IsConfigFile(change.Path);
            var fullPath = Path.Combine(_root, change.Path.Replace('/', Path.DirectorySeparatorChar));
            var addedLines = analysable ? new HashSet<int>() : null;
            var suspiciousLines = analysable ? new HashSet<int>() : null;
            foreach (var line in change.AddedLines)
            {
                var text = line.Content.TrimEnd('\n', '\r');
                addedLines?.Add(line.LineNumber);
                var hit = false;
                foreach (var finding in AddedLineDetector.Detect(text))
                {
                    // A line-level hit in C# or configuration also goes to the analyzers: the build's rule id wins.
                    hit = true;
                    _lineSecrets.Add(new AddedSecret(ordinal, change.Path, LineFinding(finding, text, fullPath, line.LineNumber)));
                }

                // In test code the analyzers report only what is believed on its shape (test_code = tokens), which the
                // line-level pass finds too: a credential name alone is not worth parsing a test file for.
                if (suspiciousLines is not null && (hit || (!isTest && SyntaxPrefilter.MayHoldSecret(text, isSource))))
                {
                    suspiciousLines.Add(line.LineNumber);
                }
            }

            if (suspiciousLines is { Count: > 0 } && _repository.Lookup<Blob>(change.Oid) is { IsBinary: false, Size: <= MaxBlobBytes } blob)
            {
                _analysed.Add((ordinal, change.Path));
                var batch = isTest ? _testBatch : _productBatch;
                batch.Add(new AddedBlob(ordinal, change.Path, fullPath, SourceText.From(blob.GetContentText()), isSource, addedLines!, suspiciousLines));
                if (batch.IsFull)
                {
                    Flush(batch);
                }
            }
        }
    }

    /// <summary>
    /// Waits for the analyses and returns every added secret, oldest commit first. In a blob the analyzers saw (every
    /// line-level hit in C# or configuration sends its blob there, unblanked), their verdict is the build's and
    /// replaces the line-level one: one secret is reported once, under the build's rule, and a line-level false alarm
    /// the build would not raise (<c>"Password=" + Escape(value)</c>) is not raised either.
    /// </summary>
    public IReadOnlyList<AddedSecret> Finish()
    {
        Flush(_productBatch);
        Flush(_testBatch);
        var syntax = Task.WhenAll(_analyses).GetAwaiter().GetResult().SelectMany(s => s).ToList();
        return syntax
            .Concat(_lineSecrets.Where(l => !_analysed.Contains((l.Ordinal, l.RelativePath))))
            .OrderBy(s => s.Ordinal)
            .ThenBy(s => s.RelativePath, StringComparer.Ordinal)
            .ThenBy(s => s.Finding.Span.StartLinePosition)
            .ToList();
    }

    public void Dispose() => _analysisSlot.Dispose();

    /// <summary>Test projects are compiled apart, named as tests, so that the analyzers apply their test-code policy.</summary>
    private static bool IsTestPath(string path)
    {
        var segments = path.Split('/');
        for (var i = 0; i < segments.Length - 1; i++)
        {
            if (TestFolderSuffixes.Any(s => segments[i].EndsWith(s, StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Where a blob sits in its batch's compilation: a folder named after the commit, inside the file's own folder, so
    /// the same file from several commits can share a compilation while the file name (which decides a configuration
    /// file's kind) and the folders' .editorconfig files still apply.
    /// </summary>
    private static string VirtualPath(AddedBlob blob) =>
        Path.Combine(Path.GetDirectoryName(blob.FullPath)!, "@" + blob.Ordinal.ToString(System.Globalization.CultureInfo.InvariantCulture), Path.GetFileName(blob.FullPath));

    private static ScanFinding LineFinding(SecretFinding finding, string line, string fullPath, int lineNumber)
    {
        var descriptor = finding.RuleId == RuleIdentifiers.ConnectionStringWithCredentials
            ? DiagnosticDescriptors.ConnectionStringWithCredentials
            : DiagnosticDescriptors.HardcodedToken;
        var evidence = line.Substring(finding.Start, finding.Length);
        var span = new FileLinePositionSpan(
            fullPath, new LinePosition(lineNumber - 1, finding.Start), new LinePosition(lineNumber - 1, finding.Start + finding.Length));
        return new ScanFinding(descriptor, descriptor.DefaultSeverity, $"{finding.Description} {finding.MaskedValue}", fullPath, span, evidence);
    }

    private void Flush(Batch batch)
    {
        if (batch.Blobs.Count == 0)
        {
            return;
        }

        var blobs = batch.Take();
        _analysisSlot.Wait(_cancellationToken);
        _analyses.Add(Task.Run(async () =>
        {
            try
            {
                return await AnalyseAsync(batch.Name, blobs).ConfigureAwait(false);
            }
            finally
            {
                _analysisSlot.Release();
            }
        }));
    }

    private async Task<List<AddedSecret>> AnalyseAsync(string name, IReadOnlyList<AddedBlob> blobs)
    {
        var warnings = new List<string>();
        var byPath = blobs.ToDictionary(VirtualPath, StringComparer.Ordinal);
        var findings = await _analyzer.AnalyzeTextsAsync(
            name,
            byPath.Where(b => b.Value.IsSource).Select(b => (b.Key, UntouchedMemberBlanker.Blank(b.Value.Text, b.Value.SuspiciousSpans()))).ToList(),
            byPath.Where(b => !b.Value.IsSource).Select(b => (b.Key, b.Value.Text)).ToList(),
            warnings,
            _cancellationToken).ConfigureAwait(false);
        lock (_warnings)
        {
            _warnings.AddRange(warnings);
        }

        var secrets = new List<AddedSecret>();
        foreach (var finding in findings)
        {
            if (byPath.TryGetValue(finding.Path, out var blob) && blob.Touches(finding.Span.StartLinePosition.Line, finding.Span.EndLinePosition.Line))
            {
                var span = new FileLinePositionSpan(blob.FullPath, finding.Span.Span);
                var located = new ScanFinding(finding.Descriptor, finding.Severity, finding.Message, blob.FullPath, span, finding.Evidence);
                secrets.Add(new AddedSecret(blob.Ordinal, blob.RelativePath, located));
            }
        }

        return secrets;
    }

    /// <summary>Blobs waiting for one compilation.</summary>
    private sealed class Batch
    {
        private List<AddedBlob> _blobs = new();
        private int _chars;
        private int _taken;

        public Batch(string name) => Name = name;

        public string Name { get; }

        public IReadOnlyList<AddedBlob> Blobs => _blobs;

        public bool IsFull => _blobs.Count >= (_taken == 0 ? FirstBatchBlobs : BatchBlobs) || _chars >= BatchChars;

        public void Add(AddedBlob blob)
        {
            _blobs.Add(blob);
            _chars += blob.Text.Length;
        }

        public List<AddedBlob> Take()
        {
            var blobs = _blobs;
            _taken++;
            _blobs = new List<AddedBlob>();
            _chars = 0;
            return blobs;
        }
    }
}
