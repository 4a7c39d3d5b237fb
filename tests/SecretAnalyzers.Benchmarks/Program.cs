using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using SecretAnalyzers.Benchmarks.Analysis;
using SecretAnalyzers.Benchmarks.Catalogue;
using SecretAnalyzers.Benchmarks.Corpus;
using SecretAnalyzers.Benchmarks.Measurement;
using SecretAnalyzers.Benchmarks.Reporting;

namespace SecretAnalyzers.Benchmarks;

/// <summary>
/// Side-by-side cost of SecretAnalyzers on a large generated corpus: against a null analyzer with the same
/// registrations (the floor), the compiler itself, and Security Code Scan; plus recall, false positives and a
/// secret-leak check on what was found. See docs/benchmarks.md.
/// </summary>
internal static class Program
{
    private const string Compile = "compile: GetDiagnostics";
    internal const string Emit = "compile: Emit";
    internal const string Null = "null analyzers (floor)";
    internal const string Ours = "SecretAnalyzers";
    private const string SyntaxFloor = "null, string-literal syntax actions";
    private const string ScsAll = "Security Code Scan (all)";
    private const string ScsPassword = "Security Code Scan (SCS0015 only)";

    public static async Task<int> Main(string[] args)
    {
        BenchmarkOptions options;
        try
        {
            options = BenchmarkOptions.Parse(args);
        }
        catch (ArgumentException ex)
        {
            Console.Error.WriteLine(ex.Message);
            return 2;
        }

        PrintMachine(options);
        if (options.CorpusDirectory is { } folder)
        {
            return await FolderCorpusRun.RunAsync(folder, options).ConfigureAwait(false);
        }

        var stopwatch = Stopwatch.StartNew();
        var corpus = CorpusGenerator.Generate(options.Lines, options.Seed, options.LinesPerSecret, options.LinesPerDecoy);
        Console.WriteLine($"Corpus: {corpus.Files.Count:N0} files, {corpus.TotalLines:N0} lines, {corpus.Planted.Count(p => p.IsSecret)} planted secrets, "
            + $"{corpus.Planted.Count(p => !p.IsSecret)} planted decoys (generated in {Stats.Ms(stopwatch.Elapsed)})");
        if (options.WriteCorpusTo is { } directory)
        {
            WriteCorpus(corpus, directory);
        }

        stopwatch.Restart();
        var trees = CorpusCompilation.Parse(corpus);
        if (options.Catalogue)
        {
            Console.WriteLine(CatalogueBenchmark.Run(trees, options.CatalogueLiterals, options.Runs));
            return 0;
        }

        var compilation = CorpusCompilation.Create(trees, options.Concurrent);
        Console.WriteLine($"Parsed in {Stats.Ms(stopwatch.Elapsed)} (parsing is shared by every scenario and not timed in them).");

        var analyzerOptions = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty);
        var ours = OurAnalyzers.Discover();
        var scenarios = new List<Scenario>();
        if (options.Includes("compile"))
        {
            scenarios.Add(new CompileScenario(Compile, emit: false));
        }

        if (options.Includes("emit"))
        {
            scenarios.Add(new CompileScenario(Emit, emit: true));
        }

