using System;
using Microsoft.CodeAnalysis;
using SecretAnalyzers.ConfigFiles;
using SecretAnalyzers.Detection;
using SecretAnalyzers.Manifest;

namespace SecretAnalyzers.CodeFixes;

/// <summary>The .editorconfig options the fixes read for one document (<c>secret_analyzers.id_prefix</c>, <c>default_store</c>).</summary>
internal sealed class SecretFixOptions
{
    private SecretFixOptions(string idPrefix, SecretStoreKind defaultStore)
    {
        IdPrefix = idPrefix;
        DefaultStore = defaultStore;
    }

    /// <summary>Prefix of new secret ids, e.g. <c>myapp/prod/</c>; empty when not configured.</summary>
    public string IdPrefix { get; }

    /// <summary>The store whose fix is offered first (and applied by <c>dotnet format</c>).</summary>
    public SecretStoreKind DefaultStore { get; }

    /// <summary>The project-wide options (global config and build properties), for files that are not C#.</summary>
    public static SecretFixOptions Read(Project project) => Read(project, null);

    public static SecretFixOptions Read(Document document, SyntaxTree? tree) => Read(document.Project, tree);

    private static SecretFixOptions Read(Project project, SyntaxTree? tree)
    {
        var provider = project.AnalyzerOptions.AnalyzerConfigOptionsProvider;
        var fileOptions = tree is null ? provider.GlobalOptions : provider.GetOptions(tree);
        var prefix = AnalyzerOptionReader.Read(fileOptions, provider.GlobalOptions, OptionKeys.IdPrefix)?.Trim() ?? string.Empty;
        var store = AnalyzerOptionReader.Read(fileOptions, provider.GlobalOptions, OptionKeys.DefaultStore)?.Trim();
        var defaultStore = IsParameterStore(store) ? SecretStoreKind.ParameterStore : SecretStoreKind.SecretsManager;
        return new SecretFixOptions(prefix, defaultStore);
    }

    /// <summary>
    /// The id of a new secret: the prefix and the kebab-case name (<c>DbPassword</c> → <c>myapp/prod/db-password</c>).
    /// Parameter Store names are absolute paths (<c>/myapp/prod/db-password</c>); Secrets Manager names get no leading slash.
    /// Without <c>id_prefix</c> the manifest's own <c>defaults.idPrefix</c> (<c>secretanalyzers init --id-prefix</c>)
    /// applies: the generator puts it in front of a relative id, but never in front of an absolute Parameter Store
    /// path, so such a path gets it written out (<c>/shop/db-password</c>).
    /// </summary>
    public string CreateId(string secretName, SecretStoreKind store, string manifestIdPrefix = "")
    {
        var prefix = IdPrefix;
        if (prefix.Length == 0 && manifestIdPrefix.Length > 0)
        {
            if (store == SecretStoreKind.SecretsManager || manifestIdPrefix.StartsWith("/", StringComparison.Ordinal))
            {
                return ToIdSegment(secretName); // relative: the generator applies the manifest's prefix
            }

            prefix = manifestIdPrefix;
        }

        if (prefix.Length > 0 && prefix[prefix.Length - 1] != '/')
        {
            prefix += "/";
        }

        var id = prefix + ToIdSegment(secretName);
        return store == SecretStoreKind.ParameterStore
            ? "/" + id.TrimStart('/')
            : id.TrimStart('/');
    }

    /// <summary>The id's last segment: the manifest's kebab case, or <c>secret</c> when the name has no ASCII letter or digit.</summary>
    private static string ToIdSegment(string secretName) =>
        ManifestNames.ToKebabCase(secretName) is { Length: > 0 } segment ? segment : "secret";

    private static bool IsParameterStore(string? value) =>
        value is not null
        && (value.Equals("parameterstore", StringComparison.OrdinalIgnoreCase)
            || value.Equals("parameter_store", StringComparison.OrdinalIgnoreCase)
            || value.Equals("ssm", StringComparison.OrdinalIgnoreCase));
}
