using System;
using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;
using SecretAnalyzers.Manifest;

namespace SecretAnalyzers.CodeFixes;

/// <summary>
/// Fixes SEC0005 in a JSON configuration file (<c>appsettings*.json</c>): the value is emptied in the file and the
/// manifest gets an entry (never the value) with the configuration key it served (<c>configKey</c>). The generator
/// then emits <c>Secrets.ConfigurationKeys</c>, and <c>builder.Configuration.AddSecrets(null, Secrets.ConfigurationKeys)</c>
/// serves the secret under the same key, so <c>IConfiguration["Smtp:Password"]</c> keeps working. See docs/rules/SEC0005.md.
/// </summary>
[ExportCodeFixProvider(
    LanguageNames.CSharp,
    Name = nameof(MoveConfigSecretCodeFixProvider),
    DocumentKinds = new[] { nameof(TextDocumentKind.AdditionalDocument) },
    DocumentExtensions = new[] { ".json" })]
[Shared]
public sealed class MoveConfigSecretCodeFixProvider : CodeFixProvider
{
    internal const string SecretsManagerKey = "SecretAnalyzers.MoveConfigValueToSecretsManager";
    internal const string ParameterStoreKey = "SecretAnalyzers.MoveConfigValueToParameterStore";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.SecretInConfigurationFile);

    /// <summary>
    /// None: each fix edits the file and the manifest, so a batch would conflict; and <c>dotnet format</c> does not
    /// fix diagnostics located outside C# files (see docs/rules/SEC0005.md).
    /// </summary>
    public override FixAllProvider? GetFixAllProvider() => null;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var file = context.TextDocument;
        if (!string.Equals(Path.GetExtension(file.FilePath ?? file.Name), ".json", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var manifest = await ManifestTarget.ResolveAsync(file.Project, context.CancellationToken).ConfigureAwait(false);
        if (manifest is null || manifest.DocumentId == file.Id)
        {
            return;
        }

        var text = await file.GetTextAsync(context.CancellationToken).ConfigureAwait(false);
        var defaultStore = SecretFixOptions.Read(file.Project).DefaultStore;
        foreach (var diagnostic in context.Diagnostics)
        {
            if (ReadValue(diagnostic, text) is not { } value)
            {
                continue;
            }

            foreach (var store in defaultStore == SecretStoreKind.ParameterStore
                ? new[] { SecretStoreKind.ParameterStore, SecretStoreKind.SecretsManager }
                : new[] { SecretStoreKind.SecretsManager, SecretStoreKind.ParameterStore })
            {
                var title = (store == SecretStoreKind.ParameterStore ? "Move to Parameter Store (SecureString)" : "Move to AWS Secrets Manager")
                    + ", served as '" + value.Key + "'";
                var solution = file.Project.Solution;
                context.RegisterCodeFix(
                    CodeAction.Create(
                        title,
                        token => MoveAsync(solution, file.Id, value, store, token),
                        store == SecretStoreKind.ParameterStore ? ParameterStoreKey : SecretsManagerKey),
                    diagnostic);
            }
        }
    }

    private static async Task<Solution> MoveAsync(Solution solution, DocumentId fileId, ConfigValue value, SecretStoreKind store, CancellationToken cancellationToken)
    {
        var file = solution.GetAdditionalDocument(fileId);
        var manifest = file is null ? null : await ManifestTarget.ResolveAsync(file.Project, cancellationToken).ConfigureAwait(false);
        if (file is null || manifest is null)
        {
            return solution;
        }

        var taken = manifest.ReadSecretNames();
        var fileName = Path.GetFileName(file.FilePath ?? file.Name);
        var name = ContextNames.PickFreeName(
            ManifestNames.ToPascalCaseIdentifier(value.Key),
            new[] { ManifestNames.ToPascalCaseIdentifier(Path.GetFileNameWithoutExtension(fileName)) },
            taken);
        var entry = new ManifestSecretEntryToAdd(
            name,
            store == SecretStoreKind.ParameterStore ? ManifestFormat.ParameterStore : ManifestFormat.SecretsManager,
            SecretFixOptions.Read(file.Project).CreateId(name, store, manifest.IdPrefix),
            Description: "Moved out of " + fileName + " by the SEC0005 code fix.",
            ConfigKey: value.Key);
        if (!ManifestWriter.TryAddSecret(manifest.Text, entry, out var manifestText, out _))
        {
            return solution; // never leave an emptied value that nothing serves
        }

        var text = await file.GetTextAsync(cancellationToken).ConfigureAwait(false);
        solution = solution.WithAdditionalDocumentText(fileId, text.WithChanges(new TextChange(value.Span, string.Empty)));
        return manifest.Apply(solution, manifestText);
    }

    /// <summary>The key and the whole value's span (inside its quotes) the analyzer passed, checked against the file.</summary>
    private static ConfigValue? ReadValue(Diagnostic diagnostic, SourceText text)
    {
        if (!diagnostic.Properties.TryGetValue(DiagnosticPropertyKeys.ConfigKey, out var key) || string.IsNullOrEmpty(key)
            || !diagnostic.Properties.TryGetValue(DiagnosticPropertyKeys.ValueStart, out var startText)
            || !diagnostic.Properties.TryGetValue(DiagnosticPropertyKeys.ValueLength, out var lengthText)
            || !int.TryParse(startText, NumberStyles.None, CultureInfo.InvariantCulture, out var start)
            || !int.TryParse(lengthText, NumberStyles.None, CultureInfo.InvariantCulture, out var length)
            || start < 1 || length <= 0 || start + length >= text.Length
            || text[start - 1] != '"' || text[start + length] != '"')
        {
            return null; // not a JSON string value (an XML attribute or a .env line), or the file changed since
        }

        return new ConfigValue(key!, new TextSpan(start, length));
    }

    private sealed class ConfigValue
    {
        public ConfigValue(string key, TextSpan span)
        {
            Key = key;
            Span = span;
        }

        public string Key { get; }

        public TextSpan Span { get; }
    }
}
