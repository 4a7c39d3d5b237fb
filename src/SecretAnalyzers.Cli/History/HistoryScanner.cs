using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using LibGit2Sharp;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SecretAnalyzers.Cli.Baselines;
using SecretAnalyzers.Cli.Scanning;
using SecretAnalyzers.Detection;

namespace SecretAnalyzers.Cli.History;

/// <summary>
/// Scans what commits (or the index) ADDED: each commit is diffed against its first parent and only added lines of
/// text files are searched. Each distinct secret is reported once, with the first and last commit that added it and
/// whether HEAD still holds it. The secret itself lives only in memory, as the baseline evidence.
/// </summary>
internal static class HistoryScanner
{
    private static readonly CompareOptions Compare = new()
    {
        Similarity = SimilarityOptions.Renames, // a renamed file adds nothing
        ContextLines = 0,
        IncludeUnmodified = false,
    };

    public static ScanResult ScanHistory(string repositoryPath, HistoryOptions options, Baseline? baseline, CancellationToken cancellationToken)
    {
        using var repository = Open(repositoryPath);
        if (repository.Info.IsShallow)
        {
            throw new HistoryException("the repository is a shallow clone: its history is incomplete. Run 'git fetch --unshallow' (or check out with fetch-depth: 0) and scan again.");
        }

        var secrets = new Dictionary<(string RuleId, string Evidence), HistorySecret>();
        var commits = 0;
        try
        {
            foreach (var commit in Walk(repository, options))
            {
                cancellationToken.ThrowIfCancellationRequested();
                commits++;
                var parent = commit.Parents.FirstOrDefault();
                using var patch = repository.Diff.Compare<Patch>(parent?.Tree, commit.Tree, Compare);
                foreach (var (ruleId, evidence, path, line, column, finding) in AddedSecrets(patch))
                {
                    var key = (ruleId, evidence);
                    if (!secrets.TryGetValue(key, out var secret))
                    {
                        secrets[key] = secret = new HistorySecret(finding, evidence, commit, path, line, column);
                    }

                    secret.LastCommit = commit;
                    secret.LastPath = path;
                }
            }

            var head = repository.Head.Tip?.Tree;
            var root = WorkingRoot(repository);
            var findings = secrets.Values
                .Select(s => ToFinding(s, root, head is not null && StillPresent(head, s)))
                .OrderBy(f => f.Path, StringComparer.Ordinal).ThenBy(f => f.Span.StartLinePosition.Line)
                .ToList();
            return Finish(findings, baseline, commits);
        }
        catch (LibGit2SharpException ex)
        {
            throw new HistoryException("the history could not be read whole (" + ex.Message + "); no report was written.", ex);
        }
    }

    /// <summary>What the index adds to HEAD: the pre-commit gate.</summary>
    public static ScanResult ScanStaged(string repositoryPath, Baseline? baseline)
    {
        using var repository = Open(repositoryPath);
        try
        {
            using var patch = repository.Diff.Compare<Patch>(repository.Head.Tip?.Tree, DiffTargets.Index, null, null, Compare);
            var root = WorkingRoot(repository);
            var findings = AddedSecrets(patch)
                .Select(a => Finding(a.Finding, a.Evidence, root, a.Path, a.Line, a.Column,
                    " (staged: unstage it and move it to a store before committing)"))
                .ToList();
            return Finish(findings, baseline, patch.Count());
        }
        catch (LibGit2SharpException ex)
        {
            throw new HistoryException("the index could not be read (" + ex.Message + ").", ex);
        }
    }

    private static Repository Open(string path)
    {
        try
        {
            var gitDirectory = Repository.Discover(Path.GetFullPath(path))
                ?? throw new HistoryException("'" + path + "' is not inside a git repository.");
            return new Repository(gitDirectory);
        }
        catch (LibGit2SharpException ex)
        {
            throw new HistoryException("the git repository at '" + path + "' cannot be read (" + ex.Message + ").", ex);
        }
    }

    private static IEnumerable<Commit> Walk(Repository repository, HistoryOptions options)
    {
        object include = options.AllBranches
            ? repository.Branches.Where(b => b.Tip is not null).Select(b => b.Tip).ToList()
            : repository.Head.Tip is { } tip ? tip : Array.Empty<Commit>();
        var filter = new CommitFilter
        {
            IncludeReachableFrom = include,
            // Oldest first, so that "first commit that added it" is the first one seen.
            SortBy = CommitSortStrategies.Topological | CommitSortStrategies.Time | CommitSortStrategies.Reverse,
        };
        if (options.Since is { } since)
        {
            filter.ExcludeReachableFrom = repository.Lookup<Commit>(since)
                ?? throw new HistoryException("--since: '" + since + "' is not a commit, branch or tag of this repository.");
        }

        IEnumerable<Commit> commits = repository.Commits.QueryBy(filter);
        if (options.MaxCommits is { } max)
        {
            // The newest N: the walk is oldest first, so skip the older ones.
            var all = commits.ToList();
            commits = all.Skip(Math.Max(0, all.Count - max));
        }

        return commits;
    }

