namespace SecretAnalyzers.Cli.CommandLine;

internal static class HelpText
{
    public const string Usage = """
        secretanalyzers: find hardcoded secrets in C# code and configuration files.

        Usage:
          secretanalyzers scan <folder|project.csproj|solution.sln|file>... [options]
              --format text|json|sarif   output format (default: text)
              --output, -o <file>        write the report to a file instead of stdout
              --baseline <file>          report only findings the baseline does not accept
              --no-progress              never show the progress line
              --verify aws               opt-in: ask AWS STS (GetCallerIdentity) whether found key pairs are live
              --verify-endpoint <url>    STS endpoint for --verify (or SECRETANALYZERS_STS_ENDPOINT)
          secretanalyzers baseline create <folder|project|solution>... [--output <file>]
              accept today's findings (default file: .secretanalyzers-baseline.json)
          secretanalyzers init [<folder|project.csproj>] [--class-name <name>] [--namespace <ns>] [--force]
              create secrets.manifest.json for a project
          secretanalyzers --help | --version

        Exit codes: 0 no findings, 1 findings (warning or error severity), 2 usage or other error.
        Severities and options come from .editorconfig (dotnet_diagnostic.SEC0001.severity, secret_analyzers.*).
        Set SECRETANALYZERS_BASELINE_KEY to key baseline fingerprints with a secret only CI knows.
        Secret values are never printed.
        """;
}
