using System;
using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SecretAnalyzers.Detection;

namespace SecretAnalyzers.Analyzers;

/// <summary>
/// The detection options of each syntax tree for one compilation. Trees under the same .editorconfig share one
/// <see cref="DetectionOptions"/> (and its compiled regexes and name cache): the options are read per tree, but built
/// once per distinct set of values.
/// </summary>
internal sealed class DetectionOptionsCache
{
    private readonly AnalyzerConfigOptionsProvider _provider;
    private readonly ConcurrentDictionary<string, DetectionOptions> _bySignature = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<SyntaxTree, DetectionOptions> _byTree = new();

    public DetectionOptionsCache(AnalyzerConfigOptionsProvider provider) => _provider = provider;

    public DetectionOptions For(SyntaxTree tree) =>
        _byTree.TryGetValue(tree, out DetectionOptions? cached) ? cached : _byTree.GetOrAdd(tree, Create(tree));

    private DetectionOptions Create(SyntaxTree tree)
    {
        Func<string, string?> read = AnalyzerOptionReader.ForFile(_provider.GetOptions(tree), _provider.GlobalOptions);
        string signature = string.Join(
            "\u0001",
            read(OptionKeys.AdditionalCredentialWords),
            read(OptionKeys.IgnoredValues),
            read(OptionKeys.IgnoredPatterns),
            read(OptionKeys.EntropyThreshold),
            read(OptionKeys.TestCode));
        return _bySignature.GetOrAdd(signature, _ => DetectionOptions.Create(read));
    }
}
