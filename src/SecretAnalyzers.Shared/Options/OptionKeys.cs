namespace SecretAnalyzers;

/// <summary>
/// The .editorconfig / .globalconfig keys every SecretAnalyzers component reads (documented on the rule pages).
/// Each can also be set as the MSBuild property <c>SecretAnalyzers&lt;Key&gt;</c> (see <see cref="AnalyzerOptionReader"/>).
/// </summary>
internal static class OptionKeys
{
    public const string Prefix = "secret_analyzers.";
    public const string AdditionalCredentialWords = Prefix + "additional_credential_words";
    public const string IgnoredValues = Prefix + "ignored_values";
    public const string IgnoredPatterns = Prefix + "ignored_patterns";
    public const string EntropyThreshold = Prefix + "entropy_threshold";
    public const string TestCode = Prefix + "test_code";
    public const string IdPrefix = Prefix + "id_prefix";
    public const string DefaultStore = Prefix + "default_store";
    public const string ConfigFileSeverity = Prefix + "config_file_severity";
}
