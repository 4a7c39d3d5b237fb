namespace WebApp;

/// <summary>The Smtp section of configuration; Password comes from the secret store through Configuration.AddSecrets.</summary>
public sealed class SmtpOptions
{
    public string? Host { get; set; }

    public string? UserName { get; set; }

    public string? Password { get; set; }
}
