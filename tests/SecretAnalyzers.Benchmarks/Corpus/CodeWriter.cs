using System.Collections.Generic;
using System.Text;

namespace SecretAnalyzers.Benchmarks.Corpus;

/// <summary>
/// Builds one source file with indentation and knows the current line number, so planted literals can be
/// located later without re-parsing.
/// </summary>
internal sealed class CodeWriter
{
    private readonly StringBuilder _text = new();
    private readonly List<PlantedValue> _planted;
    private int _indent;

    public CodeWriter(string path, List<PlantedValue> planted)
    {
        Path = path;
        _planted = planted;
    }

    public string Path { get; }

    /// <summary>1-based number of the line the next <see cref="Line(string)"/> call writes.</summary>
    public int CurrentLine { get; private set; } = 1;

    public void Line(string text)
    {
        if (text.Length > 0)
        {
            _text.Append(' ', _indent * 4);
        }

        _text.Append(text).Append('\n');
        CurrentLine += 1 + CountNewLines(text);
    }

    public void Line() => Line(string.Empty);

    /// <summary>Writes <paramref name="text"/> and records that its line carries a planted value.</summary>
    public void Plant(string text, string category, bool isSecret, string? expectedRule, string secretPart)
    {
        _planted.Add(new PlantedValue(Path, CurrentLine, category, isSecret, expectedRule, secretPart));
        Line(text);
    }

    public void Open(string header)
    {
        Line(header);
        Line("{");
        _indent++;
    }

    public void Close(string suffix = "")
    {
        _indent--;
        Line("}" + suffix);
    }

    public CorpusFile ToFile() => new(Path, _text.ToString(), CurrentLine - 1);

    private static int CountNewLines(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (c == '\n')
            {
                count++;
            }
        }

        return count;
    }
}
