namespace WebApp;

/// <summary>The named HttpClient of the payments API (its bearer token comes from the secret store).</summary>
public static class PaymentsClient
{
    public const string Name = "payments";
}
