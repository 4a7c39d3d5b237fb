using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.Text;

namespace SecretAnalyzers.Cli.History;

/// <summary>
/// A C# or configuration blob as one commit left it, with the (1-based) lines that commit added and those of them the
/// prefilter or the line-level pass found suspicious.
/// </summary>
internal sealed record AddedBlob(
    int Ordinal, string RelativePath, string FullPath, SourceText Text, bool IsSource, HashSet<int> AddedLines, HashSet<int> SuspiciousLines)
{
    /// <summary>Whether a finding spanning these (0-based) lines touches an added line.</summary>
    public bool Touches(int startLine, int endLine)
    {
        for (var line = startLine; line <= endLine; line++)
        {
            if (AddedLines.Contains(line + 1))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The suspicious lines as spans of <see cref="Text"/>, neighbours a few lines apart joined into one span.</summary>
    public IReadOnlyList<TextSpan> SuspiciousSpans()
    {
        const int JoinGap = 3;
        var spans = new List<TextSpan>();
        var lines = Text.Lines;
        int start = -1, end = -1;
        foreach (var line in SuspiciousLines.Where(l => l >= 1 && l <= lines.Count).OrderBy(l => l))
        {
            if (start >= 0 && line - end > JoinGap)
            {
                spans.Add(TextSpan.FromBounds(lines[start - 1].Start, lines[end - 1].End));
                start = -1;
            }

            start = start < 0 ? line : start;
            end = line;
        }

        if (start >= 0)
        {
            spans.Add(TextSpan.FromBounds(lines[start - 1].Start, lines[end - 1].End));
        }

        return spans;
    }
}
