using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Runtime.InteropServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SecretAnalyzers.Detection;

namespace SecretAnalyzers.Benchmarks.Measurement;

/// <summary>
/// Stopwatch experiment that separates the detection core from the Roslyn side of our analyzer: every string
/// literal of the corpus, with the name it is stored under, goes through <see cref="SecretScanner.Analyze"/> on
/// one thread. Timed in thread CPU time where the OS offers it, so other load on a shared machine does not count.
/// </summary>
internal static class DetectionProfile
{
    private const int Passes = 5;
    private const int Calls = 50;

    public static string Run(IEnumerable<SyntaxTree> trees, TimeSpan? compileCpu)
    {
        var samples = new List<(string? Name, string Value)>();
        foreach (var tree in trees)
        {
            foreach (var literal in tree.GetRoot().DescendantNodes().OfType<LiteralExpressionSyntax>())
            {
                if (literal.IsKind(SyntaxKind.StringLiteralExpression) && literal.Token.ValueText is { Length: > 0 } value)
                {
                    samples.Add((NameFor(literal), value));
                }
            }
        }

        var options = DetectionOptions.Default;
        foreach (var (name, value) in samples.Take(2000))
        {
            SecretScanner.Analyze(name, value, options); // JIT and lazy tables out of the way
        }

        var withNames = Best(() =>
        {
            foreach (var (name, value) in samples)
            {
                SecretScanner.Analyze(name, value, options);
            }
        });
        var withoutNames = Best(() =>
        {
            foreach (var (_, value) in samples)
            {
                SecretScanner.Analyze(null, value, options);
            }
        });

        var named = samples.Count(s => s.Name is not null);
        var text = $"Detection core alone ({ThreadClock.Description}, best of {Passes} passes): {samples.Count:N0} string literals, {named:N0} with a name; "
            + $"SecretScanner.Analyze with names {Stats.Ms(withNames)} ({Nanoseconds(withNames, samples.Count)} per literal), "
            + $"without names {Stats.Ms(withoutNames)}";
        if (compileCpu is { } compile && compile > TimeSpan.Zero)
        {
            text += $"; = {Stats.Percent(withNames / compile)} of compile (Emit) CPU";
        }

        return text + "." + Environment.NewLine + Slowest(samples, options);
    }

    /// <summary>The literal shapes that cost most per call, described without their values.</summary>
    private static string Slowest(List<(string? Name, string Value)> samples, DetectionOptions options)
    {
        var costs = new List<(double Nanoseconds, string? Name, int Length, bool Found)>();
        foreach (var (name, value) in samples.DistinctBy(s => (s.Name, s.Value)))
        {
            SecretFinding? finding = null;
            var before = ThreadClock.Now();
            for (var i = 0; i < Calls; i++)
            {
                finding = SecretScanner.Analyze(name, value, options);
            }

            costs.Add(((ThreadClock.Now() - before).TotalMilliseconds * 1e6 / Calls, name, value.Length, finding is not null));
        }

        var lines = costs.OrderByDescending(c => c.Nanoseconds).Take(8)
            .Select(c => $"  {c.Nanoseconds.ToString("N0", CultureInfo.InvariantCulture),8} ns  name={c.Name ?? "(none)"}, value length {c.Length}{(c.Found ? ", reported" : "")}");
        return $"Most expensive distinct literals ({ThreadClock.Description}, {Calls} calls each):" + Environment.NewLine + string.Join(Environment.NewLine, lines);
    }

    private static string? NameFor(SyntaxNode literal)
    {
        for (var node = literal.Parent; node is not null; node = node.Parent)
        {
            switch (node)
            {
                case VariableDeclaratorSyntax declarator: return declarator.Identifier.ValueText;
                case PropertyDeclarationSyntax property: return property.Identifier.ValueText;
                case AssignmentExpressionSyntax { Left: var left }: return (left as IdentifierNameSyntax)?.Identifier.ValueText
                    ?? (left as MemberAccessExpressionSyntax)?.Name.Identifier.ValueText;
                case ArgumentSyntax { NameColon: { } nameColon }: return nameColon.Name.Identifier.ValueText;
                case StatementSyntax or MemberDeclarationSyntax: return null;
            }
        }

        return null;
    }

    private static TimeSpan Best(Action action)
    {
        var best = TimeSpan.MaxValue;
        for (var pass = 0; pass < Passes; pass++)
        {
            var before = ThreadClock.Now();
            action();
            var elapsed = ThreadClock.Now() - before;
            best = elapsed < best ? elapsed : best;
        }

        return best;
    }

    private static string Nanoseconds(TimeSpan total, int count) =>
        count == 0 ? "-" : (total.TotalMilliseconds * 1e6 / count).ToString("N0", CultureInfo.InvariantCulture) + " ns";
}
