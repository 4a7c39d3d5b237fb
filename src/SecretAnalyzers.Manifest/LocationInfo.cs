using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SecretAnalyzers.Text;

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

    /// <summary>The location of <paramref name="length"/> characters at <paramref name="start"/>, clamped into the text.</summary>
    public static LocationInfo Create(string path, LineTable lines, int start, int length)
    {
        var span = lines.Clamp(start, length);
        return new LocationInfo(path, span, lines.GetLineSpan(span));
    }
}
