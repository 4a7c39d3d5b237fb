using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SecretAnalyzers.Cli.Baselines;

namespace SecretAnalyzers.Cli.Scanning;

/// <summary>Scans targets unit by unit and applies an optional baseline.</summary>
internal static class Scanner
{
    public static async Task<ScanResult> ScanAsync(
        IReadOnlyList<string> targets,
        Baseline? baseline,
        ScanSettings settings,
        ScanProgress progress,
        CancellationToken cancellationToken)
    {
        var notices = new List<string>();
        var units = targets.SelectMany(target => ScanTargetResolver.Resolve(target, settings, notices)).ToList();
        var editorConfig = new EditorConfigOptions();
        var analyzer = new UnitAnalyzer(editorConfig);
        var localSecrets = new TrackedLocalSecretsCheck(editorConfig);
        var warnings = new List<string>();
        var findings = new List<ScanFinding>();
        var files = new HashSet<string>(StringComparer.Ordinal);
        using var msbuild = settings.UseMSBuild && units.Any(u => u.ProjectFile is not null && RestoredProjects.IsRestored(u.ProjectFile))
            ? CreateWorkspace(notices)
            : null;
        for (var i = 0; i < units.Count; i++)
        {
            var unit = units[i];
            progress.Report(i + 1, units.Count, unit.Name);
            (Microsoft.CodeAnalysis.Project? Project, string? Problem) loaded = (null, null);
            if (settings.UseMSBuild && unit.ProjectFile is not null)
            {
                loaded = !RestoredProjects.IsRestored(unit.ProjectFile)
                    ? (null, "not restored: run 'dotnet restore' first")
                    : msbuild is null ? (null, null) : await msbuild.LoadAsync(unit.ProjectFile, cancellationToken).ConfigureAwait(false);
            }

            var (project, problem) = loaded;
            if (project is not null)
            {
                var (projectFindings, projectFiles) = await analyzer.AnalyzeProjectAsync(project, unit, warnings, cancellationToken).ConfigureAwait(false);
                findings.AddRange(projectFindings);
                files.UnionWith(projectFiles);
            }
            else
            {
                if (problem is not null)
                {
                    notices.Add($"'{unit.ProjectFile}' did not load with MSBuild ({problem}); its files were scanned without project context.");
                }

                findings.AddRange(await analyzer.AnalyzeAsync(unit, warnings, cancellationToken).ConfigureAwait(false));
                files.UnionWith(unit.SourceFiles);
                files.UnionWith(unit.ConfigFiles);
            }

            files.UnionWith(unit.LocalSecretsFiles);
            findings.AddRange(localSecrets.Check(unit.LocalSecretsFiles, warnings));
        }

        // A folder and a project inside it may both be named; report each finding once.
        var distinct = findings
            .GroupBy(f => (f.RuleId, f.Path, f.Span.StartLinePosition, f.Span.EndLinePosition))
            .Select(g => g.First())
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ThenBy(f => f.Span.StartLinePosition)
            .ThenBy(f => f.RuleId, StringComparer.Ordinal)
            .ToList();

        if (baseline is null)
        {
            return new ScanResult(distinct, 0, files.Count, warnings, notices);
        }

        var (newFindings, accepted) = baseline.Apply(distinct);
        return new ScanResult(newFindings, accepted, files.Count, warnings, notices);
    }

    private static MSBuildProjects? CreateWorkspace(List<string> notices)
    {
        var workspace = MSBuildProjects.TryCreate(out var problem);
        if (workspace is null)
        {
            notices.Add($"Projects are scanned without MSBuild: {problem}.");
        }

        return workspace;
    }
}
