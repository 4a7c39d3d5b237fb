using System;
using Microsoft.CodeAnalysis;

namespace SecretAnalyzers.Analyzers;

/// <summary>
/// Recognises test projects: a reference to a test framework (xUnit, NUnit, MSTest, TUnit) or an assembly name
/// ending in .Tests / .Test / .UnitTests / .IntegrationTests / .Specs.
/// </summary>
internal static class TestCodeDetector
{
    private static readonly string[] FrameworkAssemblies =
    {
        "xunit.core", "xunit.assert", "xunit.v3.core", "xunit.v3.assert", "nunit.framework",
        "Microsoft.VisualStudio.TestPlatform.TestFramework", "MSTest.TestFramework", "TUnit.Core",
    };

    private static readonly string[] NameSuffixes = { ".Tests", ".Test", ".UnitTests", ".IntegrationTests", ".Specs" };

    public static bool IsTestCompilation(Compilation compilation)
    {
        string? name = compilation.AssemblyName;
        if (name is not null)
        {
            foreach (string suffix in NameSuffixes)
            {
                if (name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
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
