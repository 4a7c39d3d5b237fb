using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SecretAnalyzers.Generators.Tests.TestHelpers;

/// <summary>Global build properties and per-AdditionalFile metadata, as MSBuild would pass them.</summary>
internal sealed class TestOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly Dictionary<string, Dictionary<string, string>> _fileOptions;

    public TestOptionsProvider(IDictionary<string, string>? global = null, IDictionary<string, IDictionary<string, string>>? files = null)
    {
        GlobalOptions = new DictionaryOptions(new Dictionary<string, string>(global ?? new Dictionary<string, string>()));
        _fileOptions = (files ?? new Dictionary<string, IDictionary<string, string>>())
            .ToDictionary(pair => pair.Key, pair => new Dictionary<string, string>(pair.Value), StringComparer.Ordinal);
    }

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => DictionaryOptions.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        _fileOptions.TryGetValue(textFile.Path, out var options) ? new DictionaryOptions(options) : DictionaryOptions.Empty;

    private sealed class DictionaryOptions : AnalyzerConfigOptions
    {
        public static readonly DictionaryOptions Empty = new(new Dictionary<string, string>());

        private readonly Dictionary<string, string> _values;

        public DictionaryOptions(Dictionary<string, string> values)
        {
            _values = values;
        }

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
    }
}
