using System.Threading;

namespace SecretAnalyzers.Runtime;

/// <summary>
/// The process-wide provider behind generated static accessors (<c>Secrets.DbPassword</c>) and
/// <c>Configuration.AddSecrets()</c> without an explicit provider. <c>services.AddSecretProvider(...)</c> sets it as
/// soon as it is called. Until then it is a <see cref="SecretCache"/> over the local default chain: environment
/// variables, then <c>secrets.local.json</c> (in Development only); a secret missing there says that AWS was not
/// configured, and outside Development, in an application that references SecretAnalyzers.Runtime.Aws, that is a
/// <see cref="SecretStoreNotConfiguredException"/>.
/// </summary>
public static class SecretProvider
{
    private static ISecretProvider? s_default;

    /// <summary>The provider generated accessors use. Setting null goes back to the lazily created local default.</summary>
    public static ISecretProvider Default
    {
        get => Volatile.Read(ref s_default) ?? CreateLocalDefault();
        set => Volatile.Write(ref s_default, value);
    }

    /// <summary>
    /// The store of the local default: environment variables, then the local JSON file when the environment
    /// (ASPNETCORE_ENVIRONMENT / DOTNET_ENVIRONMENT) is Development.
    /// </summary>
    public static ISecretStore CreateLocalDefaultStore() =>
        SecretProviderBuilder.CreateLocalDefaultStore(HostingEnvironment.CurrentName, contentRoot: null);

    /// <summary>Goes back to the local default if <paramref name="provider"/> is the current default (called when it is disposed).</summary>
    internal static void ResetIfDefault(ISecretProvider provider) =>
        Interlocked.CompareExchange(ref s_default, null, provider);

    private static ISecretProvider CreateLocalDefault()
    {
        var created = new SecretCache(CreateLocalDefaultStore());
        var winner = Interlocked.CompareExchange(ref s_default, created, null);
        if (winner is null)
        {
            return created;
        }

        created.Dispose();
        return winner;
    }
}
