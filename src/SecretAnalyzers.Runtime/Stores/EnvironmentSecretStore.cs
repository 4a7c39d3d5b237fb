using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace SecretAnalyzers.Runtime;

/// <summary>
/// Secrets from environment variables, named after the secret id: upper case, every run of characters other than
/// ASCII letters and digits becomes one <c>_</c>, leading and trailing ones are dropped, and an optional prefix is put
/// in front. <c>prod/db-password</c> → <c>PROD_DB_PASSWORD</c>; <c>/myapp/prod/api.key</c> → <c>MYAPP_PROD_API_KEY</c>.
/// A reference with a version id or stage reads <c>NAME__VERSION</c> (e.g. <c>PROD_DB_PASSWORD__AWSPREVIOUS</c>) if set,
/// otherwise the plain variable.
/// </summary>
public sealed class EnvironmentSecretStore : ISecretStore, ISecretStoreLookup, ILocalSecretStore
{
    private readonly string? _prefix;
    private readonly Func<string, string?> _read;

    /// <summary>Reads the process environment.</summary>
    /// <param name="prefix">Put in front of every variable name, e.g. <c>SECRETS_</c>; null for none.</param>
    public EnvironmentSecretStore(string? prefix = null)
        : this(prefix, Environment.GetEnvironmentVariable)
    {
    }

    /// <summary>Reads variables through <paramref name="read"/> (for tests, or a different environment).</summary>
    public EnvironmentSecretStore(string? prefix, Func<string, string?> read)
    {
        _prefix = prefix;
        _read = read ?? throw new ArgumentNullException(nameof(read));
    }

    /// <summary>The environment variable name for a secret id (see the type's remarks for the rule).</summary>
    public static string ToVariableName(string id, string? prefix = null)
    {
        if (id is null)
        {
            throw new ArgumentNullException(nameof(id));
        }

        var builder = new StringBuilder(id.Length + (prefix?.Length ?? 0));
        builder.Append(prefix);
        var pendingSeparator = false;
        var wroteAny = false;
        foreach (var c in id)
        {
            if (c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9')
            {
                if (pendingSeparator && wroteAny)
                {
                    builder.Append('_');
                }

                builder.Append(char.ToUpperInvariant(c));
                pendingSeparator = false;
                wroteAny = true;
            }
            else
            {
                pendingSeparator = true;
            }
        }

        return builder.ToString();
    }

    /// <inheritdoc />
    public bool CanRead(SecretSource source) => true;

    /// <inheritdoc />
    public ValueTask<SecretValue> GetAsync(SecretReference reference, CancellationToken cancellationToken = default)
    {
        if (reference is null)
        {
            throw new ArgumentNullException(nameof(reference));
        }

        var name = ToVariableName(reference.Id, _prefix);
        if ((reference.VersionId ?? reference.VersionStage) is { } version
            && _read(name + "__" + ToVariableName(version)) is { Length: > 0 } versioned)
        {
            return new ValueTask<SecretValue>(new SecretValue(versioned));
        }

        if (_read(name) is { Length: > 0 } value)
        {
            return new ValueTask<SecretValue>(new SecretValue(value));
        }

        throw new SecretNotFoundException(reference, "environment variable " + name + " (not set)");
    }

    /// <inheritdoc />
    public string DescribeLocation(SecretReference reference) =>
        "environment variable " + ToVariableName((reference ?? throw new ArgumentNullException(nameof(reference))).Id, _prefix);

    /// <inheritdoc />
    public string DescribeFix(SecretReference reference) =>
        "set " + ToVariableName((reference ?? throw new ArgumentNullException(nameof(reference))).Id, _prefix);

    /// <inheritdoc />
    public ValueTask<IReadOnlyDictionary<SecretReference, SecretValue>> GetManyAsync(
        IReadOnlyCollection<SecretReference> references,
        CancellationToken cancellationToken = default) =>
        OneByOne.GetManyAsync(this, references ?? throw new ArgumentNullException(nameof(references)), cancellationToken);
}
