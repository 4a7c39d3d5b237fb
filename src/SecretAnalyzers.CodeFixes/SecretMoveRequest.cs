namespace SecretAnalyzers.CodeFixes;

/// <summary>Where a fix moves a secret.</summary>
internal enum SecretStoreKind
{
    SecretsManager,
    ParameterStore,
}

/// <summary>
/// One of the fixes offered for a finding. The equivalence keys are stable (Fix All and <c>dotnet format</c> match
/// actions by them), so they are never derived from titles or names that may change.
/// </summary>
internal sealed class SecretMoveRequest
{
    public static readonly SecretMoveRequest ToSecretsManager = new(
        SecretStoreKind.SecretsManager, wholeValue: false, "Move to AWS Secrets Manager", "SecretAnalyzers.MoveToSecretsManager");

    public static readonly SecretMoveRequest ToParameterStore = new(
        SecretStoreKind.ParameterStore, wholeValue: false, "Move to Parameter Store (SecureString)", "SecretAnalyzers.MoveToParameterStore");

    public static readonly SecretMoveRequest WholeToSecretsManager = new(
        SecretStoreKind.SecretsManager, wholeValue: true, "Move whole connection string to AWS Secrets Manager", "SecretAnalyzers.MoveWholeConnectionStringToSecretsManager");

    public static readonly SecretMoveRequest WholeToParameterStore = new(
        SecretStoreKind.ParameterStore, wholeValue: true, "Move whole connection string to Parameter Store (SecureString)", "SecretAnalyzers.MoveWholeConnectionStringToParameterStore");

    private static readonly SecretMoveRequest[] All = { ToSecretsManager, ToParameterStore, WholeToSecretsManager, WholeToParameterStore };

    private SecretMoveRequest(SecretStoreKind store, bool wholeValue, string title, string equivalenceKey)
    {
        Store = store;
        WholeValue = wholeValue;
        Title = title;
        EquivalenceKey = equivalenceKey;
    }

    public SecretStoreKind Store { get; }

    /// <summary>
    /// True: the whole string moves. False: only the credential moves when the analyzer says where it is
    /// (connection strings), otherwise the whole string.
    /// </summary>
    public bool WholeValue { get; }

    public string Title { get; }

    public string EquivalenceKey { get; }

    public static SecretMoveRequest? FromEquivalenceKey(string? key)
    {
        foreach (var request in All)
        {
            if (request.EquivalenceKey == key)
            {
                return request;
            }
        }

        return null;
    }
}
