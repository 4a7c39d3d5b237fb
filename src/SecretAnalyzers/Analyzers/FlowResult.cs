using Microsoft.CodeAnalysis;
using SecretAnalyzers.Detection;

namespace SecretAnalyzers.Analyzers;

/// <summary>A value that reached a sink which makes it a secret: the finding, the sink, and where the value arrives.</summary>
internal sealed class FlowResult
{
    public FlowResult(SecretFinding finding, SecretSink sink, Location sinkLocation)
    {
        Finding = finding;
        Sink = sink;
        SinkLocation = sinkLocation;
    }

    public SecretFinding Finding { get; }

    public SecretSink Sink { get; }

    /// <summary>The read of the value at the sink; always inside the compilation being analysed.</summary>
    public Location SinkLocation { get; }
}
