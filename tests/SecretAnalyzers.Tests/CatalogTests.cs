using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SecretAnalyzers.Analyzers;

namespace SecretAnalyzers.Tests;

/// <summary>Keeps the rule catalogue honest: help pages exist, release tracking lists every rule, the table lists every rule.</summary>
public class CatalogTests
{
    public static TheoryData<string> DescriptorIds()
    {
        var data = new TheoryData<string>();
        foreach (DiagnosticDescriptor descriptor in AllDescriptors())
        {
            data.Add(descriptor.Id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DescriptorIds))]
    public void HelpLinkPointsAtAnExistingRulePage(string id)
    {
        DiagnosticDescriptor descriptor = AllDescriptors().First(d => d.Id == id);

        Assert.Equal(RuleIdentifiers.GetHelpUri(id), descriptor.HelpLinkUri);
        string page = Path.Combine(RepositoryRoot(), "docs", "rules", id + ".md");
        Assert.True(File.Exists(page), "missing " + page);
        string text = File.ReadAllText(page);
        foreach (string section in new[] { "## Cause", "## Rule description", "## How to fix", "## Configuration", "## How to suppress" })
        {
            Assert.Contains(section, text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(DescriptorIds))]
    public void RuleIsTrackedInAnalyzerReleases(string id)
    {
        string directory = Path.Combine(RepositoryRoot(), "src", "SecretAnalyzers");
        string tracked = File.ReadAllText(Path.Combine(directory, "AnalyzerReleases.Shipped.md"))
            + File.ReadAllText(Path.Combine(directory, "AnalyzerReleases.Unshipped.md"));
        Assert.Contains(id + " ", tracked, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(DescriptorIds))]
    public void RuleIsListedInTheRuleTable(string id) =>
        Assert.Contains("[" + id + "]", File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "rules", "README.md")), StringComparison.Ordinal);

    [Fact]
    public void EveryDescriptorHasTitleDescriptionAndSecurityCategory()
    {
        foreach (DiagnosticDescriptor descriptor in AllDescriptors())
        {
            Assert.False(string.IsNullOrWhiteSpace(descriptor.Title.ToString()), descriptor.Id);
            Assert.False(string.IsNullOrWhiteSpace(descriptor.Description.ToString()), descriptor.Id);
            Assert.Matches("^SEC00[0-9][0-9]$", descriptor.Id);
            Assert.Equal(RuleCategories.Security, descriptor.Category);
        }
    }

    [Fact]
    public void AnalyzersFollowTheHouseSkeleton()
    {
        foreach (Type type in AnalyzerTypes())
        {
            Assert.True(type.IsSealed, type.Name + " must be sealed");
            Assert.True(type.IsPublic, type.Name + " must be public");
        }
    }

    [Fact]
    public void KnownCredentialApiTableHasNoDuplicates()
    {
        var keys = KnownCredentialApis.All.Select(api => api.TypeMetadataName + "|" + api.MemberName + "|" + api.ParameterName).ToList();
        Assert.Equal(keys.Count, keys.Distinct(StringComparer.Ordinal).Count());
    }

    private static IEnumerable<Type> AnalyzerTypes() =>
        typeof(HardcodedSecretAnalyzer).Assembly.GetTypes()
            .Where(t => typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && !t.IsAbstract && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null);

    private static IEnumerable<DiagnosticDescriptor> AllDescriptors() =>
        AnalyzerTypes()
            .SelectMany(t => ((DiagnosticAnalyzer)Activator.CreateInstance(t)!).SupportedDiagnostics)
            .GroupBy(d => d.Id)
            .Select(g => g.First());

    internal static string RepositoryRoot()
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SecretAnalyzers.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("SecretAnalyzers.sln not found above " + AppContext.BaseDirectory);
    }
}
