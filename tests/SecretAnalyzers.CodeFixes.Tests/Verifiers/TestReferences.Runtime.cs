using Microsoft.CodeAnalysis;

namespace SecretAnalyzers.Testing;

/// <summary>The code fix tests compile the generated accessors, which call SecretAnalyzers.Runtime.</summary>
internal static partial class TestReferences
{
    public static readonly MetadataReference Runtime =
        MetadataReference.CreateFromFile(typeof(SecretAnalyzers.Runtime.SecretProvider).Assembly.Location);
}
