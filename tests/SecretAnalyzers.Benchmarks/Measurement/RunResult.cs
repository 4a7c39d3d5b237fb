using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace SecretAnalyzers.Benchmarks.Measurement;

/// <summary>One timed run of one scenario.</summary>
internal sealed record RunResult(
    TimeSpan Wall,
    TimeSpan Cpu,
    long AllocatedBytes,
    IReadOnlyDictionary<string, TimeSpan> ExecutionTimeByAnalyzer,
    IReadOnlyDictionary<string, string> ActionCountsByAnalyzer,
    ImmutableArray<Diagnostic> Diagnostics,
    IReadOnlyList<string> AnalyzerExceptions)
{
    /// <summary>The same timings without the diagnostics, so later runs do not keep their compilations alive.</summary>
    public RunResult WithoutDiagnostics() => this with { Diagnostics = ImmutableArray<Diagnostic>.Empty };

    public TimeSpan TotalExecutionTime
    {
        get
        {
            var total = TimeSpan.Zero;
            foreach (var time in ExecutionTimeByAnalyzer.Values)
            {
                total += time;
            }

            return total;
        }
    }
}
