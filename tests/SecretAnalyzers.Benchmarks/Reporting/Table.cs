using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace SecretAnalyzers.Benchmarks.Reporting;

/// <summary>A plain-text table with aligned columns (also valid Markdown, so it can go into docs as is).</summary>
internal sealed class Table
{
    private readonly string[] _headers;
    private readonly List<string[]> _rows = new();

    public Table(params string[] headers) => _headers = headers;

    public void Add(params string[] cells) => _rows.Add(cells);

    public override string ToString()
    {
        var widths = _headers.Select((h, i) => Math.Max(h.Length, _rows.Count == 0 ? 0 : _rows.Max(r => i < r.Length ? r[i].Length : 0))).ToArray();
        var text = new StringBuilder();
        Row(text, _headers, widths);
        text.Append('|');
        foreach (var width in widths)
        {
            text.Append(new string('-', width + 2)).Append('|');
        }

        text.AppendLine();
        foreach (var row in _rows)
        {
            Row(text, row, widths);
        }

        return text.ToString();
    }

    private static void Row(StringBuilder text, string[] cells, int[] widths)
    {
        text.Append('|');
        for (var i = 0; i < widths.Length; i++)
        {
            var cell = i < cells.Length ? cells[i] : string.Empty;
            text.Append(' ').Append(cell.PadRight(widths[i])).Append(" |");
        }

        text.AppendLine();
    }
}
