using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using SecretAnalyzers.Cli.Baselines;
using SecretAnalyzers.Cli.CommandLine;
using SecretAnalyzers.Cli.Init;
using SecretAnalyzers.Cli.Reporting;
using SecretAnalyzers.Cli.Scanning;

namespace SecretAnalyzers.Cli;

/// <summary>
/// The tool's entry point, callable in-process: parses the command, runs it, and maps every failure to an exit code
/// and a one-line message on stderr (no stack traces, no secret values).
/// </summary>
internal static class CliApplication
{
    public const string DefaultBaselineFileName = ".secretanalyzers-baseline.json";

    private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal)
    {
        ["-o"] = "--output",
        ["-f"] = "--format",
        ["-h"] = "--help",
    };

    /// <param name="args">The command line after the tool name.</param>
    /// <param name="output">Where reports go (stdout).</param>
    /// <param name="error">Where messages, warnings and the progress line go (stderr).</param>
    /// <param name="interactive">Whether <paramref name="error"/> is the process's console stderr (enables progress).</param>
    /// <param name="cancellationToken">Stops the scan (exit code 2).</param>
    public static async Task<int> RunAsync(
        IReadOnlyList<string> args,
        TextWriter output,
        TextWriter error,
        bool interactive = false,
        CancellationToken cancellationToken = default)
    {
        try
        {
            if (args.Count == 0 || args[0] is "--help" or "-h" or "help" or "-?")
            {
                output.WriteLine(HelpText.Usage);
                return args.Count == 0 ? ExitCodes.Error : ExitCodes.Clean;
            }

            if (args[0] == "--version")
            {
                output.WriteLine(Version());
                return ExitCodes.Clean;
            }

            var rest = args.Skip(1).ToList();
            return args[0] switch
            {
                "scan" => await ScanAsync(rest, output, error, interactive, cancellationToken).ConfigureAwait(false),
                "baseline" => await BaselineAsync(rest, output, error, interactive, cancellationToken).ConfigureAwait(false),
                "init" => Init(rest, output, error),
                _ => throw new UsageException($"Unknown command '{args[0]}'. Commands: scan, baseline create, init."),
            };
        }
        catch (UsageException ex)
        {
            error.WriteLine("error: " + ex.Message);
            error.WriteLine("Run 'secretanalyzers --help' for usage.");
            return ExitCodes.Error;
        }
        catch (BaselineException ex)
        {
            error.WriteLine("error: " + ex.Message);
            return ExitCodes.Error;
        }
        catch (OperationCanceledException)
        {
            error.WriteLine("error: cancelled.");
            return ExitCodes.Error;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine("error: " + ex.Message);
            return ExitCodes.Error;
        }
    }

    private static async Task<int> ScanAsync(
        List<string> args, TextWriter output, TextWriter error, bool interactive, CancellationToken cancellationToken)
    {
        var parsed = ParsedArguments.Parse(args, new[] { "--format", "--output", "--baseline" }, new[] { "--no-progress", "--help" }, Aliases);
        if (parsed.HasFlag("--help"))
        {
            output.WriteLine(HelpText.Usage);
            return ExitCodes.Clean;
        }

        var format = ParseFormat(parsed.GetValue("--format"));
        var targets = RequireTargets(parsed);
        var baselinePath = parsed.GetValue("--baseline");
        var baseline = baselinePath is null ? null : Baseline.Load(baselinePath, FingerprintScheme.KeyFromEnvironment());

        ScanResult result;
        using (var progress = ScanProgress.Create(error, interactive && !parsed.HasFlag("--no-progress")))
        {
            result = await Scanner.ScanAsync(targets, baseline, progress, cancellationToken).ConfigureAwait(false);
        }

        foreach (var warning in result.Warnings)
        {
            error.WriteLine("warning: " + warning);
        }

        var writer = ReportWriter.Create(format, Directory.GetCurrentDirectory());
        var outputPath = parsed.GetValue("--output");
        if (outputPath is null)
        {
            writer.Write(result, output);
        }
        else
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(outputPath));
            if (folder is not null)
            {
                Directory.CreateDirectory(folder);
            }

            using (var file = new StreamWriter(outputPath, append: false))
            {
                writer.Write(result, file);
            }

            error.WriteLine($"{result.Findings.Count} finding(s); report written to {outputPath}.");
        }

        return result.Findings.Any(f => f.IsFailing) ? ExitCodes.Findings : ExitCodes.Clean;
    }

    private static async Task<int> BaselineAsync(
        List<string> args, TextWriter output, TextWriter error, bool interactive, CancellationToken cancellationToken)
    {
        if (args.Count == 0 || args[0] != "create")
        {
            throw new UsageException("Use 'secretanalyzers baseline create <folder|project|solution>... [--output <file>]'.");
        }

        var parsed = ParsedArguments.Parse(args.Skip(1).ToList(), new[] { "--output" }, new[] { "--no-progress" }, Aliases);
        var targets = RequireTargets(parsed);
        var path = parsed.GetValue("--output") ?? DefaultBaselineFileName;

        ScanResult result;
        using (var progress = ScanProgress.Create(error, interactive && !parsed.HasFlag("--no-progress")))
        {
            result = await Scanner.ScanAsync(targets, baseline: null, progress, cancellationToken).ConfigureAwait(false);
        }

        foreach (var warning in result.Warnings)
        {
            error.WriteLine("warning: " + warning);
        }

        var baseline = Baseline.Create(path, result.Findings, FingerprintScheme.KeyFromEnvironment());
        baseline.Save(path);
        output.WriteLine($"Baseline with {baseline.Entries.Count} finding(s) written to {path}.");
        if (baseline.Entries.Count > 0)
        {
            output.WriteLine("These secrets are in the repository's history: rotate them, then remove them and their baseline entries.");
        }

        return ExitCodes.Clean;
    }

    private static int Init(List<string> args, TextWriter output, TextWriter error)
    {
        var parsed = ParsedArguments.Parse(args, new[] { "--class-name", "--namespace", "--id-prefix" }, new[] { "--force" }, Aliases);
        if (parsed.Positionals.Count > 1)
        {
            throw new UsageException("init takes at most one project or folder.");
        }

        var target = parsed.Positionals.Count == 1 ? parsed.Positionals[0] : Directory.GetCurrentDirectory();
        return InitCommand.Run(target, parsed.GetValue("--class-name"), parsed.GetValue("--namespace"), parsed.GetValue("--id-prefix"), parsed.HasFlag("--force"), output, error);
    }

    private static List<string> RequireTargets(ParsedArguments parsed)
    {
        if (parsed.Positionals.Count == 0)
        {
            throw new UsageException("Name at least one folder, project, solution or file to scan.");
        }

        return parsed.Positionals;
    }

    private static ReportFormat ParseFormat(string? value) => value?.ToLowerInvariant() switch
    {
        null or "text" => ReportFormat.Text,
        "json" => ReportFormat.Json,
        "sarif" => ReportFormat.Sarif,
        _ => throw new UsageException($"Unknown format '{value}'. Use text, json or sarif."),
    };

    private static string Version() =>
        typeof(CliApplication).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
}