    private static IEnumerable<(string RuleId, string Evidence, string Path, int Line, int Column, SecretFinding Finding)> AddedSecrets(Patch patch)
    {
        foreach (var change in patch)
        {
            if (change.IsBinaryComparison || change.Status is ChangeKind.Deleted || IsExcluded(change.Path))
            {
                continue;
            }

            foreach (var line in change.AddedLines)
            {
                var text = line.Content.TrimEnd('\n', '\r');
                foreach (var finding in AddedLineDetector.Detect(text))
                {
                    yield return (finding.RuleId, text.Substring(finding.Start, finding.Length), change.Path, line.LineNumber, finding.Start, finding);
                }
            }
        }
    }

    /// <summary>The same folders the working-tree scan skips (build output, vendored packages, dot-folders).</summary>
    internal static bool IsExcluded(string path) =>
        path.Split('/').SkipLast(1).Any(segment => segment.StartsWith('.') || ScanTargetResolver.IsSkippedDirectory(segment));

    private static bool StillPresent(Tree head, HistorySecret secret)
    {
        // Where it was last added first (cheap), then every text blob of HEAD: a moved secret is still a leak.
        return Contains(head[secret.LastPath]?.Target as Blob, secret.Evidence) || Blobs(head).Any(b => Contains(b, secret.Evidence));
    }

    private static IEnumerable<Blob> Blobs(Tree tree)
    {
        foreach (var entry in tree)
        {
            if (entry.Target is Blob blob)
            {
                yield return blob;
            }
            else if (entry.Target is Tree child)
            {
                foreach (var nested in Blobs(child))
                {
                    yield return nested;
                }
            }
        }
    }

    private static bool Contains(Blob? blob, string evidence) =>
        blob is not null && !blob.IsBinary && blob.GetContentText().Contains(evidence, StringComparison.Ordinal);

    private static string WorkingRoot(Repository repository) =>
        Path.TrimEndingDirectorySeparator(repository.Info.WorkingDirectory ?? repository.Info.Path);

    private static ScanFinding ToFinding(HistorySecret secret, string root, bool stillAtHead)
    {
        var first = secret.FirstCommit;
        var last = secret.LastCommit;
        var range = first.Sha == last.Sha
            ? $"added in {Short(first)}"
            : $"first added in {Short(first)}, last added in {Short(last)}";
        var advice = stillAtHead
            ? "still present at HEAD: move it to a store, then rotate it"
            : "no longer at HEAD but still in history: rotate it";
        return Finding(secret.Finding, secret.Evidence, root, secret.FirstPath, secret.FirstLine, secret.FirstColumn, $" ({range}; {advice})");
    }

    private static ScanFinding Finding(SecretFinding finding, string evidence, string root, string path, int line, int column, string suffix)
    {
        var descriptor = DescriptorFor(finding.RuleId);
        var fullPath = Path.Combine(root, path.Replace('/', Path.DirectorySeparatorChar));
        var span = new FileLinePositionSpan(fullPath, new LinePosition(line - 1, column), new LinePosition(line - 1, column + evidence.Length));
        var message = $"{finding.Description} {finding.MaskedValue}{suffix}";
        return new ScanFinding(descriptor, descriptor.DefaultSeverity, message, fullPath, span, evidence);
    }

    private static DiagnosticDescriptor DescriptorFor(string ruleId) =>
        ruleId == RuleIdentifiers.ConnectionStringWithCredentials
            ? DiagnosticDescriptors.ConnectionStringWithCredentials
            : DiagnosticDescriptors.HardcodedToken;

    private static string Short(Commit commit) => commit.Sha.Substring(0, 7);

    private static ScanResult Finish(List<ScanFinding> findings, Baseline? baseline, int scanned)
    {
        if (baseline is null)
        {
            return new ScanResult(findings, 0, scanned, Array.Empty<string>(), Array.Empty<string>());
        }

        var (kept, accepted) = baseline.Apply(findings);
        return new ScanResult(kept, accepted, scanned, Array.Empty<string>(), Array.Empty<string>());
    }

    private sealed class HistorySecret
    {
        public HistorySecret(SecretFinding finding, string evidence, Commit first, string path, int line, int column)
        {
            Finding = finding;
            Evidence = evidence;
            FirstCommit = LastCommit = first;
            FirstPath = LastPath = path;
            FirstLine = line;
            FirstColumn = column;
        }

        public SecretFinding Finding { get; }

        public string Evidence { get; }

        public Commit FirstCommit { get; }

        public Commit LastCommit { get; set; }

        public string FirstPath { get; }

        public string LastPath { get; set; }

        public int FirstLine { get; }

        public int FirstColumn { get; }
    }
}
