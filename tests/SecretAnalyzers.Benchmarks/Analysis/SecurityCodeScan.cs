using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SecretAnalyzers.Benchmarks.Analysis;

/// <summary>
/// Loads Security Code Scan's analyzers from its NuGet package folder (the path is baked in at build time), the
/// way a compiler host loads an analyzer package: through <see cref="AnalyzerFileReference"/>.
/// </summary>
internal static class SecurityCodeScan
{
    public const string HardcodedPasswordRule = "SCS0015";

    public static string? PackageDirectory =>
        typeof(SecurityCodeScan).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "SecurityCodeScanAnalyzerDirectory")?.Value;

    public static ImmutableArray<DiagnosticAnalyzer> Load(List<string> problems)
    {
        var directory = PackageDirectory;
        if (directory is null || !Directory.Exists(directory))
        {
            problems.Add($"Security Code Scan package folder not found ({directory ?? "no path recorded"}); restore the benchmark project.");
            return ImmutableArray<DiagnosticAnalyzer>.Empty;
        }

        var loader = new LoadFromAssemblyLoader();
        var analyzers = ImmutableArray.CreateBuilder<DiagnosticAnalyzer>();
        foreach (var path in Directory.GetFiles(directory, "*.dll", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal))
        {
            var reference = new AnalyzerFileReference(path, loader);
            reference.AnalyzerLoadFailed += (_, e) =>
                problems.Add($"{Path.GetFileName(path)}: {e.ErrorCode} {e.TypeName} {e.Message}");
            analyzers.AddRange(reference.GetAnalyzers(LanguageNames.CSharp));
        }

        return analyzers.ToImmutable();
    }

    /// <summary>Every Security Code Scan rule id except <paramref name="keep"/>, to suppress the rest.</summary>
    public static ImmutableDictionary<string, ReportDiagnostic> SuppressAllBut(IEnumerable<DiagnosticAnalyzer> analyzers, string keep) =>
        analyzers.SelectMany(a => a.SupportedDiagnostics)
            .Select(d => d.Id)
            .Where(id => id != keep)
            .Distinct(StringComparer.Ordinal)
            .ToImmutableDictionary(id => id, _ => ReportDiagnostic.Suppress);

    private sealed class LoadFromAssemblyLoader : IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) => Assembly.LoadFrom(fullPath);
    }
}
