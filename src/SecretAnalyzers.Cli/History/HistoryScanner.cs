using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using LibGit2Sharp;
using Microsoft.CodeAnalysis;
using SecretAnalyzers.Cli.Baselines;
using SecretAnalyzers.Cli.Scanning;

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
        // A file renamed unchanged adds nothing. Only exact renames: similarity detection reads and compares every
        // added and deleted blob, and a renamed-and-edited file merely marks its secrets "last added" once more.
        Similarity = SimilarityOptions.Exact,
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

        var commits = new List<Commit>();
        try
        {
            using var collector = new AddedSecretCollector(repository, WorkingRoot(repository), cancellationToken);
            foreach (var commit in Walk(repository, options))
            {
                cancellationToken.ThrowIfCancellationRequested();
                using (var patch = Diff(repository, commit))
                {
                    if (patch is not null)
                    {
                        collector.Add(commits.Count, patch);
                    }
                }

                commits.Add(commit);
            }

            var finished = collector.Finish();
            // Oldest first: the first commit that added a secret is the first one seen.
            var secrets = new Dictionary<(string RuleId, string Evidence), HistorySecret>();
            foreach (var added in finished)
            {
                var key = (added.Finding.RuleId, added.Finding.Evidence);
                var commit = commits[added.Ordinal];
                if (!secrets.TryGetValue(key, out var secret))
                {
                    secrets[key] = secret = new HistorySecret(added.Finding, commit, added.RelativePath);
                }

                secret.LastCommit = commit;
                secret.LastPath = added.RelativePath;
            }

            var head = repository.Head.Tip?.Tree;
            var headTexts = new Lazy<List<string>>(() => head is null ? new List<string>() : TextBlobs(head).ToList());
            var findings = secrets.Values
                .Select(s => ToFinding(s, head is not null && StillPresent(head, headTexts, s)))
                .OrderBy(f => f.Path, StringComparer.Ordinal).ThenBy(f => f.Span.StartLinePosition.Line)
                .ToList();
            return Finish(findings, baseline, commits.Count, collector.Warnings);
        }
        catch (LibGit2SharpException ex)
        {
            throw new HistoryException("the history could not be read whole (" + ex.Message + "); no report was written.", ex);
        }
    }

    /// <summary>
    /// What a commit added against its first parent. For a merge, only files that differ from EVERY parent (conflict
    /// resolutions, changes made in the merge itself): a file taken whole from another parent was added by commits of
    /// that branch, which the walk scans on their own. Diffing every merge in full would roughly double the cost.
    /// </summary>
    private static Patch? Diff(Repository repository, Commit commit)
    {
        var parents = commit.Parents.ToList();
        if (parents.Count <= 1)
        {
            return repository.Diff.Compare<Patch>(parents.FirstOrDefault()?.Tree, commit.Tree, Compare);
        }

        using var changes = repository.Diff.Compare<TreeChanges>(parents[0].Tree, commit.Tree);
        var paths = changes
            .Where(c => c.Status is not ChangeKind.Deleted && parents.Skip(1).All(p => p[c.Path]?.Target.Id != c.Oid))
            .Select(c => c.Path)
            .ToList();
        return paths.Count == 0 ? null : repository.Diff.Compare<Patch>(parents[0].Tree, commit.Tree, paths, Compare);
    }

    /// <summary>What the index adds to HEAD: the pre-commit gate.</summary>
    public static ScanResult ScanStaged(string repositoryPath, Baseline? baseline)
    {
        using var repository = Open(repositoryPath);
        try
        {
            using var patch = repository.Diff.Compare<Patch>(repository.Head.Tip?.Tree, DiffTargets.Index, null, null, Compare);
            using var collector = new AddedSecretCollector(repository, WorkingRoot(repository), CancellationToken.None);
            collector.Add(0, patch);
            var findings = collector.Finish()
                .Select(a => WithSuffix(a.Finding, " (staged: unstage it and move it to a store before committing)"))
                .ToList();
            return Finish(findings, baseline, patch.Count(), collector.Warnings);
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

    /// <summary>The same folders the working-tree scan skips (build output, vendored packages, dot-folders).</summary>
    internal static bool IsExcluded(string path) =>
        path.Split('/').SkipLast(1).Any(segment => segment.StartsWith('.') || ScanTargetResolver.IsSkippedDirectory(segment));

    private static bool StillPresent(Tree head, Lazy<List<string>> headTexts, HistorySecret secret)
    {
        // The text at the primary location (analyzer evidence also lists additional locations, after a NUL).
        var evidence = secret.Finding.Evidence.Split('\0')[0];
        if (evidence.Length == 0)
        {
            return false;
        }

        // Where it was last added first (cheap), then every text blob of HEAD: a moved secret is still a leak.
        return head[secret.LastPath]?.Target is Blob { IsBinary: false } last && last.GetContentText().Contains(evidence, StringComparison.Ordinal)
            || headTexts.Value.Any(text => text.Contains(evidence, StringComparison.Ordinal));
    }

    private static IEnumerable<string> TextBlobs(Tree tree)
    {
        foreach (var entry in tree)
        {
            if (entry.Target is Blob { IsBinary: false } blob)
            {
                yield return blob.GetContentText();
            }
            else if (entry.Target is Tree child)
            {
                foreach (var nested in TextBlobs(child))
                {
                    yield return nested;
                }
            }
        }
    }

    private static string WorkingRoot(Repository repository) =>
        Path.TrimEndingDirectorySeparator(repository.Info.WorkingDirectory ?? repository.Info.Path);

    private static ScanFinding ToFinding(HistorySecret secret, bool stillAtHead)
    {
        var first = secret.FirstCommit;
        var last = secret.LastCommit;
        var range = first.Sha == last.Sha
            ? $"added in {Short(first)}"
            : $"first added in {Short(first)}, last added in {Short(last)}";
        var advice = stillAtHead
            ? "still present at HEAD: move it to a store, then rotate it"
            : "no longer at HEAD but still in history: rotate it";
        return WithSuffix(secret.Finding, $" ({range}; {advice})");
    }

    private static ScanFinding WithSuffix(ScanFinding finding, string suffix) =>
        new(finding.Descriptor, finding.Severity, finding.Message + suffix, finding.Path, finding.Span, finding.Evidence);

    private static string Short(Commit commit) => commit.Sha.Substring(0, 7);

    private static ScanResult Finish(List<ScanFinding> findings, Baseline? baseline, int scanned, IReadOnlyList<string> warnings)
    {
        if (baseline is null)
        {
            return new ScanResult(findings, 0, scanned, warnings, Array.Empty<string>());
        }

        var (kept, accepted) = baseline.Apply(findings);
        return new ScanResult(kept, accepted, scanned, warnings, Array.Empty<string>());
    }

    private sealed class HistorySecret
    {
        public HistorySecret(ScanFinding finding, Commit first, string path)
        {
            Finding = finding;
            FirstCommit = LastCommit = first;
            LastPath = path;
        }

        /// <summary>Where it was first added (path, line, rule, masked message).</summary>
        public ScanFinding Finding { get; }

        public Commit FirstCommit { get; }

        public Commit LastCommit { get; set; }

        public string LastPath { get; set; }
    }
}
