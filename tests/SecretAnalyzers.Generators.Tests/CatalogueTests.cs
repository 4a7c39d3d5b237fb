using System;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using SecretAnalyzers.Manifest;

namespace SecretAnalyzers.Generators.Tests;

/// <summary>Keeps the SEC01xx catalogue honest: ids, help pages, release tracking and the schema agree with the code.</summary>
public sealed class CatalogueTests
{
    [Fact]
    public void EveryIdConstantHasADescriptor()
    {
        // The one catalogue holds both ranges; the generator owns every SEC01xx id.
        var ids = typeof(RuleIdentifiers).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.IsLiteral)
            .Select(field => (string)field.GetRawConstantValue()!)
            .Where(id => id.StartsWith("SEC01", StringComparison.Ordinal))
            .OrderBy(id => id, StringComparer.Ordinal)
            .ToList();

        Assert.Equal(18, ids.Count);
        Assert.Equal(ids, DiagnosticDescriptors.All.Select(descriptor => descriptor.Id).OrderBy(id => id, StringComparer.Ordinal));
    }

    [Fact]
    public void EveryDescriptorIsInTheManifestCategory()
    {
        Assert.All(DiagnosticDescriptors.All, descriptor => Assert.Equal(RuleCategories.Manifest, descriptor.Category));
        Assert.All(DiagnosticDescriptors.All, descriptor => Assert.Equal(RuleIdentifiers.GetHelpUri(descriptor.Id), descriptor.HelpLinkUri));
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
        Assert.NotNull(SecretAnalyzers.Json.JsonDocumentReader.Parse(schema));
    }

    private static string RepositoryRoot() => SecretAnalyzers.Generators.Tests.TestHelpers.RepositoryPaths.Root;
}
