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
