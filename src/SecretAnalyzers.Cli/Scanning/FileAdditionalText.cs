using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace SecretAnalyzers.Cli.Scanning;

/// <summary>A configuration file handed to the analyzers as an AdditionalFiles item, as the build does.</summary>
internal sealed class FileAdditionalText : AdditionalText
{
    private readonly SourceText _text;

    public FileAdditionalText(string path, SourceText text)
    {
        Path = path;
        _text = text;
    }

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}
