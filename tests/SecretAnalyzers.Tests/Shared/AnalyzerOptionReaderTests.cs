using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Xml.Linq;

namespace SecretAnalyzers.Tests.Shared;

public class AnalyzerOptionReaderTests
{
    /// <summary>The package's props advertise an MSBuild spelling for options; each must map back from an option key.</summary>
    [Fact]
    public void EveryAdvertisedMsBuildPropertyIsReadForAnOptionKey()
    {
        string props = Path.Combine(CatalogTests.RepositoryRoot(), "src", "SecretAnalyzers.Package", "buildTransitive", "SecretAnalyzers.props");
        List<string> advertised = XDocument.Load(props).Descendants("CompilerVisibleProperty")
            .Select(e => (string)e.Attribute("Include")!)
            .Where(name => name.StartsWith("SecretAnalyzers", StringComparison.Ordinal))
            .ToList();
        HashSet<string?> read = typeof(OptionKeys).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.Name != nameof(OptionKeys.Prefix))
            .Select(f => AnalyzerOptionReader.ToBuildProperty((string)f.GetRawConstantValue()!))
            .ToHashSet();

        Assert.True(advertised.Count >= 8, string.Join(", ", advertised));
        Assert.All(advertised, name => Assert.Contains("build_property." + name, read));
    }

    [Fact]
    public void FileKeyWinsThenGlobalKeyThenBuildProperty()
    {
        var file = new DictionaryOptions(("secret_analyzers.id_prefix", "file/"));
        var global = new DictionaryOptions(("secret_analyzers.id_prefix", "global/"), ("build_property.SecretAnalyzersIdPrefix", "msbuild/"),
            ("build_property.SecretAnalyzersDefaultStore", "parameterstore"));

        Assert.Equal("file/", AnalyzerOptionReader.Read(file, global, OptionKeys.IdPrefix));
        Assert.Equal("global/", AnalyzerOptionReader.ReadGlobal(global, OptionKeys.IdPrefix));
        Assert.Equal("parameterstore", AnalyzerOptionReader.Read(file, global, OptionKeys.DefaultStore));
        Assert.Null(AnalyzerOptionReader.Read(file, global, OptionKeys.TestCode));
    }

    [Fact]
    public void BlankBuildPropertiesAndMetadataAreUnset()
    {
        var options = new DictionaryOptions(("build_property.RootNamespace", "  "), ("build_metadata.AdditionalFiles.SecretAnalyzersManifest", ""),
            ("build_property.SecretAnalyzersTestCode", ""));

        Assert.Null(AnalyzerOptionReader.ReadBuildProperty(options, "RootNamespace"));
        Assert.Null(AnalyzerOptionReader.ReadItemMetadata(options, "AdditionalFiles", "SecretAnalyzersManifest"));
        Assert.Null(AnalyzerOptionReader.ReadGlobal(options, OptionKeys.TestCode));
        Assert.Equal("App", AnalyzerOptionReader.ReadBuildProperty(new DictionaryOptions(("build_property.RootNamespace", " App ")), "RootNamespace"));
    }

    private sealed class DictionaryOptions : Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions
    {
        private readonly Dictionary<string, string> _values;

        public DictionaryOptions(params (string Key, string Value)[] values) =>
            _values = values.ToDictionary(v => v.Key, v => v.Value, KeyComparer);

        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) =>
            _values.TryGetValue(key, out value);
    }
}
