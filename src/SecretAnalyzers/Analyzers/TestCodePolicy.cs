using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SecretAnalyzers.Detection;

namespace SecretAnalyzers.Analyzers;

/// <summary>
/// Decides how a compilation's findings are filtered: <see cref="TestCodeMode.Report"/> outside test projects, the
/// configured mode (default <see cref="TestCodeMode.Tokens"/>) inside them. A test project is recognised by its name
/// and references (<see cref="TestCodeDetector"/>) or by MSBuild's <c>IsTestProject</c>, which the test SDKs set.
/// </summary>
internal static class TestCodePolicy
{
    private const string IsTestProjectProperty = "IsTestProject";

    /// <summary>The mode for this compilation: Report when it is not a test project.</summary>
    public static TestCodeMode Read(Compilation compilation, AnalyzerConfigOptionsProvider options) =>
        IsTestProject(compilation, options) ? DetectionOptions.ParseTestCode(AnalyzerOptionReader.ReadGlobal(options.GlobalOptions, OptionKeys.TestCode)) : TestCodeMode.Report;

    public static bool IsTestProject(Compilation compilation, AnalyzerConfigOptionsProvider options) =>
        string.Equals(AnalyzerOptionReader.ReadBuildProperty(options.GlobalOptions, IsTestProjectProperty), "true", StringComparison.OrdinalIgnoreCase)
        || TestCodeDetector.IsTestCompilation(compilation);

}
