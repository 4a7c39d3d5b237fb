using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SecretAnalyzers.Generators;
using SecretAnalyzers.Manifest;

// Stopwatch benchmark of the secrets generator (on demand, not part of CI):
//   dotnet run -c Release --project tests/SecretAnalyzers.Generators.Benchmarks [-- entries iterations]
// Measures a full generation from a large manifest, the incremental run after an unrelated C# edit (which must be
// all cache hits), a one-entry manifest edit, and the shared parser/writer on their own.
var entries = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1000;
var iterations = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 30;
var manifestText = LargeManifest.Create(entries);
var manifest = new TextFile("/bench/secrets.manifest.json", manifestText);
var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
    .Where(path => path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
    .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
    .ToList();
var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
var sources = Enumerable.Range(0, 50)
    .Select(i => CSharpSyntaxTree.ParseText("namespace Bench; public class C" + i + " { public int M() => " + i + "; }", parseOptions, "/bench/C" + i + ".cs"))
    .ToList();
var compilation = CSharpCompilation.Create("Bench", sources, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

GeneratorDriver NewDriver() => CSharpGeneratorDriver.Create(
    new[] { new SecretsGenerator().AsSourceGenerator() },
    new AdditionalText[] { manifest },
    parseOptions,
    new Options(),
    new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));

Console.WriteLine($"Manifest: {entries} entries, {manifestText.Length / 1024.0:F0} KiB; {iterations} iterations each; .NET {Environment.Version}, {Environment.ProcessorCount} cores");

var check = NewDriver().RunGenerators(compilation).GetRunResult();
var generated = check.Results.Single().GeneratedSources.Single().SourceText;
Console.WriteLine($"Generated: {generated.Length / 1024.0:F0} KiB, {generated.Lines.Count} lines, {check.Diagnostics.Length} diagnostics");

Measure("Full generation (new driver: read, parse, plan, emit)", () => NewDriver().RunGenerators(compilation));

var warm = NewDriver().RunGenerators(compilation);
var oldTree = compilation.SyntaxTrees.First();
var toggled = false;
Measure("Incremental run after an unrelated C# edit", () =>
{
    toggled = !toggled;
    var newTree = oldTree.WithChangedText(SourceText.From("namespace Bench; public class C0 { public int M() => " + (toggled ? 1 : 2) + "; }"));
    warm = warm.RunGenerators(compilation.ReplaceSyntaxTree(oldTree, newTree));
});

AdditionalText current = manifest;
var edit = 0;
Measure("Incremental run after a one-entry manifest edit", () =>
{
    var next = new TextFile(manifest.Path, manifestText.Replace("\"id\": \"app/secret-0\"", "\"id\": \"app/secret-0-" + edit++ + "\""));
    warm = warm.ReplaceAdditionalText(current, next).RunGenerators(compilation);
    current = next;
});

Measure("ManifestParser.Parse alone", () => ManifestParser.Parse(manifestText, manifest.Path));
Measure("ManifestWriter.AddSecret alone", () => ManifestWriter.AddSecret(manifestText, new ManifestSecretEntryToAdd("NewSecret", "secretsmanager", "app/new")));

void Measure(string name, Action action)
{
    for (var i = 0; i < 3; i++)
    {
        action();
    }

    var times = new List<double>(iterations);
    for (var i = 0; i < iterations; i++)
    {
        var stopwatch = Stopwatch.StartNew();
        action();
        times.Add(stopwatch.Elapsed.TotalMilliseconds);
    }

    times.Sort();
    Console.WriteLine($"{name,-55} median {times[times.Count / 2],8:F2} ms   min {times[0],8:F2} ms   p90 {times[(int)(times.Count * 0.9)],8:F2} ms");
}

internal static class LargeManifest
{
    /// <summary>A quarter of the entries are typed JSON secrets with six fields; the rest mix both stores.</summary>
    public static string Create(int entries)
    {
        var builder = new StringBuilder();
        builder.Append("{\n  // benchmark manifest\n  \"className\": \"Secrets\",\n  \"namespace\": \"Bench\",\n  \"defaults\": { \"ttl\": \"5m\" },\n  \"secrets\": {\n");
        for (var i = 0; i < entries; i++)
        {
            builder.Append("    \"Secret").Append(i).Append("\": { ");
            switch (i % 4)
            {
                case 0:
                    builder.Append("\"id\": \"app/secret-").Append(i).Append("\", \"fields\": { \"username\": \"string\", \"password\": \"string\", \"host\": \"string\", \"port\": \"int\", \"dbname\": \"string?\", \"engine\": \"string\" }");
                    break;
                case 1:
                    builder.Append("\"source\": \"parameterstore\", \"id\": \"/app/secret-").Append(i).Append("\", \"ttl\": \"1h\"");
                    break;
                case 2:
                    builder.Append("\"id\": \"app/secret-").Append(i).Append("\", \"jsonKey\": \"password\", \"description\": \"Secret number ").Append(i).Append('"');
                    break;
                default:
                    builder.Append("\"id\": \"app/secret-").Append(i).Append("\", \"versionStage\": \"AWSCURRENT\"");
                    break;
            }

            builder.Append(i == entries - 1 ? " }\n" : " },\n");
        }

        builder.Append("  }\n}\n");
        return builder.ToString();
    }
}

internal sealed class TextFile : AdditionalText
{
    private readonly SourceText _text;

    public TextFile(string path, string text)
    {
        Path = path;
        _text = SourceText.From(text);
    }

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}

internal sealed class Options : AnalyzerConfigOptionsProvider
{
    public override AnalyzerConfigOptions GlobalOptions { get; } = new Values(ImmutableDictionary<string, string>.Empty.Add("build_property.RootNamespace", "Bench"));

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Values.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Values.Empty;

    private sealed class Values : AnalyzerConfigOptions
    {
        public static readonly Values Empty = new(ImmutableDictionary<string, string>.Empty);
        private readonly ImmutableDictionary<string, string> _values;

        public Values(ImmutableDictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) =>
            _values.TryGetValue(key, out value);
    }
}