        Console.WriteLine();
        Console.WriteLine($"Our analyzers ({ours.Length}) and the null analyzers that mirror their registrations:");
        if (ours.IsEmpty)
        {
            Console.WriteLine("  none found in the SecretAnalyzers assembly yet");
        }
        else
        {
            var nulls = ImmutableArray.CreateBuilder<DiagnosticAnalyzer>();
            for (var i = 0; i < ours.Length; i++)
            {
                var shape = RegistrationRecorder.Record(ours[i], compilation, analyzerOptions);
                var name = AnalyzerScenario.Describe(ours[i]);
                Console.WriteLine($"  {name}: {shape.Describe()}");
                if (shape.HasNestedStartActions)
                {
                    Console.WriteLine("    note: block/symbol start actions are mirrored as empty starts; what they register inside is not.");
                }

                nulls.Add(new NullAnalyzer(name, i + 1, shape, ours[i].SupportedDiagnostics.Any(d => d.IsEnabledByDefault)));
            }

            if (options.Includes("null"))
            {
                scenarios.Add(new AnalyzerScenario(Null, nulls.ToImmutable(), options.Concurrent));
            }

            if (options.Includes("ours"))
            {
                scenarios.Add(new AnalyzerScenario(Ours, ours, options.Concurrent));
            }

            if (Array.IndexOf(options.Only, "syntaxfloor") >= 0)
            {
                // What-if, on request only: the floor of an analyzer that starts from string-literal syntax nodes
                // instead of operations, so the driver need not build operation trees for every body.
                var shape = new RegistrationShape { ConcurrentExecution = true, GeneratedCode = GeneratedCodeAnalysisFlags.None };
                shape.Root.Add(RegisteredAction.Of(ActionKind.SyntaxNode) with
                {
                    SyntaxKinds = ImmutableArray.Create(SyntaxKind.StringLiteralExpression, SyntaxKind.InterpolatedStringExpression, SyntaxKind.Utf8StringLiteralExpression),
                });
                scenarios.Add(new AnalyzerScenario(SyntaxFloor, ImmutableArray.Create<DiagnosticAnalyzer>(new NullAnalyzer("syntax", 0, shape, true)), options.Concurrent));
            }
        }

        if (options.SecurityCodeScan && (options.Includes("scs") || options.Includes("scs0015")))
        {
            var problems = new List<string>();
            var scs = SecurityCodeScan.Load(problems);
            foreach (var problem in problems)
            {
                Console.WriteLine("  Security Code Scan: " + problem);
            }

            var passwordAnalyzers = scs.Where(a => a.SupportedDiagnostics.Any(d => d.Id == SecurityCodeScan.HardcodedPasswordRule)).ToImmutableArray();
            Console.WriteLine($"Security Code Scan: {scs.Length} analyzers; {SecurityCodeScan.HardcodedPasswordRule} is reported by "
                + $"{string.Join(", ", passwordAnalyzers.Select(a => a.GetType().Name))} "
                + $"({string.Join(", ", passwordAnalyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).Distinct().OrderBy(x => x, StringComparer.Ordinal))}); "
                + "the SCS0015-only run passes those analyzers with every other rule suppressed.");
            if (!scs.IsEmpty && options.Includes("scs"))
            {
                scenarios.Add(new AnalyzerScenario(ScsAll, scs, options.Concurrent));
            }

            if (!scs.IsEmpty && options.Includes("scs0015"))
            {
                var suppress = SecurityCodeScan.SuppressAllBut(scs, SecurityCodeScan.HardcodedPasswordRule);
                scenarios.Add(new AnalyzerScenario(ScsPassword, passwordAnalyzers, options.Concurrent, c =>
                    c.WithOptions(c.Options.WithSpecificDiagnosticOptions(c.Options.SpecificDiagnosticOptions.SetItems(suppress)))));
            }
        }

        Console.WriteLine();
        if (options.CountCallbacks)
        {
            NullAnalyzer.OperationCounts = new();
        }

        var results = await MeasureAsync(scenarios, compilation, options).ConfigureAwait(false);
        if (NullAnalyzer.OperationCounts is { } counts && results.TryGetValue(Null, out var counted))
        {
            Console.WriteLine($"Operation callbacks per kind (summed over {counted.Runs.Count} runs and the two warm-up passes on the slice): "
                + string.Join(", ", counts.OrderByDescending(c => c.Value).Select(c => $"{c.Key} {c.Value:N0}")));
        }

        Console.WriteLine();

