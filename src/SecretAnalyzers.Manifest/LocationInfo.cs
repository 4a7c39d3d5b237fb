using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace SecretAnalyzers.Manifest;

/// <summary>
/// A cacheable location inside the manifest file. The generator model must not hold a <see cref="Location"/>;
/// this record is turned into one only when a diagnostic is reported.
/// </summary>
internal sealed record LocationInfo(string FilePath, TextSpan TextSpan, LinePositionSpan LineSpan)
{
    /// <summary>No location: used where a model must not change when only positions in the manifest move.</summary>
    public static LocationInfo None { get; } = new(string.Empty, default, default);

    public Location ToLocation() => Location.Create(FilePath, TextSpan, LineSpan);
}
