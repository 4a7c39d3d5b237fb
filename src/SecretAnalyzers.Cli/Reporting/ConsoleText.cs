using System.Globalization;
using System.Text;

namespace SecretAnalyzers.Cli.Reporting;

/// <summary>
/// Text for a terminal or a CI log: control characters (ESC sequences, CR, line breaks, NUL) from scanned input —
/// configuration keys, file names — are written as <c>\uXXXX</c>, so a scanned file can neither forge log lines nor
/// send terminal or CI commands.
/// </summary>
internal static class ConsoleText
{
    public static string Escape(string text)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!char.IsControl(c) && c is not ('\u2028' or '\u2029'))
            {
                builder?.Append(c);
                continue;
            }

            builder ??= new StringBuilder(text, 0, i, text.Length + 8);
            builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
        }

        return builder?.ToString() ?? text;
    }
}
