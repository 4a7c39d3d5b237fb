using System;
using System.IO;

namespace SecretAnalyzers.Cli.Tests;

/// <summary>A temporary folder with helpers to write files into it; deleted on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "secretanalyzers-cli-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(Path);

        // Keep .editorconfig files above the temp folder out of the tests.
        Write(".editorconfig", "root = true\n");
    }

    public string Path { get; }

    public string Write(string relativePath, string content)
    {
        var full = Combine(relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content);
        return full;
    }

    public string Combine(string relativePath) => System.IO.Path.Combine(Path, relativePath);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
