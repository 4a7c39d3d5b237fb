using System;
using System.Diagnostics;
using System.IO;

namespace SecretAnalyzers.Cli.Scanning;

/// <summary>
/// A one-line progress display on stderr (<c>[3/12] Scanning MyApp…</c>), redrawn in place. Only for a person at a
/// terminal: when stderr is redirected (CI logs, tests) nothing is written, so logs stay clean.
/// </summary>
internal sealed class ScanProgress : IDisposable
{
    private static readonly TimeSpan StartDelay = TimeSpan.FromMilliseconds(300);

    private readonly TextWriter? _writer;
    private readonly Stopwatch _stopwatch = Stopwatch.StartNew();
    private int _lastLength;

    private ScanProgress(TextWriter? writer)
    {
        _writer = writer;
    }

    /// <summary>A progress display on <paramref name="error"/> if it is the interactive console's stderr, else a silent one.</summary>
    public static ScanProgress Create(TextWriter error, bool isConsoleError) =>
        new(isConsoleError && !Console.IsErrorRedirected ? error : null);

    public void Report(int current, int total, string unitName)
    {
        // Short scans finish before the first redraw would be seen; do not flicker for them.
        if (_writer is null || _stopwatch.Elapsed < StartDelay)
        {
            return;
        }

        var line = $"[{current}/{total}] Scanning {unitName}…";
        var width = Math.Max(20, SafeWindowWidth() - 1);
        if (line.Length > width)
        {
            line = line.Substring(0, width - 1) + "…";
        }

        _writer.Write("\r" + line.PadRight(_lastLength));
        _lastLength = line.Length;
    }

    public void Dispose()
    {
        if (_writer is not null && _lastLength > 0)
        {
            _writer.Write("\r" + new string(' ', _lastLength) + "\r");
            _writer.Flush();
        }
    }

    private static int SafeWindowWidth()
    {
        try
        {
            return Console.WindowWidth > 0 ? Console.WindowWidth : 80;
        }
        catch (IOException)
        {
            return 80;
        }
    }
}
