using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Build.Locator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.MSBuild;

namespace SecretAnalyzers.Cli.Scanning;

/// <summary>
/// Projects and solutions loaded the way a build sees them, through <see cref="MSBuildWorkspace"/> (project and
/// package references, <c>DefineConstants</c>, language version, .editorconfig and global configs). Roslyn evaluates
/// the projects in a separate build host with the installed .NET SDK's MSBuild, which the locator finds.
/// A project that fails to load is reported, so the caller can fall back to its files.
/// </summary>
internal sealed class MSBuildProjects : IDisposable
{
    private static readonly object RegistrationGate = new();
    private static string? s_registrationProblem;
    private static bool s_registered;

    private readonly MSBuildWorkspace _workspace;
    private readonly ConcurrentDictionary<string, string> _failures = new(StringComparer.Ordinal);

    private MSBuildProjects(MSBuildWorkspace workspace)
    {
        _workspace = workspace;
        _workspace.WorkspaceFailed += (_, e) =>
        {
            if (e.Diagnostic.Kind == WorkspaceDiagnosticKind.Failure)
            {
                // The message names the project file; keep the first per message (no secret: MSBuild output about files).
                _failures.TryAdd(e.Diagnostic.Message, e.Diagnostic.Message);
            }
        };
    }

    /// <summary>A workspace, or null with the reason when no .NET SDK with MSBuild can be found.</summary>
    public static MSBuildProjects? TryCreate(out string? problem)
    {
        lock (RegistrationGate)
        {
            if (!s_registered && s_registrationProblem is null)
            {
                try
                {
                    if (MSBuildLocator.IsRegistered)
                    {
                        s_registered = true;
                    }
                    else if (MSBuildLocator.QueryVisualStudioInstances().Any())
                    {
                        MSBuildLocator.RegisterDefaults();
                        s_registered = true;
                    }
                    else
                    {
                        s_registrationProblem = "no .NET SDK with MSBuild was found";
                    }
                }
                catch (Exception ex) when (ex is InvalidOperationException or IOException)
                {
                    s_registrationProblem = "MSBuild could not be located (" + ex.GetType().Name + ")";
                }
            }

            problem = s_registrationProblem;
        }

        if (problem is not null)
        {
            return null;
        }

        // Design-time build as dotnet format runs it; no restore, no compile.
        var properties = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["DesignTimeBuild"] = "true",
            ["SkipCompilerExecution"] = "true",
            ["ProvideCommandLineArgs"] = "true",
            ["RunAnalyzers"] = "false",
        };
        return new MSBuildProjects(MSBuildWorkspace.Create(properties));
    }

    /// <summary>
    /// The C# project at <paramref name="projectPath"/> (its references are loaded too, for binding); the first target
    /// framework of a multi-targeting project. Null, with the reason, when it does not load as a build would.
    /// </summary>
    public async Task<(Project? Project, string? Problem)> LoadAsync(string projectPath, CancellationToken cancellationToken)
    {
        _failures.Clear();
        try
        {
            var project = _workspace.CurrentSolution.Projects.FirstOrDefault(p => SamePath(p.FilePath, projectPath))
                ?? await _workspace.OpenProjectAsync(projectPath, progress: null, cancellationToken).ConfigureAwait(false);
            var problem = _failures.Keys.FirstOrDefault();
            if (problem is null && project.Language != LanguageNames.CSharp)
            {
                problem = "not a C# project";
            }

            // A design-time build that worked always yields references (at least the framework's).
            if (problem is null && !project.MetadataReferences.Any())
            {
                problem = "it loaded without references (not restored?)";
            }

            return problem is null ? (project, null) : (null, problem);
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or ArgumentException or NotSupportedException or InvalidDataException)
        {
            return (null, ex.Message);
        }
    }

    public void Dispose() => _workspace.Dispose();

    private static bool SamePath(string? a, string b) =>
        a is not null && string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
}
