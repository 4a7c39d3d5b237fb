using System;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace SecretAnalyzers.Analyzers;

/// <summary>
/// Recognises test projects: a reference to a test framework (xUnit, NUnit, MSTest, TUnit), a test SDK or a library
/// only tests use (mocks, assertions), or an assembly name ending in .Tests / .Test / .UnitTests / .IntegrationTests /
/// .Specs or holding one of them as a dotted segment (MyApp.Tests.Android). <see cref="TestCodePolicy"/> adds MSBuild's IsTestProject.
/// </summary>
internal static class TestCodeDetector
{
    private static readonly string[] FrameworkAssemblies =
    {
        "xunit.core", "xunit.assert", "xunit.v3.core", "xunit.v3.assert", "nunit.framework",
        "Microsoft.VisualStudio.TestPlatform.TestFramework", "MSTest.TestFramework", "TUnit.Core",

        // Test SDKs and libraries only test projects reference (Microsoft.NET.Test.Sdk, Microsoft.Testing.Platform, mocks, assertions).
        "Microsoft.TestPlatform.CoreUtilities", "Microsoft.TestPlatform.PlatformAbstractions", "Microsoft.Testing.Platform",
        "Microsoft.VisualStudio.CodeCoverage.Shim", "Moq", "NSubstitute", "FakeItEasy", "FluentAssertions", "Shouldly",
        "AwesomeAssertions",
    };

    private static readonly string[] NameSuffixes = { ".Tests", ".Test", ".UnitTests", ".IntegrationTests", ".Specs" };

    /// <summary>
    /// Asked by every analyzer at its start: the answer is kept per compilation, since reading the referenced
    /// assembly names of a project with hundreds of references is not free.
    /// </summary>
    public static bool IsTestCompilation(Compilation compilation) =>
        Answers.GetValue(compilation, static c => new StrongBox<bool>(Detect(c))).Value;

    private static readonly ConditionalWeakTable<Compilation, StrongBox<bool>> Answers = new();

    private static bool Detect(Compilation compilation)
    {
        string? name = compilation.AssemblyName;
        if (name is not null)
        {
            foreach (string suffix in NameSuffixes)
            {
                // MyApp.Tests, and MyApp.Tests.Android / MyApp.Tests.Setup: a device host or a setup part of a test suite.
                if (name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)
                    || name.IndexOf(suffix + ".", StringComparison.OrdinalIgnoreCase) > 0)
                {
                    return true;
                }
            }
        }

        foreach (AssemblyIdentity reference in compilation.ReferencedAssemblyNames)
        {
            foreach (string framework in FrameworkAssemblies)
            {
                if (string.Equals(reference.Name, framework, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
