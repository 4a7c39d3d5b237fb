using System;
using System.Globalization;

namespace SecretAnalyzers.Benchmarks;

/// <summary>Command-line options; every one has a default so a bare <c>dotnet run</c> does the documented run.</summary>
internal sealed class BenchmarkOptions
{
    public int Lines { get; private set; } = 300_000;

    public int Runs { get; private set; } = 5;

    public int ReferenceRuns { get; private set; } = 2;

    public int Seed { get; private set; } = 20251124;

    public int LinesPerSecret { get; private set; } = 2000;

    public int LinesPerDecoy { get; private set; } = 800;

    public bool Concurrent { get; private set; }

    public bool SecurityCodeScan { get; private set; } = true;

    public bool CountCallbacks { get; private set; }

    public string? WriteCorpusTo { get; private set; }

    /// <summary>Run only the token-catalogue comparison (docs/benchmarks.md, "Token catalogue").</summary>
    public bool Catalogue { get; private set; }

    /// <summary>Literals scanned per round by --catalogue.</summary>
    public int CatalogueLiterals { get; private set; } = 1_000_000;

    /// <summary>Run over this folder of .cs files (one compilation) instead of the generated corpus.</summary>
    public string? CorpusDirectory { get; private set; }

    /// <summary>With --corpus: one pass of our analyzers and the findings list, no timing (a before/after check of findings).</summary>
    public bool FindingsOnly { get; private set; }

    /// <summary>Scenario keys to run (compile, emit, null, ours, scs, scs0015); empty means all.</summary>
    public string[] Only { get; private set; } = Array.Empty<string>();

    public bool Includes(string scenarioKey) => Only.Length == 0 || Array.IndexOf(Only, scenarioKey) >= 0;

    public static readonly string Usage = """
        Usage: dotnet run -c Release --project tests/SecretAnalyzers.Benchmarks -- [options]
          --lines N          size of the generated corpus in lines (default 300000)
          --runs N           measured runs of our analyzers and of the null analyzers, in pairs (default 5)
          --reference-runs N measured runs of the compiler and Security Code Scan (default 2; they are
                             far from the goals' thresholds, and Security Code Scan is slow)
          --seed N           corpus seed (default 20251124)
          --secret-every N   plant a secret about every N lines (default 2000)
          --decoy-every N    plant a decoy about every N lines (default 800)
          --concurrent       let the compiler and the analyzer driver use all cores (default: one thread,
                             which makes CPU time and wall time comparable on a shared machine)
          --no-scs           skip Security Code Scan
          --count-callbacks  profiling: the null analyzers count their operation callbacks per kind (the floor is
                             then no longer empty, so do not read its timing)
          --write-corpus DIR also write the generated sources to DIR
          --catalogue        only compare the token catalogue with the frozen 52-format scanner per literal
          --catalogue-literals N  literals per round for --catalogue (default 1000000)
          --corpus DIR       instead of the generated corpus, compile every .cs file under DIR (bin/ and obj/
                             skipped) as one compilation: compile time, our analyzers beside the null analyzers
                             (self-time, wall, CPU), AD0001 count, and every finding (masked) for false-alarm review
          --only LIST        run only these scenarios, comma-separated: compile, emit, null, ours, scs, scs0015,
                             and on request only: syntaxfloor (a null analyzer on string-literal syntax nodes)
        """;

    public static BenchmarkOptions Parse(string[] args)
    {
        var options = new BenchmarkOptions();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--lines": options.Lines = Number(args, ++i); break;
                case "--runs": options.Runs = Number(args, ++i); break;
                case "--reference-runs": options.ReferenceRuns = Number(args, ++i); break;
                case "--seed": options.Seed = Number(args, ++i); break;
                case "--secret-every": options.LinesPerSecret = Number(args, ++i); break;
                case "--decoy-every": options.LinesPerDecoy = Number(args, ++i); break;
                case "--concurrent": options.Concurrent = true; break;
                case "--no-scs": options.SecurityCodeScan = false; break;
                case "--count-callbacks": options.CountCallbacks = true; break;
                case "--only": options.Only = Value(args, ++i).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries); break;
                case "--write-corpus": options.WriteCorpusTo = Value(args, ++i); break;
                case "--catalogue": options.Catalogue = true; break;
                case "--catalogue-literals": options.CatalogueLiterals = Number(args, ++i); break;
                case "--corpus": options.CorpusDirectory = Value(args, ++i); break;
                case "--findings-only": options.FindingsOnly = true; break;
                default: throw new ArgumentException($"Unknown option '{args[i]}'.\n{Usage}");
            }
        }

        if (options.Runs < 1 || options.ReferenceRuns < 1 || options.Lines < 1000 || options.LinesPerSecret < 10 || options.LinesPerDecoy < 10)
        {
            throw new ArgumentException("--runs and --reference-runs must be at least 1, --lines at least 1000, the plant rates at least 10.\n" + Usage);
        }

        return options;
    }

    private static string Value(string[] args, int index) =>
        index < args.Length ? args[index] : throw new ArgumentException($"Option '{args[index - 1]}' needs a value.\n{Usage}");

    private static int Number(string[] args, int index) =>
        int.TryParse(Value(args, index), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new ArgumentException($"Option '{args[index - 1]}' needs a whole number.\n{Usage}");
}
