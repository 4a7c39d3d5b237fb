using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using SecretAnalyzers.Benchmarks.Analysis;
using SecretAnalyzers.Benchmarks.Measurement;
using SecretAnalyzers.Benchmarks.Reporting;

namespace SecretAnalyzers.Benchmarks;

/// <summary>
/// <c>--corpus DIR</c>: any folder of real C# as one compilation (against the running framework's assemblies only,
/// so code that needs packages leaves some bodies unbound; the compiler error count says how many). Prints the
/// compile time, our analyzers' self-time (driver telemetry) and wall/CPU beside the null analyzers, the AD0001
/// count, and every finding with its masked message, split into test and non-test files for false-alarm review.
/// </summary>
internal static class FolderCorpusRun
{
    public static async Task<int> RunAsync(string folder, BenchmarkOptions options)
    {
        var root = Path.GetFullPath(folder);
        if (!Directory.Exists(root))
        {
            Console.Error.WriteLine($"--corpus: folder '{folder}' does not exist.");
            return 2;
        }

        var paths = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(p => !IsBuildOutput(root, p))
            .OrderBy(p => p, StringComparer.Ordinal)
            .ToList();
        var parseOptions = new CSharpParseOptions(LanguageVersion.Preview);
        var trees = new SyntaxTree[paths.Count];
        Parallel.For(0, trees.Length, i =>
            trees[i] = CSharpSyntaxTree.ParseText(File.ReadAllText(paths[i]), parseOptions, Path.GetRelativePath(root, paths[i])));
        var lines = trees.Sum(t => t.GetText().Lines.Count);
        var testLines = trees.Where(t => IsTestPath(t.FilePath)).Sum(t => t.GetText().Lines.Count);
        Console.WriteLine($"Corpus: {root}: {trees.Length:N0} files, {lines:N0} lines ({lines - testLines:N0} outside test folders, {testLines:N0} in them)");

        var compilation = CorpusCompilation.Create(trees, options.Concurrent);
        var analyzerOptions = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty);
        var ours = OurAnalyzers.Discover();
        if (options.FindingsOnly)
        {
            return await PrintFindingsOnlyAsync(trees, compilation, ours, lines - testLines).ConfigureAwait(false);
        }

        var nulls = ImmutableArray.CreateBuilder<DiagnosticAnalyzer>();
        for (var i = 0; i < ours.Length; i++)
        {
            var shape = RegistrationRecorder.Record(ours[i], compilation, analyzerOptions);
            nulls.Add(new NullAnalyzer(AnalyzerScenario.Describe(ours[i]), i + 1, shape, ours[i].SupportedDiagnostics.Any(d => d.IsEnabledByDefault)));
        }

        var scenarios = new List<Scenario>
        {
            new CompileScenario(Program.Emit, emit: true),
            new AnalyzerScenario(Program.Null, nulls.ToImmutable(), options.Concurrent),
            new AnalyzerScenario(Program.Ours, ours, options.Concurrent),
        };
        var results = await Program.MeasureAsync(scenarios, compilation, options).ConfigureAwait(false);
        Console.WriteLine();

        var emit = results[Program.Emit].Runs;
        var floor = results[Program.Null].Runs;
        var mine = results[Program.Ours].Runs;
        var errors = emit[0].Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        var exceptions = mine.SelectMany(r => r.AnalyzerExceptions).Distinct().ToList();
        var ad0001 = mine[0].Diagnostics.Count(d => d.Id == "AD0001") + exceptions.Count;

