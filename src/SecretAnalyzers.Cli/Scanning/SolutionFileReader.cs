using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using SecretAnalyzers.Cli.CommandLine;

namespace SecretAnalyzers.Cli.Scanning;

/// <summary>Reads the project paths a .sln or .slnx lists (paths relative to the solution, '/' separators).</summary>
internal static partial class SolutionFileReader
{
    [GeneratedRegex("""^Project\("\{[^}]+\}"\)\s*=\s*"[^"]*"\s*,\s*"(?<path>[^"]+)"\s*,""", RegexOptions.Multiline, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SlnProjectLine();

    public static IReadOnlyList<string> ReadProjectPaths(string solutionPath)
    {
        var text = File.ReadAllText(solutionPath);
        var paths = new List<string>();
        if (solutionPath.EndsWith(".slnx", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                foreach (var project in XDocument.Parse(text).Descendants("Project"))
                {
                    var path = (string?)project.Attribute("Path");
                    if (!string.IsNullOrWhiteSpace(path))
                    {
                        paths.Add(Normalize(path));
                    }
                }
            }
            catch (XmlException ex)
            {
                throw new UsageException($"'{solutionPath}' is not a valid .slnx file: {ex.Message}");
            }

            return paths;
        }

        foreach (Match match in SlnProjectLine().Matches(text))
        {
            paths.Add(Normalize(match.Groups["path"].Value));
        }

        return paths;
    }

    private static string Normalize(string path) => path.Replace('\\', '/');
}
