using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;

namespace SecretAnalyzers.Cli.Tests;

/// <summary>Calls the tool's entry point in-process, from a given working folder, and captures both streams.</summary>
internal static class Cli
{
    private static readonly object CurrentDirectoryGate = new();

    public static Task<CliResult> RunAsync(string workingDirectory, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();

        // Relative paths in reports are relative to the current directory, which is process-wide: one run at a time.
        lock (CurrentDirectoryGate)
        {
            var previous = Directory.GetCurrentDirectory();
            Directory.SetCurrentDirectory(workingDirectory);
            try
            {
                var exitCode = Task.Run(() => CliApplication.RunAsync(args, output, error)).GetAwaiter().GetResult();
                return Task.FromResult(new CliResult(exitCode, output.ToString(), error.ToString()));
            }
            finally
            {
                Directory.SetCurrentDirectory(previous);
            }
        }
    }
}

internal sealed record CliResult(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";

    public void AssertNoSecret(IEnumerable<string> secrets)
    {
        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(secret, Output, StringComparison.Ordinal);
            Assert.DoesNotContain(secret, Error, StringComparison.Ordinal);
        }
    }
}
