using System.Collections.Generic;

namespace SecretAnalyzers.ConfigFiles;

/// <summary>Turns 1-based line/column positions (as XML line info reports them) into offsets in the text.</summary>
internal sealed class TextOffsets
{
    private readonly List<int> _lineStarts = new() { 0 };
    private readonly int _length;

    public TextOffsets(string text)
    {
        _length = text.Length;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                continue; // the '\n' ends this line
            }

            if (c is '\r' or '\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    /// <summary>The offset, or -1 when the position lies outside the text.</summary>
    public int ToOffset(int line, int column)
    {
        if (line < 1 || line > _lineStarts.Count || column < 1)
        {
            return -1;
        }

        var offset = _lineStarts[line - 1] + column - 1;
        return offset <= _length ? offset : -1;
    }
}