        var compiled = results.GetValueOrDefault(Compile) ?? results.GetValueOrDefault(Emit);
        if (compiled is not null)
        {
            // A corpus that does not compile would leave bodies unbound and make every analyzer look cheap.
            var errors = compiled.Runs[0].Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            Console.WriteLine($"Compiler errors in the corpus: {errors.Count}");
            foreach (var error in errors.Take(5))
            {
                Console.WriteLine("  " + error);
            }

            Console.WriteLine();
        }

        var exitCode = PrintTiming(results, options);
        var emitCpu = results.TryGetValue(Emit, out var emitRuns) ? Stats.Median(emitRuns.Runs.Select(r => r.Cpu)) : (TimeSpan?)null;
        Console.WriteLine(DetectionProfile.Run(trees, emitCpu));
        Console.WriteLine();

        var ourDiagnostics = results.TryGetValue(Ours, out var ourRuns) ? ourRuns.Runs[0].Diagnostics : ImmutableArray<Diagnostic>.Empty;
        var scsDiagnostics = results.TryGetValue(ScsAll, out var scsRuns) ? scsRuns.Runs[0].Diagnostics : ImmutableArray<Diagnostic>.Empty;
        var evaluation = new FindingsEvaluation(corpus);
        Console.WriteLine(evaluation.Report(ourDiagnostics, scsDiagnostics, scsRuns is not null));
        if (evaluation.LeakCount > 0)
        {
            exitCode = 1;
        }

