using System.Threading;

namespace SecretAnalyzers.Runtime;

/// <summary>
/// The process-wide provider behind generated static accessors (<c>Secrets.DbPassword</c>). Until an application
/// sets one (or <c>services.AddSecretProvider(...)</c> does when its provider is first resolved), it is a
/// <see cref="SecretCache"/> over the local default chain: environment variables, then <c>secrets.local.json</c>.
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

    /// <summary>The store of the local default: environment variables, then the local JSON file.</summary>
    public static ISecretStore CreateLocalDefaultStore() =>
        new ChainSecretStore(new EnvironmentSecretStore(), LocalFileSecretStore.CreateDefault());

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
