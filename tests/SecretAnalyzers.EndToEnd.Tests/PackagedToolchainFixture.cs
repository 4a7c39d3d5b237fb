using System;
using System.IO;
using System.Linq;
using Xunit.Sdk;

namespace SecretAnalyzers.EndToEnd.Tests;

/// <summary>
/// Packs the repository's packages once per test run, with a version unique to the run, into a temporary folder
/// feed. Test projects restore from that feed plus the machine's default source (their nuget.config only adds the
/// folder; no source is cleared and no registry is named), so the NuGet cache stays warm for everything else and a
/// stale cached SecretAnalyzers package can never hide a change.
/// </summary>
public sealed class PackagedToolchainFixture : IDisposable
{
    public PackagedToolchainFixture()
    {
        RepositoryRoot = FindRepositoryRoot();
        WorkRoot = Path.Combine(Path.GetTempPath(), "secretanalyzers-e2e-" + Guid.NewGuid().ToString("N")[..8]);
        Feed = Path.Combine(WorkRoot, "feed");
        Directory.CreateDirectory(Feed);

        // Stop MSBuild's upward search for Directory.Build.* / Directory.Packages.props at the work root.
        File.WriteAllText(Path.Combine(WorkRoot, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(WorkRoot, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(WorkRoot, "Directory.Packages.props"), "<Project />\n");
        File.WriteAllText(
            Path.Combine(WorkRoot, "nuget.config"),
            $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="secretanalyzers-e2e" value="{Feed}" />
              </packageSources>
            </configuration>
            """);

        Version = "0.1.0-e2e." + DateTime.UtcNow.ToString("yyyyMMddHHmmss") + "." + Environment.ProcessId;
        var pack = DotNetCli.Run(
            RepositoryRoot,
            "pack", Path.Combine(RepositoryRoot, "src", "SecretAnalyzers.Package", "SecretAnalyzers.Package.csproj"),
            "-c", "Release", "-o", Feed, "-p:PackageVersion=" + Version, "--disable-build-servers",
            // Build into the run's own folder: other test assemblies running beside this one load the repository's
            // bin/ outputs, which a versioned rebuild in place would overwrite under them.
            "--artifacts-path", Path.Combine(WorkRoot, "artifacts"));
        PackOutput = pack;
        if (pack.ExitCode != 0)
        {
            throw new XunitException("Packing failed: " + pack);
        }
    }

    public string RepositoryRoot { get; }

    /// <summary>Temporary folder holding the feed and the test projects; deleted at the end of the run.</summary>
    public string WorkRoot { get; }

    public string Feed { get; }

    /// <summary>The version of every package packed for this run.</summary>
    public string Version { get; }

    internal CommandResult PackOutput { get; }

    public void Dispose()
    {
        TryDelete(WorkRoot);

        // Drop this run's packages from the global packages folder so runs do not pile up there.
        var globalPackages = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        foreach (var id in new[] { "secretanalyzers", "secretanalyzers.runtime", "secretanalyzers.runtime.aws", "secretanalyzers.cli" })
        {
            TryDelete(Path.Combine(globalPackages, id, Version));
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (directory.GetFiles("SecretAnalyzers.sln").Any())
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("SecretAnalyzers.sln not found above " + AppContext.BaseDirectory);
    }
}

[CollectionDefinition(Name)]
public sealed class PackagedToolchainCollection : ICollectionFixture<PackagedToolchainFixture>
{
    public const string Name = "Packaged toolchain";
}
