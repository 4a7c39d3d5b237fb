using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SecretAnalyzers.Analyzers;
using SecretAnalyzers.Testing;
using Xunit;

namespace SecretAnalyzers.Tests.Analyzers;

/// <summary>
/// The index asks a referenced assembly for a listed type only when the assembly declares the type's namespace: it
/// must still find exactly what <see cref="Compilation.GetTypesByMetadataName(string)"/> finds for every listed name.
/// </summary>
public class KnownCredentialApiIndexTests
{
    [Fact]
    public void Finds_the_same_types_as_GetTypesByMetadataName_in_source_core_library_and_references()
    {
        // A package stand-in holding one listed type twice over (source and reference), a namespace that holds no
        // listed type, and a listed namespace whose listed type is missing.
        MetadataReference package = CompileToReference("Package", """
            namespace Amazon.Runtime { public class BasicAWSCredentials { public BasicAWSCredentials(string a, string s) { } } }
            namespace Azure.Identity { public class SomethingElse { } }
            namespace System.Net { internal class NetworkCredential { } }
            """);
        CSharpCompilation compilation = CSharpCompilation.Create(
            "App",
            new[] { CSharpSyntaxTree.ParseText("namespace Amazon.Runtime { public class BasicAWSCredentials { } } namespace Azure { public class AzureKeyCredential { } }") },
            TestReferences.Framework.Append(package),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

        List<INamedTypeSymbol> expected = KnownCredentialApis.All.Select(api => api.TypeMetadataName).Distinct()
            .SelectMany(name => compilation.GetTypesByMetadataName(name)).ToList();
        List<INamedTypeSymbol> actual = KnownCredentialApiIndex.Create(compilation).Types.ToList();

        Assert.Equal(expected.Count, actual.Count);
        Assert.All(expected, type => Assert.Contains(type, actual, SymbolEqualityComparer.Default));
        Assert.Contains(actual, type => type.Name == "BasicAWSCredentials" && type.ContainingAssembly.Name == "Package");
        Assert.Contains(actual, type => type.Name == "BasicAWSCredentials" && type.ContainingAssembly.Name == "App");
        Assert.Contains(actual, type => type.Name == "NetworkCredential" && type.ContainingAssembly.Name == "Package");
        Assert.Contains(actual, type => type.Name == "HMACSHA256");
    }

    [Fact]
    public void Is_empty_when_no_listed_type_exists()
    {
        CSharpCompilation compilation = CSharpCompilation.Create(
            "Bare",
            new[] { CSharpSyntaxTree.ParseText("namespace System.Net { public class Other { } }") },
            references: new[] { CompileToReference("Lib", "namespace Amazon { public class Unrelated { } }") },
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

        Assert.True(KnownCredentialApiIndex.Create(compilation).IsEmpty);
    }

    private static MetadataReference CompileToReference(string name, string source)
    {
        CSharpCompilation library = CSharpCompilation.Create(
            name, new[] { CSharpSyntaxTree.ParseText(source) }, TestReferences.Framework, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var stream = new MemoryStream();
        Assert.True(library.Emit(stream).Success);
        return MetadataReference.CreateFromImage(stream.ToArray());
    }
}
