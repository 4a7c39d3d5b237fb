using Microsoft.CodeAnalysis;

namespace SecretAnalyzers.Cli.Scanning;

/// <summary>
/// SEC0050, reported by the scanner only: a <c>secrets.local.json</c> is tracked by git. The build cannot see git, so
/// no analyzer reports it. The id lies in the range reserved for other file kinds (docs/rules/README.md).
/// </summary>
internal static class LocalSecretsFileRule
{
    public const string Id = RuleIdentifiers.LocalSecretsFileTracked;

    public const string FileName = "secrets.local.json";

    // Release tracking (RS2008) lists what analyzers report in a build; this rule never reaches the compiler.
#pragma warning disable RS2008
    public static readonly DiagnosticDescriptor Descriptor = new(
        id: Id,
        title: "Local secrets file is tracked by git",
        messageFormat: "'{0}' is tracked by git; a local secrets file must never be committed: remove it from the index (git rm --cached), git-ignore it and rotate what it held",
        category: RuleCategories.Security,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "secrets.local.json holds development secrets for the local store. Once committed it is in the history of every clone: take it out of the index, add it to .gitignore ('secretanalyzers init' does) and rotate every value it held.",
        helpLinkUri: RuleIdentifiers.GetHelpUri(Id));
#pragma warning restore RS2008
}