        var compileWall = Stats.Median(emit.Select(r => r.Wall));
        var selfTime = Stats.Median(mine.Select(r => r.TotalExecutionTime));
        var floorSelfTime = Stats.Median(floor.Select(r => r.TotalExecutionTime));
        var table = new Table("measure", "value");
        table.Add("compiler errors (no package references: some bodies unbound)", errors.ToString("N0", CultureInfo.InvariantCulture));
        table.Add("compile (Emit) wall, median", Stats.Ms(compileWall));
        table.Add("null analyzers wall / CPU, median", $"{Stats.Ms(Stats.Median(floor.Select(r => r.Wall)))} / {Stats.Ms(Stats.Median(floor.Select(r => r.Cpu)))}");
        table.Add("SecretAnalyzers wall / CPU, median", $"{Stats.Ms(Stats.Median(mine.Select(r => r.Wall)))} / {Stats.Ms(Stats.Median(mine.Select(r => r.Cpu)))}");
        table.Add("ours − null, wall (median of paired runs)", Stats.Ms(Stats.Median(mine.Zip(floor, (o, f) => o.Wall - f.Wall))));
        table.Add("our analyzer self-time (callback telemetry)", Stats.Ms(selfTime));
        table.Add("null analyzers' callback telemetry", Stats.Ms(floorSelfTime));
        table.Add("self-time / compile (Emit) wall", Stats.Percent(selfTime / compileWall));
        table.Add("(self − null callbacks) / compile (Emit) wall", Stats.Percent((selfTime - floorSelfTime) / compileWall));
        table.Add("AD0001 (analyzer exceptions)", ad0001.ToString(CultureInfo.InvariantCulture));
        Console.WriteLine(table);

        // On a shared machine one run can be twice another: min and median beside each run, so a cost comparison
        // reads the least disturbed figure (docs/benchmarks.md, "Session 5 cost").
        Console.WriteLine($"  compile (Emit) wall      min {Stats.Ms(Stats.Min(emit.Select(r => r.Wall)))}, median {Stats.Ms(compileWall)}");
        Console.WriteLine($"  self-time, all ours      min {Stats.Ms(Stats.Min(mine.Select(r => r.TotalExecutionTime)))}, median {Stats.Ms(selfTime)}; runs: {string.Join(", ", mine.Select(r => Stats.Ms(r.TotalExecutionTime)))}");
        foreach (var analyzer in mine[0].ExecutionTimeByAnalyzer.Keys)
        {
            var times = mine.Select(r => r.ExecutionTimeByAnalyzer[analyzer]).ToList();
            Console.WriteLine($"  self-time {analyzer,-36} {Stats.Ms(Stats.Median(times))} (min {Stats.Ms(Stats.Min(times))}; runs: {string.Join(", ", times.Select(Stats.Ms))})");
        }

        foreach (var exception in exceptions.Take(10))
        {
            Console.WriteLine("  ANALYZER EXCEPTION " + exception);
        }

