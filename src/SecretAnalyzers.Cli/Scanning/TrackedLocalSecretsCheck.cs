using System.Collections.Generic;
using System.Globalization;
using System.IO;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SecretAnalyzers.Cli.Git;

namespace SecretAnalyzers.Cli.Scanning;

/// <summary>
/// Reports every <c>secrets.local.json</c> that git tracks (<see cref="LocalSecretsFileRule"/>). Its content is
/// never read: the file exists to hold secrets, so the finding is the file itself.
/// </summary>
internal sealed class TrackedLocalSecretsCheck
{
    private readonly EditorConfigOptions _editorConfig;

    public TrackedLocalSecretsCheck(EditorConfigOptions editorConfig)
    {
        _editorConfig = editorConfig;
    }

    public static bool IsLocalSecretsFile(string path) =>
        string.Equals(Path.GetFileName(path), LocalSecretsFileRule.FileName, System.StringComparison.OrdinalIgnoreCase);

    public IReadOnlyList<ScanFinding> Check(IReadOnlyList<string> localFiles, List<string> warnings)
    {
        var findings = new List<ScanFinding>();
        foreach (var path in localFiles)
        {
            GitWorkingTree? tree;
            try
            {
                tree = GitWorkingTree.Discover(Path.GetDirectoryName(path)!);
            }
            catch (GitUnavailableException ex)
            {
                warnings.Add($"Skipped '{path}': {ex.Message}.");
                continue;
            }

            using (tree)
            {
                if (tree is null || !tree.IsTracked(path))
                {
                    continue;
                }
            }

            var severity = _editorConfig.GetSeverity(path, LocalSecretsFileRule.Id) switch
            {
                ReportDiagnostic.Suppress or ReportDiagnostic.Hidden => (DiagnosticSeverity?)null,
                ReportDiagnostic.Error => DiagnosticSeverity.Error,
                ReportDiagnostic.Info => DiagnosticSeverity.Info,
                _ => DiagnosticSeverity.Warning,
            };
            if (severity is null)
            {
                continue;
            }

            var message = string.Format(CultureInfo.InvariantCulture, LocalSecretsFileRule.Descriptor.MessageFormat.ToString(CultureInfo.InvariantCulture), Path.GetFileName(path));
            var start = new LinePosition(0, 0);
            findings.Add(new ScanFinding(
                LocalSecretsFileRule.Descriptor,
                severity.Value,
                message,
                path,
                new FileLinePositionSpan(path, start, start),
                evidence: LocalSecretsFileRule.Id));
        }

        return findings;
    }
}
