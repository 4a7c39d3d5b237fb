using System.IO;

namespace SecretAnalyzers.Cli.CommandLine;

/// <summary>Where a command writes, and whether stderr is the process's console (enables the progress line).</summary>
internal sealed record CliContext(TextWriter Output, TextWriter Error, bool Interactive);
