using System;
using Microsoft.Extensions.Primitives;

namespace SecretAnalyzers.Runtime;

/// <summary>
/// Tells when a secret rotates: a read (refresh-ahead, refresh, preload, a watched secret's background refresh) brought
/// a new version. <see cref="SecretCache"/> implements it; configuration sources use it to reload, so
/// <c>IOptionsMonitor&lt;T&gt;</c> sees the new value.
/// </summary>
public interface ISecretRotationNotifier
{
    /// <summary>Raised after a new version of a cached secret was installed. Handlers must not throw or block for long.</summary>
    event EventHandler<SecretRotatedEventArgs>? Rotated;

    /// <summary>
    /// A token that fires when the secret (its document, for a JSON field) rotates. Asking for a token also keeps the
    /// secret watched: the cache refreshes it in the background when its TTL is due, even if nobody reads it.
    /// </summary>
    IChangeToken GetChangeToken(SecretReference reference);
}
