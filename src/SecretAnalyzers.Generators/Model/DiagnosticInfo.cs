using Microsoft.CodeAnalysis;
using SecretAnalyzers.Manifest;

namespace SecretAnalyzers.Generators.Model;

/// <summary>A diagnostic in a cacheable form (a raw <see cref="Diagnostic"/> holds a <see cref="Location"/>).</summary>
internal sealed record DiagnosticInfo(DiagnosticDescriptor Descriptor, LocationInfo? Location, EquatableArray<string> MessageArguments)
{
    public Diagnostic ToDiagnostic() =>
        Diagnostic.Create(Descriptor, Location?.ToLocation(), MessageArguments.Count == 0 ? null : MessageArguments.ToArray());
}
