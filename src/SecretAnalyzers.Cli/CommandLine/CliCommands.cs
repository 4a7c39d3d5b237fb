using System.CommandLine;

namespace SecretAnalyzers.Cli.CommandLine;

/// <summary>The command tree. One definition per file: a new command is one new file and one line here.</summary>
internal static class CliCommands
{
    public static RootCommand CreateRoot(CliContext context) => new(HelpText.Description)
    {
        ScanCommandDefinition.Create(context),
        BaselineCommandDefinition.Create(context),
        InitCommandDefinition.Create(context),
        FixCommandDefinition.Create(context),
    };
}
