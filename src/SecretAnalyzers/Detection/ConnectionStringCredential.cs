namespace SecretAnalyzers.Detection;

/// <summary>A credential found inside a connection string or URI (SEC0003).</summary>
internal readonly struct ConnectionStringCredential
{
    public ConnectionStringCredential(int start, int length, string description, string suggestedSuffix, string? scheme)
    {
        Start = start;
        Length = length;
        Description = description;
        SuggestedSuffix = suggestedSuffix;
        Scheme = scheme;
    }

    /// <summary>Offset of the credential value (without quotes) inside the analysed value.</summary>
    public int Start { get; }

    public int Length { get; }

    /// <summary>"password", "shared access key", "account key", …</summary>
    public string Description { get; }

    /// <summary>Last word of the suggested accessor name: Password, SharedAccessKey, AccountKey.</summary>
    public string SuggestedSuffix { get; }

    /// <summary>URI scheme (postgres, redis, …) or null for key=value connection strings.</summary>
    public string? Scheme { get; }
}