        var findings = mine[0].Diagnostics.Where(d => d.Id.StartsWith("SEC", StringComparison.Ordinal)).ToList();
        PrintFindings(findings, lines - testLines);
        await PrintTestPolicyAsync(trees, findings, ours).ConfigureAwait(false);
        return ad0001 > 0 ? 1 : 0;
    }

    private static async Task<int> PrintFindingsOnlyAsync(IReadOnlyList<SyntaxTree> trees, CSharpCompilation compilation, ImmutableArray<DiagnosticAnalyzer> ours, int nonTestLines)
    {
        var run = await new AnalyzerScenario(Program.Ours, ours, concurrent: false).RunAsync(compilation).ConfigureAwait(false);
        var ad0001 = run.Diagnostics.Count(d => d.Id == "AD0001") + run.AnalyzerExceptions.Count;
        Console.WriteLine($"AD0001 (analyzer exceptions): {ad0001}");
        foreach (var exception in run.AnalyzerExceptions.Take(10))
        {
            Console.WriteLine("  ANALYZER EXCEPTION " + exception);
        }

        var findings = run.Diagnostics.Where(d => d.Id.StartsWith("SEC", StringComparison.Ordinal)).ToList();
        PrintFindings(findings, nonTestLines);
        await PrintTestPolicyAsync(trees, findings, ours).ConfigureAwait(false);
        return ad0001 > 0 ? 1 : 0;
    }

    private static void PrintFindings(List<Diagnostic> findings, int nonTestLines)
    {
        var outside = findings.Where(d => !IsTestPath(d.Location.SourceTree?.FilePath)).ToList();
        var inTests = findings.Count - outside.Count;
        Console.WriteLine();
        Console.WriteLine($"Findings: {findings.Count} ({outside.Count} outside test folders = "
            + $"{(nonTestLines == 0 ? 0 : outside.Count * 100_000.0 / nonTestLines):0.00} per 100k non-test lines; {inTests} in test folders); by rule: "
            + string.Join(", ", findings.GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}")));
        foreach (var diagnostic in findings
            .OrderBy(d => IsTestPath(d.Location.SourceTree?.FilePath))
            .ThenBy(d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start))
        {
            var line = diagnostic.Location.GetLineSpan();
            var where = IsTestPath(line.Path) ? "test" : "code";
            Console.WriteLine($"  [{where}] {diagnostic.Id} {line.Path}:{line.StartLinePosition.Line + 1}: {diagnostic.GetMessage(CultureInfo.InvariantCulture)}");
        }
    }

    /// <summary>
    /// The files under test folders compiled alone as a test project ("Corpus.Tests"), where the default
    /// test_code = tokens applies, against what the whole-folder run (not a test project, so report) found in them.
    /// </summary>
    private static async Task PrintTestPolicyAsync(IReadOnlyList<SyntaxTree> trees, List<Diagnostic> findings, ImmutableArray<DiagnosticAnalyzer> ours)
    {
        var testTrees = trees.Where(t => IsTestPath(t.FilePath)).ToList();
        if (testTrees.Count == 0)
        {
            return;
        }

        var reported = findings.Count(d => IsTestPath(d.Location.SourceTree?.FilePath));
        var compilation = CorpusCompilation.Create(testTrees, concurrentBuild: false).WithAssemblyName("Corpus.Tests");
        var diagnostics = await compilation.WithAnalyzers(ours).GetAnalyzerDiagnosticsAsync().ConfigureAwait(false);
        var kept = diagnostics.Where(d => d.Id.StartsWith("SEC", StringComparison.Ordinal)).ToList();
        Console.WriteLine();
        Console.WriteLine($"Test folders as a test project: {reported} findings with test_code = report, {kept.Count} with the default tokens "
            + $"({(reported == 0 ? 0 : 100.0 * (reported - kept.Count) / reported):0}% fewer)");
        foreach (var diagnostic in kept)
        {
            var line = diagnostic.Location.GetLineSpan();
            Console.WriteLine($"  [tokens] {diagnostic.Id} {line.Path}:{line.StartLinePosition.Line + 1}: {diagnostic.GetMessage(CultureInfo.InvariantCulture)}");
        }
    }

    private static bool IsBuildOutput(string root, string path)
    {
        var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
        return relative.Split('/').Any(segment => segment is "bin" or "obj");
    }

    /// <summary>Test folders by the usual conventions: a path segment named or ending in test(s)/spec(s).</summary>
    /// <summary>
    /// UnitTest, IntegrationTest, Foo.Test, foo_test: a folder named for one test suite. "Latest" and "Contest" are not:
    /// the word must start a new word (capital T, or after a separator).
    /// </summary>
    private static bool IsSingularTestFolder(string segment)
    {
        if (segment.Length < 5 || !segment.EndsWith("est", StringComparison.Ordinal))
        {
            return false;
        }

        char t = segment[segment.Length - 4];
        char before = segment[segment.Length - 5];
        return (t == 'T' && !char.IsUpper(before)) || (t is 't' or 'T' && before is '.' or '_' or '-');
    }

    private static bool IsTestPath(string? path)
    {
        if (path is null)
        {
            return false;
        }

        foreach (var segment in path.Replace('\\', '/').Split('/'))
        {
            var lower = segment.ToLowerInvariant();
            if (lower is "test" or "tests" or "testing" or "specs" || lower.EndsWith(".tests", StringComparison.Ordinal)
                || lower.EndsWith(".test", StringComparison.Ordinal) || lower.EndsWith(".unittests", StringComparison.Ordinal)
                || lower.EndsWith(".integrationtests", StringComparison.Ordinal) || lower.EndsWith("tests", StringComparison.Ordinal)
                || IsSingularTestFolder(segment))
            {
                return true;
            }
        }

        return false;
    }
}
