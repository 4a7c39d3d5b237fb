using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using SecretAnalyzers.Cli.Baselines;
using SecretAnalyzers.Cli.CommandLine;
using SecretAnalyzers.Cli.Reporting;

namespace SecretAnalyzers.Cli;

/// <summary>
/// The tool's entry point, callable in-process: parses the command with System.CommandLine, runs it, and maps every
/// failure to an exit code and a one-line message on stderr (no stack traces, no secret values).
/// </summary>
internal static class CliApplication
{
    /// <param name="args">The command line after the tool name.</param>
    /// <param name="output">Where reports and help go (stdout).</param>
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
        var root = CliCommands.CreateRoot(new CliContext(output, error, interactive));
        var invocation = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        if (args.Count == 0)
        {
            // No command: the usage, but a failing exit code (a script that lost its arguments must not pass).
            root.Parse(new[] { "--help" }).Invoke(invocation);
            return ExitCodes.Error;
        }

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors)
            {
                error.WriteLine("error: " + ConsoleText.Escape(parseError.Message));
            }

            error.WriteLine("Run 'secretanalyzers --help' or 'secretanalyzers <command> --help' for usage.");
            return ExitCodes.Error;
        }

        try
        {
            return await parsed.InvokeAsync(invocation, cancellationToken).ConfigureAwait(false);
        }
        catch (UsageException ex)
        {
            error.WriteLine("error: " + ConsoleText.Escape(ex.Message));
            error.WriteLine("Run 'secretanalyzers --help' or 'secretanalyzers <command> --help' for usage.");
            return ExitCodes.Error;
        }
        catch (History.HistoryException ex)
        {
            error.WriteLine("error: " + ConsoleText.Escape(ex.Message));
            return ExitCodes.Error;
        }
        catch (BaselineException ex)
        {
            error.WriteLine("error: " + ConsoleText.Escape(ex.Message));
            return ExitCodes.Error;
        }
        catch (OperationCanceledException)
        {
            error.WriteLine("error: cancelled.");
            return ExitCodes.Error;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine("error: " + ConsoleText.Escape(ex.Message));
            return ExitCodes.Error;
        }
    }
}
