using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SecretAnalyzers.Cli.Scanning;

/// <summary>
/// The .editorconfig files that apply to scanned files, read the way the compiler reads them: every .editorconfig
/// from the file's folder up to the first <c>root = true</c>. Gives the analyzers their <c>secret_analyzers.*</c>
/// options and the CLI the <c>dotnet_diagnostic.SECxxxx.severity</c> settings.
/// </summary>
internal sealed class EditorConfigOptions
{
    private readonly ConcurrentDictionary<string, AnalyzerConfigSet> _setsByDirectory = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (AnalyzerConfig Config, bool IsRoot)?> _configsByPath = new(StringComparer.Ordinal);

    public AnalyzerConfigOptionsResult GetOptions(string filePath)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(filePath)) ?? string.Empty;
        var set = _setsByDirectory.GetOrAdd(directory, CreateSet);
        return set.GetOptionsForSourcePath(filePath);
    }

    /// <summary>The effective severity for <paramref name="ruleId"/> in <paramref name="filePath"/>, if configured.</summary>
    public ReportDiagnostic? GetSeverity(string filePath, string ruleId)
    {
        var options = GetOptions(filePath);
        return options.TreeOptions.TryGetValue(ruleId, out var severity) ? severity : null;
    }

    private AnalyzerConfigSet CreateSet(string directory)
    {
        var configs = new List<AnalyzerConfig>();
        for (var current = directory; !string.IsNullOrEmpty(current); current = Path.GetDirectoryName(current))
        {
            var config = _configsByPath.GetOrAdd(Path.Combine(current, ".editorconfig"), Read);
            if (config is null)
            {
                continue;
            }

            configs.Add(config.Value.Config);
            if (config.Value.IsRoot)
            {
                break;
            }
        }

        return AnalyzerConfigSet.Create(configs);
    }

    private static (AnalyzerConfig Config, bool IsRoot)? Read(string path)
    {
        try
        {
            if (!File.Exists(path))
            {
                return null;
            }

            var text = File.ReadAllText(path);
            return (AnalyzerConfig.Parse(text, path), DeclaresRoot(text));
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary><c>root = true</c> in the preamble (before the first section), as the compiler reads it.</summary>
    private static bool DeclaresRoot(string text)
    {
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.Trim();
            if (line.StartsWith('['))
            {
                return false;
            }

            var equals = line.IndexOf('=');
            if (equals > 0 && !line.StartsWith('#') && !line.StartsWith(';')
                && line[..equals].Trim().Equals("root", StringComparison.OrdinalIgnoreCase)
                && line[(equals + 1)..].Trim().Equals("true", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The options as the analyzers see them through <see cref="AnalyzerOptions"/>.</summary>
    public AnalyzerConfigOptionsProvider CreateProvider() => new Provider(this);

    private sealed class Provider : AnalyzerConfigOptionsProvider
    {
        private readonly EditorConfigOptions _owner;

        public Provider(EditorConfigOptions owner) => _owner = owner;

        public override AnalyzerConfigOptions GlobalOptions { get; } = new DictionaryOptions(ImmutableDictionary<string, string>.Empty);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => ForPath(tree.FilePath);

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => ForPath(textFile.Path);

        private AnalyzerConfigOptions ForPath(string path) =>
            string.IsNullOrEmpty(path)
                ? GlobalOptions
                : new DictionaryOptions(_owner.GetOptions(path).AnalyzerOptions);
    }

    private sealed class DictionaryOptions : AnalyzerConfigOptions
    {
        private readonly ImmutableDictionary<string, string> _values;

        public DictionaryOptions(ImmutableDictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, out string value) =>
            _values.TryGetValue(key, out value!);
    }
}
