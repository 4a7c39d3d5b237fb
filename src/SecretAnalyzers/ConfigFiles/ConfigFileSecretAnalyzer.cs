using System;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SecretAnalyzers.Detection;

namespace SecretAnalyzers.ConfigFiles;

/// <summary>
/// SEC0005: runs the detection engine over the values of configuration files passed as AdditionalFiles
/// (appsettings*.json, web.config / app.config, .env) and reports the value's exact location, masked.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ConfigFileSecretAnalyzer : DiagnosticAnalyzer
{
    /// <summary>
    /// Per-file severity for config-file diagnostics. The compiler applies .editorconfig <c>dotnet_diagnostic.*</c>
    /// severities per syntax tree only, so they never reach diagnostics located in AdditionalFiles; this option does.
    /// </summary>
    internal const string SeverityOption = OptionKeys.ConfigFileSeverity;

    /// <summary>The item metadata that forces (json, xml, env) or prevents (false) scanning an AdditionalFiles item.</summary>
    internal const string ConfigFileMetadata = "SecretAnalyzersConfigFile";

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.SecretInConfigurationFile);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterAdditionalFileAction(AnalyzeFile);
    }

    private static void AnalyzeFile(AdditionalFileAnalysisContext context)
    {
        var file = context.AdditionalFile;
        var options = context.Options.AnalyzerConfigOptionsProvider.GetOptions(file);
        var explicitKind = AnalyzerOptionReader.ReadItemMetadata(options, "AdditionalFiles", ConfigFileMetadata);
        var kind = ConfigFileKinds.FromPath(file.Path, explicitKind);
        if (kind == ConfigFileKind.None)
        {
            return;
        }

        var text = file.GetText(context.CancellationToken);
        if (text is null)
        {
            return;
        }

        var globalOptions = context.Options.AnalyzerConfigOptionsProvider.GlobalOptions;
        var severity = ParseSeverity(AnalyzerOptionReader.Read(options, globalOptions, SeverityOption));
        if (severity == ConfiguredSeverity.None)
        {
            return;
        }

        var detectionOptions = DetectionOptions.Create(AnalyzerOptionReader.ForFile(options, globalOptions));
        if (!detectionOptions.ReportTestCode && Analyzers.TestCodeDetector.IsTestCompilation(context.Compilation))
        {
            // secret_analyzers.test_code = ignore: a test project's appsettings.json holds fixtures, like its code.
            return;
        }

        var effectiveSeverity = severity == ConfiguredSeverity.Default
            ? DiagnosticDescriptors.SecretInConfigurationFile.DefaultSeverity
            : (DiagnosticSeverity)severity;
        foreach (var diagnostic in FindSecrets(file.Path, text, kind, detectionOptions, context.CancellationToken, effectiveSeverity))
        {
            context.ReportDiagnostic(diagnostic);
        }
    }

    /// <summary>The SEC0005 diagnostics for one file: each value through the detection engine, located in the file.</summary>
    private static ImmutableArray<Diagnostic> FindSecrets(
        string path,
        SourceText text,
        ConfigFileKind kind,
        DetectionOptions options,
        CancellationToken cancellationToken,
        DiagnosticSeverity severity)
    {
        var content = text.ToString();
        var builder = ImmutableArray.CreateBuilder<Diagnostic>();
        foreach (var entry in ConfigFileReader.Read(kind, content))
        {
            cancellationToken.ThrowIfCancellationRequested();
            SecretFinding? finding;
            try
            {
                finding = SecretScanner.Analyze(entry.Key, entry.Value, options);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A detector bug on one odd value must not take down the whole build's analysis of this file.
                continue;
            }

            if (finding is null || finding.IsDocumentedExample)
            {
                continue;
            }

            var (start, length) = entry.MapToFile(finding.Start, finding.Length);
            if (start < 0 || start + length > text.Length)
            {
                continue;
            }

            var span = new TextSpan(start, length);
            var location = Location.Create(path, span, text.Lines.GetLinePositionSpan(span));
            var properties = ImmutableDictionary.CreateBuilder<string, string?>();
            properties.Add(DiagnosticPropertyKeys.SecretKind, finding.Kind.ToString());
            if (finding.SuggestedName is not null)
            {
                properties.Add(DiagnosticPropertyKeys.SuggestedName, finding.SuggestedName);
            }

            builder.Add(Diagnostic.Create(
                DiagnosticDescriptors.SecretInConfigurationFile,
                location,
                severity,
                additionalLocations: null,
                properties.ToImmutable(),
                finding.Description,
                finding.MaskedValue,
                entry.Key));
        }

        return builder.ToImmutable();
    }

    private static ConfiguredSeverity ParseSeverity(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "error" => ConfiguredSeverity.Error,
        "warning" => ConfiguredSeverity.Warning,
        "suggestion" or "info" => ConfiguredSeverity.Info,
        "silent" or "hidden" or "refactoring" => ConfiguredSeverity.Hidden,
        "none" => ConfiguredSeverity.None,
        _ => ConfiguredSeverity.Default,
    };

    /// <summary>The values of <see cref="SeverityOption"/>; the first four equal <see cref="DiagnosticSeverity"/>.</summary>
    private enum ConfiguredSeverity
    {
        Hidden = DiagnosticSeverity.Hidden,
        Info = DiagnosticSeverity.Info,
        Warning = DiagnosticSeverity.Warning,
        Error = DiagnosticSeverity.Error,
        None = 100,
        Default = 101,
    }
}
