using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace SecretAnalyzers.Manifest;

/// <summary>Turns offsets into zero-based line/character positions, with the same line breaks Roslyn's SourceText uses.</summary>
internal sealed class LineMap
{
    private readonly List<int> _lineStarts = new() { 0 };
    private readonly string _path;
    private readonly int _length;

    public LineMap(string text, string path)
    {
        _path = path;
        _length = text.Length;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                _lineStarts.Add(i + 1);
            }
            else if (c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    public LinePosition GetPosition(int offset)
    {
        var index = _lineStarts.BinarySearch(offset);
        var line = index >= 0 ? index : ~index - 1;
        return new LinePosition(line, offset - _lineStarts[line]);
    }

    public LocationInfo GetLocation(int start, int length)
    {
        start = start < 0 ? 0 : start > _length ? _length : start;
        length = length < 0 ? 0 : start + length > _length ? _length - start : length;
        return new LocationInfo(
            _path,
            new TextSpan(start, length),
            new LinePositionSpan(GetPosition(start), GetPosition(start + length)));
    }
}
