using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SecretAnalyzers.Benchmarks.Corpus;

namespace SecretAnalyzers.Benchmarks.Analysis;

/// <summary>Parses the corpus and compiles it against the running framework's assemblies.</summary>
internal static class CorpusCompilation
{
    public static IReadOnlyList<SyntaxTree> Parse(GeneratedCorpus corpus)
    {
        var options = new CSharpParseOptions(LanguageVersion.CSharp13);
        var trees = new SyntaxTree[corpus.Files.Count];
        Parallel.For(0, trees.Length, i =>
            trees[i] = CSharpSyntaxTree.ParseText(corpus.Files[i].Text, options, corpus.Files[i].Path));
        return trees;
    }

    public static CSharpCompilation Create(IReadOnlyList<SyntaxTree> trees, bool concurrentBuild)
    {
        var options = new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            nullableContextOptions: NullableContextOptions.Enable,
            optimizationLevel: OptimizationLevel.Release,
            concurrentBuild: concurrentBuild,
            deterministic: true);
        return CSharpCompilation.Create("Contoso.Corpus", trees, FrameworkReferences(), options);
    }

    private static IEnumerable<MetadataReference> FrameworkReferences()
    {
        var directory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        foreach (var path in Directory.GetFiles(directory, "*.dll").OrderBy(p => p, StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            if (!name.StartsWith("System.", StringComparison.Ordinal) && !name.StartsWith("Microsoft.", StringComparison.Ordinal)
                && name is not ("netstandard.dll" or "mscorlib.dll"))
            {
                continue;
            }

            MetadataReference? reference;
            try
            {
                reference = MetadataReference.CreateFromFile(path);
            }
            catch (BadImageFormatException)
            {
                reference = null; // a native library beside the managed ones
            }

            if (reference is not null)
            {
                yield return reference;
            }
        }
    }
}
