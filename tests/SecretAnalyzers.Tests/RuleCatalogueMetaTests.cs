using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace SecretAnalyzers.Tests;

/// <summary>
/// The whole catalogue at once: every SEC00xx and SEC01xx id in <see cref="RuleIdentifiers"/> has exactly one
/// descriptor (analyzer assembly or generator assembly), a docs/rules page, and one row in the release-tracking files
/// of the assembly that reports it; every descriptor's help link is the id's page. A new id without its descriptor,
/// page or row fails here.
/// </summary>
public class RuleCatalogueMetaTests
{
    /// <summary>Reported by the <c>secretanalyzers</c> scanner only (the build cannot see git): a page, no descriptor.</summary>
    private static readonly string[] ScannerOnlyIds = { RuleIdentifiers.LocalSecretsFileTracked };

    public static TheoryData<string> Ids()
    {
        var data = new TheoryData<string>();
        foreach (var id in CatalogueIds())
        {
            data.Add(id);
        }

        return data;
    }

    [Fact]
    public void TheCatalogueHasBothRanges()
    {
        var ids = CatalogueIds();
        Assert.Contains(ids, id => id.StartsWith("SEC00", StringComparison.Ordinal));
        Assert.Contains(ids, id => id.StartsWith("SEC01", StringComparison.Ordinal));
        Assert.All(ids, id => Assert.Matches("^SEC0[01][0-9][0-9]$", id));
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void EveryIdHasExactlyOneDescriptor(string id)
    {
        var descriptors = AllDescriptors().Where(entry => entry.Descriptor.Id == id).ToList();
        if (ScannerOnlyIds.Contains(id))
        {
            Assert.Empty(descriptors);
            return;
        }

        var descriptor = Assert.Single(descriptors);
        Assert.Equal(id.StartsWith("SEC01", StringComparison.Ordinal) ? GeneratorAssembly : AnalyzerAssembly, descriptor.Assembly);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void EveryIdHasAHelpPage(string id)
    {
        var page = Path.Combine(CatalogTests.RepositoryRoot(), "docs", "rules", id + ".md");
        Assert.True(File.Exists(page), "missing help page docs/rules/" + id + ".md");
        Assert.StartsWith("# " + id + ": ", File.ReadAllText(page), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void EveryReportedIdHasOneReleaseTrackingRow(string id)
    {
        var rows = ReleaseTrackingRows(id.StartsWith("SEC01", StringComparison.Ordinal) ? "SecretAnalyzers.Generators" : "SecretAnalyzers")
            .Where(row => row.StartsWith(id + " ", StringComparison.Ordinal))
            .ToList();
        if (ScannerOnlyIds.Contains(id))
        {
            Assert.Empty(rows);
            return;
        }

        var descriptor = AllDescriptors().Single(entry => entry.Descriptor.Id == id).Descriptor;
        var row = Assert.Single(rows);
        Assert.StartsWith(id + " | " + descriptor.Category + " | " + descriptor.DefaultSeverity + " |", row, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryDescriptorIsInTheCatalogueAndLinksToItsPage()
    {
        var ids = CatalogueIds();
        foreach (var (descriptor, _) in AllDescriptors())
        {
            Assert.Contains(descriptor.Id, ids);
            Assert.Equal(RuleIdentifiers.GetHelpUri(descriptor.Id), descriptor.HelpLinkUri);
            Assert.EndsWith("/docs/rules/" + descriptor.Id + ".md", descriptor.HelpLinkUri, StringComparison.Ordinal);
        }
    }

    private static Assembly AnalyzerAssembly => typeof(RuleIdentifiers).Assembly;

    private static Assembly GeneratorAssembly => typeof(SecretAnalyzers.Generators.SecretsGenerator).Assembly;

    private static List<string> CatalogueIds() =>
        typeof(RuleIdentifiers).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.IsLiteral && field.FieldType == typeof(string))
            .Select(field => (string)field.GetRawConstantValue()!)
            .Where(value => value.StartsWith("SEC", StringComparison.Ordinal))
            .OrderBy(id => id, StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// Every <see cref="DiagnosticDescriptor"/> field of both assemblies' <c>DiagnosticDescriptors</c> classes (by
    /// reflection: the generator's is internal to it), each with the assembly that declares it.
    /// </summary>
    private static List<(DiagnosticDescriptor Descriptor, Assembly Assembly)> AllDescriptors() =>
        new[] { AnalyzerAssembly, GeneratorAssembly }
            .SelectMany(assembly => assembly.GetTypes()
                .Where(type => type.Name == "DiagnosticDescriptors")
                .SelectMany(type => type.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static))
                .Where(field => field.FieldType == typeof(DiagnosticDescriptor))
                .Select(field => ((DiagnosticDescriptor)field.GetValue(null)!, assembly)))
            .ToList();

    private static IEnumerable<string> ReleaseTrackingRows(string project)
    {
        var directory = Path.Combine(CatalogTests.RepositoryRoot(), "src", project);
        return File.ReadAllLines(Path.Combine(directory, "AnalyzerReleases.Shipped.md"))
            .Concat(File.ReadAllLines(Path.Combine(directory, "AnalyzerReleases.Unshipped.md")))
            .Where(line => line.StartsWith("SEC", StringComparison.Ordinal));
    }
}
