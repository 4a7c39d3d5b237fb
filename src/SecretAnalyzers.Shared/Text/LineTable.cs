using Microsoft.CodeAnalysis.Text;

namespace SecretAnalyzers.Text;

/// <summary>
/// Offsets ↔ line positions for a text that is not a syntax tree (the manifest, configuration files), on Roslyn's own
/// <see cref="SourceText.Lines"/> so that every location agrees with the compiler's line breaks.
/// </summary>
internal sealed class LineTable
{
    private readonly SourceText _text;

    public LineTable(string text)
    {
        _text = SourceText.From(text);
    }

    public int Length => _text.Length;

    /// <summary>The span clamped into the text, so a location never points past its end.</summary>
    public TextSpan Clamp(int start, int length)
    {
        start = start < 0 ? 0 : start > _text.Length ? _text.Length : start;
        length = length < 0 ? 0 : start + length > _text.Length ? _text.Length - start : length;
        return new TextSpan(start, length);
    }

    /// <summary>Zero-based line and character of an offset.</summary>
    public LinePosition GetPosition(int offset) => _text.Lines.GetLinePosition(offset);

    public LinePositionSpan GetLineSpan(TextSpan span) => _text.Lines.GetLinePositionSpan(span);

    /// <summary>The offset of a one-based line/column (as XML line info reports it), or -1 outside the text.</summary>
    public int ToOffset(int line, int column)
    {
        if (line < 1 || line > _text.Lines.Count || column < 1)
        {
            return -1;
        }

        var offset = _text.Lines[line - 1].Start + column - 1;
        return offset <= _text.Length ? offset : -1;
    }
}
