using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SecretAnalyzers.Benchmarks.Measurement;

/// <summary>Something timed on a fresh copy of the corpus compilation.</summary>
internal abstract class Scenario
{
    protected Scenario(string name) => Name = name;

    public string Name { get; }

    public abstract Task<RunResult> RunAsync(CSharpCompilation compilation);

    /// <summary>
    /// Each run gets <c>Clone()</c> of the shared compilation: the parsed trees and declaration table are shared
    /// (parsing is the same for everyone), but symbols and bound bodies are rebuilt, as in a real build.
    /// </summary>
    protected static async Task<(TimeSpan Wall, TimeSpan Cpu, long Allocated, T Value)> MeasureAsync<T>(Func<Task<T>> action)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: false);
        var stopwatch = Stopwatch.StartNew();
        var value = await action().ConfigureAwait(false);
        stopwatch.Stop();
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        return (stopwatch.Elapsed, cpu, GC.GetTotalAllocatedBytes(precise: false) - allocatedBefore, value);
    }
}

/// <summary>The compiler alone: declaration and method-body diagnostics, or a full emit, with no analyzers.</summary>
internal sealed class CompileScenario : Scenario
{
    private readonly bool _emit;

    public CompileScenario(string name, bool emit)
        : base(name) => _emit = emit;

    public override async Task<RunResult> RunAsync(CSharpCompilation compilation)
    {
        var fresh = compilation.Clone();
        var (wall, cpu, allocated, diagnostics) = await MeasureAsync(() => Task.FromResult(Compile(fresh))).ConfigureAwait(false);

        // Only errors are kept: warnings carry symbols, which would keep this whole bound compilation alive and
        // make every later run pay for a bigger heap.
        var errors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray();
        return new RunResult(wall, cpu, allocated, new Dictionary<string, TimeSpan>(), new Dictionary<string, string>(), errors, Array.Empty<string>());
    }

    private ImmutableArray<Diagnostic> Compile(CSharpCompilation compilation)
    {
        if (!_emit)
        {
            return compilation.GetDiagnostics();
        }

        using var pe = new MemoryStream();
        return compilation.Emit(pe).Diagnostics;
    }
}

/// <summary>A set of analyzers run with <see cref="CompilationWithAnalyzers"/>, timed and with telemetry.</summary>
internal sealed class AnalyzerScenario : Scenario
{
    private readonly Func<CSharpCompilation, CSharpCompilation> _prepare;
    private readonly bool _concurrent;

    public AnalyzerScenario(string name, ImmutableArray<DiagnosticAnalyzer> analyzers, bool concurrent, Func<CSharpCompilation, CSharpCompilation>? prepare = null)
        : base(name)
    {
        Analyzers = analyzers;
        _concurrent = concurrent;
        _prepare = prepare ?? (c => c);
    }

    public ImmutableArray<DiagnosticAnalyzer> Analyzers { get; }

    public override async Task<RunResult> RunAsync(CSharpCompilation compilation)
    {
        var exceptions = new ConcurrentQueue<string>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            onAnalyzerException: (ex, analyzer, _) => exceptions.Enqueue($"{Describe(analyzer)}: {ex.GetType().Name}: {ex.Message} at {TopFrames(ex)}"),
            concurrentAnalysis: _concurrent,
            logAnalyzerExecutionTime: true,
            reportSuppressedDiagnostics: false);
        var withAnalyzers = _prepare(compilation.Clone()).WithAnalyzers(Analyzers, options);

        var (wall, cpu, allocated, diagnostics) = await MeasureAsync(() => withAnalyzers.GetAnalyzerDiagnosticsAsync()).ConfigureAwait(false);

        var times = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        var counts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var analyzer in Analyzers)
        {
            var telemetry = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, default).ConfigureAwait(false);
            var name = Describe(analyzer);
            times[name] = times.GetValueOrDefault(name) + telemetry.ExecutionTime;
            counts[name] = $"syntaxNode={telemetry.SyntaxNodeActionsCount} operation={telemetry.OperationActionsCount} "
                + $"symbol={telemetry.SymbolActionsCount} symbolStart={telemetry.SymbolStartActionsCount} "
                + $"compilationStart={telemetry.CompilationStartActionsCount} compilationEnd={telemetry.CompilationEndActionsCount} "
                + $"codeBlockStart={telemetry.CodeBlockStartActionsCount} operationBlockStart={telemetry.OperationBlockStartActionsCount} "
                + $"syntaxTree={telemetry.SyntaxTreeActionsCount} semanticModel={telemetry.SemanticModelActionsCount} "
                + $"additionalFile={telemetry.AdditionalFileActionsCount}";
        }

        return new RunResult(wall, cpu, allocated, times, counts, diagnostics, exceptions.ToList());
    }

    /// <summary>The exception's first three frames: enough to find the line that threw, short enough to list.</summary>
    private static string TopFrames(Exception exception) =>
        string.Join(" / ", (exception.StackTrace ?? string.Empty).Split('\n').Take(3).Select(frame => frame.Trim()));

    public static string Describe(DiagnosticAnalyzer analyzer) =>
        analyzer is Analysis.NullAnalyzer nullAnalyzer ? "Null(" + nullAnalyzer.Mirrors + ")" : analyzer.GetType().Name;
}
