using System.Net;
using System.Net.Http.Headers;
using SecretAnalyzers.Runtime;
using SecretAnalyzers.Runtime.Aws;

namespace FixedApp;

/// <summary>
/// samples/LeakyApp after the fixes. Every literal secret became a generated accessor; the AWS access key pair is gone
/// altogether (on AWS the SDK uses the instance or task role, locally the developer's profile).
/// Run: <c>dotnet run --project samples/FixedApp</c> (local store) or <c>dotnet run --project samples/FixedApp -- aws</c>
/// (AWS, needs credentials and a region).
/// </summary>
internal static class Program
{
    // The connection string keeps everything but the password in code.
    private const string OrdersDb = "Server=orders.db.internal;Database=orders;User Id=orders_app;";

    public static async Task<int> Main(string[] args)
    {
        if (UseAws(args))
        {
            // Secrets Manager secrets are read through Parameter Store's /aws/reference/secretsmanager/ path, so one
            // SSM client serves both sources.
            Secrets.Provider = new SecretCache(new ChainSecretStore(new ParameterStoreSecretStore(), new SecretsManagerReferenceSecretStore()));
        }

        try
        {
            // One batched fetch at start-up; afterwards the synchronous accessors read the cache.
            await Secrets.PreloadAsync();
        }
        catch (SecretException ex)
        {
            // Messages name the secret, never its value.
            Console.Error.WriteLine("Could not load secrets: " + ex.Message);
            return 1;
        }

        var ordersDb = OrdersDb + "Password=" + Secrets.OrdersDbPassword + ";";
        var deploy = new NetworkCredential("deploy", Secrets.DeployPassword);

        using var github = new HttpClient();
        github.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await Secrets.GetGitHubTokenAsync());

        // Show what would be used, never the values themselves.
        Console.WriteLine($"Secrets from: {(UseAws(args) ? "AWS" : "local development store")}");
        Console.WriteLine($"Admin password: {Secrets.AdminPassword.Length} chars");
        Console.WriteLine($"Orders database: {ordersDb.Split(';')[0]}");
        Console.WriteLine($"Deploy user: {deploy.UserName}");
        Console.WriteLine($"GitHub client ready: {github.DefaultRequestHeaders.Authorization?.Scheme}");
        Console.WriteLine($"Stripe key: {Secrets.StripeApiKey.Length} chars, SMTP password: {Secrets.SmtpPassword.Length} chars, Redis password: {Secrets.RedisPassword.Length} chars");
        Console.WriteLine($"Signing key: {Secrets.SigningKey.Length} chars");
        return 0;
    }

    private static bool UseAws(string[] args) =>
        args.Any(arg => arg is "aws" or "--aws")
        || string.Equals(Environment.GetEnvironmentVariable("FIXEDAPP_SECRETS"), "aws", StringComparison.OrdinalIgnoreCase);
}
