using System;

namespace SecretAnalyzers.Manifest;

/// <summary>
/// What AWS accepts as a secret id, and as a version selector. One copy of the rules: the manifest check (SEC0115)
/// and the runtime's stores both ask here, so an id the generator accepts is one the store can request.
/// </summary>
internal static class SecretIdRules
{
    /// <summary>The rule <paramref name="id"/> breaks, or null when the store accepts it.</summary>
    /// <param name="id">The secret id, parameter name or ARN.</param>
    /// <param name="parameterStore">Parameter Store rules (else Secrets Manager).</param>
    public static string? CheckId(string id, bool parameterStore)
    {
        if (id.StartsWith("arn:", StringComparison.Ordinal))
        {
            foreach (var c in id)
            {
                if (char.IsWhiteSpace(c) || char.IsControl(c))
                {
                    return "an ARN has no whitespace";
                }
            }

            return null;
        }

        var allowed = parameterStore ? "_.-/" : "/_+=.@-";
        foreach (var c in id)
        {
            if (!IsAsciiLetterOrDigit(c) && allowed.IndexOf(c) < 0)
            {
                return parameterStore
                    ? "Parameter Store names use letters, digits and _ . - /"
                    : "Secrets Manager names use letters, digits and / _ + = . @ -";
            }
        }

        if (!parameterStore)
        {
            return null;
        }

        if (id.IndexOf('/') > 0)
        {
            return "a hierarchical Parameter Store name must start with '/'";
        }

        var bare = id.TrimStart('/');
        if ((bare.StartsWith("aws", StringComparison.OrdinalIgnoreCase) || bare.StartsWith("ssm", StringComparison.OrdinalIgnoreCase))
            && !id.StartsWith("/aws/reference/secretsmanager/", StringComparison.Ordinal))
        {
            return "Parameter Store names must not begin with 'aws' or 'ssm'";
        }

        return null;
    }

    /// <summary>
    /// The rule a version id or stage (label) breaks, or null: it is appended as <c>name:selector</c>, so a ':' or '/'
    /// in it would name a different parameter.
    /// </summary>
    public static string? CheckSelector(string selector)
    {
        if (selector.Length == 0)
        {
            return "a version or stage must not be empty";
        }

        foreach (var c in selector)
        {
            if (!IsAsciiLetterOrDigit(c) && c != '_' && c != '.' && c != '-')
            {
                return "a version or stage uses letters, digits and _ . -";
            }
        }

        return null;
    }

    private static bool IsAsciiLetterOrDigit(char c) => c < 0x80 && char.IsLetterOrDigit(c);
}
