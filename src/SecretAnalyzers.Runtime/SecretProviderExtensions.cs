using System;
using System.Threading;
using System.Threading.Tasks;

namespace SecretAnalyzers.Runtime;

/// <summary>Helpers over any <see cref="ISecretProvider"/>.</summary>
public static class SecretProviderExtensions
{
    /// <summary>The secret's plaintext: <c>(await provider.GetAsync(reference)).Reveal()</c>.</summary>
    public static async ValueTask<string> GetStringAsync(this ISecretProvider provider, SecretReference reference, CancellationToken cancellationToken = default)
    {
        if (provider is null)
        {
            throw new ArgumentNullException(nameof(provider));
        }

        var value = await provider.GetAsync(reference, cancellationToken).ConfigureAwait(false);
        return value.Reveal();
    }

    /// <summary>
    /// Runs <paramref name="use"/> with the secret; when it fails with an error <paramref name="isAuthFailure"/>
    /// recognises (the credential was rotated under us), refreshes the secret once and runs it again with the new
    /// value. A second failure propagates. If another caller already refreshed the cached value to a different one,
    /// that value is used without another backend call.
    /// </summary>
    /// <example>
    /// <code>
    /// var rows = await provider.ExecuteWithRotationAsync(
    ///     dbPassword,
    ///     password => QueryAsync(connectionStringWithout + ";Password=" + password),
    ///     ex => ex is NpgsqlException { SqlState: "28P01" });
    /// </code>
    /// </example>
    public static async Task<T> ExecuteWithRotationAsync<T>(
        this ISecretProvider provider,
        SecretReference reference,
        Func<string, Task<T>> use,
        Func<Exception, bool> isAuthFailure,
        CancellationToken cancellationToken = default)
    {
        if (provider is null)
        {
            throw new ArgumentNullException(nameof(provider));
        }

        if (use is null)
        {
            throw new ArgumentNullException(nameof(use));
        }

        if (isAuthFailure is null)
        {
            throw new ArgumentNullException(nameof(isAuthFailure));
        }

        var value = await provider.GetAsync(reference, cancellationToken).ConfigureAwait(false);
        try
        {
            return await use(value.Reveal()).ConfigureAwait(false);
        }
        catch (Exception ex) when (isAuthFailure(ex))
        {
            // When another caller already refreshed to a different value, use that one instead of fetching again:
            // a rotation makes every in-flight user fail at once, and they should not all hit the backend.
            var refreshed = provider.TryGetCached(reference, out var current) && !string.Equals(current.Reveal(), value.Reveal(), StringComparison.Ordinal)
                ? current
                : await provider.RefreshAsync(reference, cancellationToken).ConfigureAwait(false);
            return await use(refreshed.Reveal()).ConfigureAwait(false);
        }
    }

    /// <summary>As <see cref="ExecuteWithRotationAsync{T}"/>, for an action without a result.</summary>
    public static Task ExecuteWithRotationAsync(
        this ISecretProvider provider,
        SecretReference reference,
        Func<string, Task> use,
        Func<Exception, bool> isAuthFailure,
        CancellationToken cancellationToken = default)
    {
        if (use is null)
        {
            throw new ArgumentNullException(nameof(use));
        }

        return provider.ExecuteWithRotationAsync(
            reference,
            async secret =>
            {
                await use(secret).ConfigureAwait(false);
                return true;
            },
            isAuthFailure,
            cancellationToken);
    }
}
