using System;
using System.IO;
using System.Text.RegularExpressions;

namespace SecretAnalyzers.Generators.Tests.TestHelpers;

/// <summary>
/// Golden files: generated source is compared exactly with Baselines/{name}.g.cs.txt. Set UPDATE_BASELINES=1 to
/// rewrite the files from the current output (then review the diff before committing).
/// </summary>
internal static class Baseline
{
    // The assembly version changes with every release; baselines should not.
    private static readonly Regex GeneratedCodeVersion = new(
        "GeneratedCode\\(\"SecretAnalyzers.Generators\", \"[^\"]*\"\\)", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    public static string Normalize(string source) =>
        GeneratedCodeVersion.Replace(source.Replace("\r\n", "\n"), "GeneratedCode(\"SecretAnalyzers.Generators\", \"{version}\")");

    public static void Verify(string name, string actual)
    {
        var path = Path.Combine(RepositoryPaths.Baselines, name + ".g.cs.txt");
        actual = Normalize(actual);
        if (Environment.GetEnvironmentVariable("UPDATE_BASELINES") == "1")
        {
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), "Missing baseline " + path + "; run the tests with UPDATE_BASELINES=1 to create it.");
        var expected = File.ReadAllText(path).Replace("\r\n", "\n");
        if (expected != actual)
        {
            var line = FirstDifferentLine(expected, actual);
            Assert.Fail("Generated source differs from " + path + " at line " + line.Number + ":\n  expected: " + line.Expected
                + "\n  actual:   " + line.Actual + "\nRun with UPDATE_BASELINES=1 to accept the new output.");
        }
    }

    private static (int Number, string Expected, string Actual) FirstDifferentLine(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            var left = i < expectedLines.Length ? expectedLines[i] : "<end of file>";
            var right = i < actualLines.Length ? actualLines[i] : "<end of file>";
            if (left != right)
            {
                return (i + 1, left, right);
            }
        }

        return (0, string.Empty, string.Empty);
    }
}
