using System.Collections.Generic;

namespace SecretAnalyzers.Benchmarks.Corpus;

/// <summary>The generated sources and everything the generator planted in them.</summary>
internal sealed record GeneratedCorpus(IReadOnlyList<CorpusFile> Files, IReadOnlyList<PlantedValue> Planted)
{
    public int TotalLines
    {
        get
        {
            var total = 0;
            foreach (var file in Files)
            {
                total += file.LineCount;
            }

            return total;
        }
    }
}