        return exitCode;
    }

    /// <summary>
    /// Warm-up on a slice of the corpus (JIT, tiering, metadata caches); the reference scenarios (compiler, Security
    /// Code Scan); one unmeasured full-size run, because the first full-size run after other work pays for growing
    /// the GC heap; then ours and the null analyzers in adjacent pairs, alternating which goes first, so drift and
    /// other load on a shared machine hit both alike.
    /// </summary>
    internal static async Task<Dictionary<string, ScenarioRuns>> MeasureAsync(List<Scenario> scenarios, CSharpCompilation compilation, BenchmarkOptions options)
    {
        var slice = compilation.RemoveAllSyntaxTrees().AddSyntaxTrees(compilation.SyntaxTrees.Take(WarmupTrees(compilation)));
        var results = scenarios.ToDictionary(s => s.Name, _ => new ScenarioRuns(), StringComparer.Ordinal);

        // Two passes: the first JIT-compiles, the second lets tiered compilation promote the hot binder paths.
        for (var pass = 0; pass < 2; pass++)
        {
            foreach (var scenario in scenarios)
            {
                var warmup = await scenario.RunAsync(slice).ConfigureAwait(false);
                Console.WriteLine($"warm-up  {scenario.Name,-36} {Stats.Ms(warmup.Wall),12} wall {Stats.Ms(warmup.Cpu),12} CPU (on {slice.SyntaxTrees.Count()} files)");
            }
        }

        var paired = scenarios.Where(s => s.Name is Null or Ours or SyntaxFloor).ToList();
        var references = scenarios.Except(paired).ToList();
        for (var run = 0; run < options.ReferenceRuns; run++)
        {
            foreach (var scenario in references.Skip(run % Math.Max(1, references.Count)).Concat(references.Take(run % Math.Max(1, references.Count))))
            {
                await RunAndRecordAsync(scenario, run).ConfigureAwait(false);
            }
        }

        if (paired.Count > 0)
        {
            var settle = await paired[0].RunAsync(compilation).ConfigureAwait(false);
            Console.WriteLine($"settle   {paired[0].Name,-36} {Stats.Ms(settle.Wall),12} wall {Stats.Ms(settle.Cpu),12} CPU (not counted)");
        }

        for (var run = 0; run < options.Runs; run++)
        {
            foreach (var scenario in run % 2 == 0 ? paired : Enumerable.Reverse(paired))
            {
                await RunAndRecordAsync(scenario, run).ConfigureAwait(false);
            }
        }

        return results;

        async Task RunAndRecordAsync(Scenario scenario, int run)
        {
            var result = await scenario.RunAsync(compilation).ConfigureAwait(false);
            var runs = results[scenario.Name].Runs;
            runs.Add(runs.Count == 0 ? result : result.WithoutDiagnostics());
            Console.WriteLine($"run {run + 1,-4} {scenario.Name,-36} {Stats.Ms(result.Wall),12} wall {Stats.Ms(result.Cpu),12} CPU");
        }
    }

    private static int WarmupTrees(Compilation compilation)
    {
        var lines = 0;
        var count = 0;
        foreach (var tree in compilation.SyntaxTrees)
        {
            count++;
            lines += tree.GetText().Lines.Count;
            if (lines > 30_000)
            {
                break;
            }
        }

        return count;
    }

    private static int PrintTiming(Dictionary<string, ScenarioRuns> results, BenchmarkOptions options)
    {
        var exitCode = 0;
        Console.WriteLine($"Timing: median of {options.Runs} runs (ours, null) and {options.ReferenceRuns} runs (compiler, Security Code Scan) after a warm-up; min in brackets; "
            + $"{(options.Concurrent ? "concurrent" : "single-threaded")} compiler and analyzer driver");
        Console.WriteLine();
        var timing = new Table("scenario", "wall", "CPU", "allocated", "analyzer callbacks (telemetry)");
        foreach (var (name, runs) in results)
        {
            var telemetry = runs.Runs[0].ExecutionTimeByAnalyzer.Count == 0 ? "" : Stats.Ms(Stats.Median(runs.Runs.Select(r => r.TotalExecutionTime)));
            timing.Add(
                name,
                $"{Stats.Ms(Stats.Median(runs.Runs.Select(r => r.Wall)))} ({Stats.Ms(Stats.Min(runs.Runs.Select(r => r.Wall)))})",
                Stats.Ms(Stats.Median(runs.Runs.Select(r => r.Cpu))),
                (runs.Runs.Select(r => r.AllocatedBytes).OrderBy(b => b).ElementAt(runs.Runs.Count / 2) / (1024 * 1024)).ToString("N0", CultureInfo.InvariantCulture) + " MB",
                telemetry);
        }

        Console.WriteLine(timing);

        foreach (var name in new[] { Null, Ours, ScsAll, ScsPassword })
        {
            if (results.TryGetValue(name, out var runs))
            {
                Console.WriteLine($"Per analyzer, {name} (median callback time; action counts of the last run):");
                foreach (var analyzer in runs.Runs[0].ExecutionTimeByAnalyzer.Keys)
                {
                    Console.WriteLine($"  {analyzer,-48} {Stats.Ms(Stats.Median(runs.Runs.Select(r => r.ExecutionTimeByAnalyzer[analyzer]))),10}  {runs.Runs[^1].ActionCountsByAnalyzer[analyzer]}");
                }

                var exceptions = runs.Runs.SelectMany(r => r.AnalyzerExceptions).Distinct().ToList();
                foreach (var exception in exceptions.Take(10))
                {
                    Console.WriteLine("  ANALYZER EXCEPTION " + exception);
                }

                if (name == Ours && exceptions.Count > 0)
                {
                    exitCode = 1;
                }
            }
        }

        Console.WriteLine();
        if (!results.TryGetValue(Ours, out var ours) || !results.TryGetValue(Null, out var floor) || !results.TryGetValue(Emit, out var emit))
        {
            return exitCode;
        }

        var compileWall = Stats.Median(emit.Runs.Select(r => r.Wall));
        var compileCpu = Stats.Median(emit.Runs.Select(r => r.Cpu));
        var ourWall = Stats.Median(ours.Runs.Select(r => r.Wall));
        var floorWall = Stats.Median(floor.Runs.Select(r => r.Wall));
        var ourCpu = Stats.Median(ours.Runs.Select(r => r.Cpu));
        var floorCpu = Stats.Median(floor.Runs.Select(r => r.Cpu));
        var pairedWall = Stats.Median(ours.Runs.Zip(floor.Runs, (o, f) => o.Wall - f.Wall));
        var pairedCpu = Stats.Median(ours.Runs.Zip(floor.Runs, (o, f) => o.Cpu - f.Cpu));
        var ourCallbacks = Stats.Median(ours.Runs.Select(r => r.TotalExecutionTime));
        var floorCallbacks = Stats.Median(floor.Runs.Select(r => r.TotalExecutionTime));

        var goals = new Table("measure", "value", "goal");
        goals.Add("ours / null, wall", Stats.Ratio(ourWall / floorWall), "≤ 1.5×");
        goals.Add("ours / null, CPU", Stats.Ratio(ourCpu / floorCpu), "≤ 1.5×");
        goals.Add("ours − null, wall (median of paired runs)", Stats.Ms(pairedWall), "");
        goals.Add("ours − null, CPU (median of paired runs)", Stats.Ms(pairedCpu), "");
        goals.Add("(ours − null) / compile (Emit), wall", Stats.Percent(pairedWall / compileWall), "≤ 1 %");
        goals.Add("(ours − null) / compile (Emit), CPU", Stats.Percent(pairedCpu / compileCpu), "≤ 1 %");
        goals.Add("our callbacks (telemetry) / compile (Emit) wall", Stats.Percent(ourCallbacks / compileWall), "≤ 1 %");
        goals.Add("(our − null callbacks) / compile (Emit) wall", Stats.Percent((ourCallbacks - floorCallbacks) / compileWall), "≤ 1 %");
        if (results.TryGetValue(SyntaxFloor, out var syntaxFloor))
        {
            goals.Add("what-if: string-literal syntax floor / null (operation) floor, CPU", Stats.Ratio(Stats.Median(syntaxFloor.Runs.Select(r => r.Cpu)) / floorCpu), "");
        }

        if (results.TryGetValue(ScsAll, out var scs))
        {
            goals.Add("Security Code Scan (all) / null, CPU", Stats.Ratio(Stats.Median(scs.Runs.Select(r => r.Cpu)) / floorCpu), "");
            goals.Add("Security Code Scan (all) / ours, CPU", Stats.Ratio(Stats.Median(scs.Runs.Select(r => r.Cpu)) / ourCpu), "");
        }

        if (results.TryGetValue(ScsPassword, out var scsPassword))
        {
            goals.Add("Security Code Scan (SCS0015 only) / null, CPU", Stats.Ratio(Stats.Median(scsPassword.Runs.Select(r => r.Cpu)) / floorCpu), "");
            goals.Add("Security Code Scan (SCS0015 only) / ours, CPU", Stats.Ratio(Stats.Median(scsPassword.Runs.Select(r => r.Cpu)) / ourCpu), "");
        }

        Console.WriteLine(goals);
        return exitCode;
    }

    private static void PrintMachine(BenchmarkOptions options)
    {
        Console.WriteLine("SecretAnalyzers benchmark");
        Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, "
            + $"Roslyn {typeof(CSharpCompilation).Assembly.GetName().Version}, server GC {System.Runtime.GCSettings.IsServerGC}");
        Console.WriteLine($"Options: --lines {options.Lines} --runs {options.Runs} --seed {options.Seed} --secret-every {options.LinesPerSecret} "
            + $"--decoy-every {options.LinesPerDecoy}{(options.Concurrent ? " --concurrent" : "")}{(options.SecurityCodeScan ? "" : " --no-scs")}");
    }

    private static void WriteCorpus(GeneratedCorpus corpus, string directory)
    {
        foreach (var file in corpus.Files)
        {
            var path = Path.Combine(directory, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file.Text);
        }

        Console.WriteLine($"Corpus written to {Path.GetFullPath(directory)}");
    }

    internal sealed class ScenarioRuns
    {
        public List<RunResult> Runs { get; } = new();
    }
}
