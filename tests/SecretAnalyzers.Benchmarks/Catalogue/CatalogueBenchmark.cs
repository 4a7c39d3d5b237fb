using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SecretAnalyzers.Benchmarks.Measurement;
using SecretAnalyzers.Detection;

namespace SecretAnalyzers.Benchmarks.Catalogue;

/// <summary>
/// --catalogue: the cost of the token catalogue per literal, today's scanner against the frozen 52-format one, side by
/// side in one process. The literals are every string literal of the generated corpus (code strings and the planted
/// secrets and decoys) repeated up to the requested count; each round times both scanners over the same list, in
/// alternating order, on one thread (thread CPU time on Linux).
/// </summary>
internal static class CatalogueBenchmark
{
    public static string Run(IEnumerable<SyntaxTree> trees, int literalCount, int rounds)
    {
        var distinct = new List<string>();
        foreach (var tree in trees)
        {
            foreach (var literal in tree.GetRoot().DescendantNodes().OfType<LiteralExpressionSyntax>())
            {
                if (literal.IsKind(SyntaxKind.StringLiteralExpression) && literal.Token.ValueText is { Length: > 0 } value)
                {
                    distinct.Add(value);
                }
            }
        }

        var literals = new string[literalCount];
        for (var i = 0; i < literals.Length; i++)
        {
            literals[i] = distinct[i % distinct.Count];
        }

        // JIT, tiering and the lazily built regexes out of the way for both.
        for (var pass = 0; pass < 3; pass++)
        {
            foreach (var value in distinct)
            {
                FrozenTokenScanner.Find(value);
                TokenScanner.Find(value);
            }
        }

        var frozen = new List<TimeSpan>();
        var current = new List<TimeSpan>();
        var direct = new List<TimeSpan>();
        int frozenFound = 0, currentFound = 0, directFound = 0;
        for (var round = 0; round < rounds; round++)
        {
            if (round % 2 == 0)
            {
                frozen.Add(Time(literals, v => FrozenTokenScanner.Find(v).HasValue, out frozenFound));
                current.Add(Time(literals, v => TokenScanner.Find(v).HasValue, out currentFound));
            }
            else
            {
                current.Add(Time(literals, v => TokenScanner.Find(v).HasValue, out currentFound));
                frozen.Add(Time(literals, v => FrozenTokenScanner.Find(v).HasValue, out frozenFound));
            }

            direct.Add(Time(literals, v => TokenScanner.FindDirect(v).HasValue, out directFound));
        }

        var old = Stats.Median(frozen);
        var now = Stats.Median(current);
        var text = new StringBuilder();
        text.AppendLine($"Token catalogue cost ({ThreadClock.Description}, median of {rounds} rounds, one thread): {literals.Length:N0} literals "
            + $"({distinct.Count:N0} distinct string literals of the corpus, repeated).");
        text.AppendLine($"  frozen scanner, {FrozenTokenFormats.All.Length} formats:                 {Stats.Ms(old),9} ({PerLiteral(old, literals.Length)} per literal), {frozenFound:N0} literals with a token");
        text.AppendLine($"  catalogue, {TokenFormats.All.Length} formats, with decoding:     {Stats.Ms(now),9} ({PerLiteral(now, literals.Length)} per literal), {currentFound:N0} literals with a token");
        text.AppendLine($"  catalogue, {TokenFormats.All.Length} formats, no decoding (FindDirect): {Stats.Ms(Stats.Median(direct)),9} ({PerLiteral(Stats.Median(direct), literals.Length)} per literal), {directFound:N0} literals with a token");
        text.AppendLine($"  ratio catalogue / frozen: {Stats.Ratio(now / old)} (goal ≤ 1.20×); keyword automaton: {TokenScanner.KeywordStates:N0} states; "
            + $"rounds frozen [{string.Join(", ", frozen.Select(Stats.Ms))}], catalogue [{string.Join(", ", current.Select(Stats.Ms))}]");
        return text.ToString();
    }

    private static TimeSpan Time(string[] literals, Func<string, bool> find, out int found)
    {
        found = 0;
        var before = ThreadClock.Now();
        foreach (var value in literals)
        {
            if (find(value))
            {
                found++;
            }
        }

        return ThreadClock.Now() - before;
    }

    private static string PerLiteral(TimeSpan total, int count) =>
        (total.TotalMilliseconds * 1e6 / count).ToString("N0", CultureInfo.InvariantCulture) + " ns";
}
