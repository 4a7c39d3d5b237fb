using System.Net;
using System.Net.Http.Headers;

namespace LeakyApp;

/// <summary>
/// Every secret below is FAKE and exists only so the analyzers have something to find. The same app without them is
/// samples/FixedApp.
/// </summary>
internal static class Program
{
    // SEC0001: a password in a credential-named constant.
    private const string AdminPassword = "Adm1n-Leaky-Pass!";

    // SEC0003: a connection string that embeds a password (only the password part is flagged).
    private const string OrdersDb = "Server=orders.db.internal;Database=orders;User Id=orders_app;Password=Leaky-Db-Pass-42;";

    public static void Main()
    {
        // SEC0001: a literal passed to a known credential parameter.
        var deploy = new NetworkCredential("deploy", "Deploy-Leaky-Pass-7");

        // SEC0002: known token and key formats.
        using var github = new HttpClient();
        github.DefaultRequestHeaders.Authorization =
            new AuthenticationHeaderValue("Bearer", "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");
        var stripeApiKey = "sk_live_51LeakyAppSampleKeyNotReal0123456789";
        var awsAccessKeyId = "AKIAQ3LEAKYAPPSAMPL3";

        // SEC0002: a private key.
        const string SigningKey = """
            -----BEGIN PRIVATE KEY-----
            MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQDLeakyAppSampleKeyNotReal
            ZmFrZS1rZXktZm9yLXRoZS1sZWFreS1zYW1wbGUtYXBwLW9ubHktbm90LWEtcmVhbC1rZXk=
            -----END PRIVATE KEY-----
            """;

        // Show what would be used, never the values themselves.
        Console.WriteLine($"Admin password: {AdminPassword.Length} chars");
        Console.WriteLine($"Orders database: {OrdersDb.Split(';')[0]}");
        Console.WriteLine($"Deploy user: {deploy.UserName}");
        Console.WriteLine($"GitHub client ready: {github.DefaultRequestHeaders.Authorization?.Scheme}");
        Console.WriteLine($"Stripe key: {stripeApiKey.Length} chars, AWS key id: {awsAccessKeyId.Length} chars");
        Console.WriteLine($"Signing key: {SigningKey.Length} chars");
    }
}
