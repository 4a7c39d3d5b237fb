namespace SecretAnalyzers.Benchmarks.Corpus;

/// <summary>One generated C# source file.</summary>
internal sealed record CorpusFile(string Path, string Text, int LineCount);
