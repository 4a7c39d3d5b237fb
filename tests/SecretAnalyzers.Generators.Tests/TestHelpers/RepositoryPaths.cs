using System;
using System.IO;

namespace SecretAnalyzers.Generators.Tests.TestHelpers;

/// <summary>Finds the repository from the test's output folder (bin/… lies inside it), independent of path maps.</summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> LazyRoot = new(() =>
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SecretAnalyzers.sln")) || File.Exists(Path.Combine(directory.FullName, "SecretAnalyzers.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (SecretAnalyzers.sln) was not found above " + AppContext.BaseDirectory);
    });

    public static string Root => LazyRoot.Value;

    public static string Baselines => Path.Combine(Root, "tests", "SecretAnalyzers.Generators.Tests", "Baselines");
}
