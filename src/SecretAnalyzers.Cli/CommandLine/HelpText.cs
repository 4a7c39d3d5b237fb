namespace SecretAnalyzers.Cli.CommandLine;

internal static class HelpText
{
    public const string Description = """
        secretanalyzers: find hardcoded secrets in C# code and configuration files.

        Exit codes: 0 no findings, 1 findings (warning or error severity), 2 usage or other error.
        Projects and solutions load through MSBuild (references, DefineConstants, .editorconfig as in a build);
        a project that does not load is scanned as loose files, with a notice.
        Severities and options come from .editorconfig (dotnet_diagnostic.SEC0001.severity, secret_analyzers.*).
        Set SECRETANALYZERS_BASELINE_KEY to key baseline fingerprints with a secret only CI knows.
        Secret values are never printed.
        """;
}
