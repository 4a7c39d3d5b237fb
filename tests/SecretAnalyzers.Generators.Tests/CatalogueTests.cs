using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using SecretAnalyzers.Manifest;

namespace SecretAnalyzers.Generators.Tests;

/// <summary>Keeps the SEC01xx catalogue honest: ids, help pages, release tracking and the schema agree with the code.</summary>
public sealed class CatalogueTests
{
    [Fact]
    public void EveryIdConstantHasADescriptor()
    {
        var ids = typeof(ManifestDiagnosticIds).GetFields()
            .Where(field => field.IsLiteral)
            .Select(field => (string)field.GetRawConstantValue()!)
            .OrderBy(id => id)
            .ToList();

        Assert.Equal(ids, DiagnosticDescriptors.All.Select(descriptor => descriptor.Id).OrderBy(id => id));
        Assert.All(ids, id => Assert.Matches("^SEC01[0-9][0-9]$", id));
    }

    [Fact]
    public void EveryDescriptorHasAHelpPageWithTheTemplateSections()
    {
        foreach (var descriptor in DiagnosticDescriptors.All)
        {
            Assert.Equal("https://github.com/secretanalyzers/secretanalyzers/blob/main/docs/rules/" + descriptor.Id + ".md", descriptor.HelpLinkUri);
            Assert.False(string.IsNullOrWhiteSpace(descriptor.Description.ToString()));
            var page = Path.Combine(RepositoryRoot(), "docs", "rules", descriptor.Id + ".md");
            Assert.True(File.Exists(page), "Missing help page " + page);
            var text = File.ReadAllText(page);
            Assert.StartsWith("# " + descriptor.Id + ": ", text);
            foreach (var section in new[] { "## Cause", "## Rule description", "## Non-compliant example", "## Compliant example", "## How to fix", "## Configuration", "## How to suppress" })
            {
                Assert.Contains(section, text);
            }

            Assert.Contains("| Default severity | " + descriptor.DefaultSeverity + " |", text);
        }
    }

    [Fact]
    public void EveryDescriptorIsInTheReleaseTracking()
    {
        var root = RepositoryRoot();
        var tracking = File.ReadAllText(Path.Combine(root, "src", "SecretAnalyzers.Generators", "AnalyzerReleases.Shipped.md"))
            + File.ReadAllText(Path.Combine(root, "src", "SecretAnalyzers.Generators", "AnalyzerReleases.Unshipped.md"));
        foreach (var descriptor in DiagnosticDescriptors.All)
        {
            Assert.Contains(descriptor.Id + " | " + descriptor.Category + " | " + descriptor.DefaultSeverity + " |", tracking);
        }
    }

    [Fact]
    public void SchemaNamesEveryPropertyTheParserKnows()
    {
        var schema = File.ReadAllText(Path.Combine(RepositoryRoot(), "schema", "secrets.manifest.schema.json"));
        var properties = typeof(ManifestFormat).GetFields()
            .Where(field => field.IsLiteral && field.Name is not ("FileName" or "SecretsManager" or "ParameterStore" or "Public" or "Internal" or "Value"))
            .Select(field => (string)field.GetRawConstantValue()!);
        foreach (var property in properties)
        {
            Assert.Contains("\"" + property + "\"", schema);
        }

        // The schema itself is a valid manifest-format JSON document (the reader accepts plain JSON).
        Assert.NotNull(SecretAnalyzers.Manifest.Json.JsonDocumentReader.Parse(schema));
    }

    private static string RepositoryRoot() => SecretAnalyzers.Generators.Tests.TestHelpers.RepositoryPaths.Root;
}
