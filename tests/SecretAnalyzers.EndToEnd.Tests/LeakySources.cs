using System.Collections.Generic;

namespace SecretAnalyzers.EndToEnd.Tests;

/// <summary>Fake secrets of every kind, and the files that hold them.</summary>
internal static class LeakySources
{
    public const string Password = "E2e-Leaky-Password-1";
    public const string ConnectionPassword = "E2e-Conn-Pass-22";
    public const string GitHubToken = "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";
    public const string ConfigPassword = "E2e-Smtp-Pass-333";

    public static readonly string[] AllSecrets = { Password, ConnectionPassword, GitHubToken, ConfigPassword };

    public const string Program = $$"""
        using System.Net;

        namespace E2eApp;

        public static class Program
        {
            private const string DbPassword = "{{Password}}";
            private const string Orders = "Server=db;Database=orders;User Id=app;Password={{ConnectionPassword}};";

            public static void Main()
            {
                var token = "{{GitHubToken}}";
                Console.WriteLine(DbPassword.Length + Orders.Length + token.Length);
            }
        }
        """;

    public const string AppSettings = $$"""
        {
          "Smtp": {
            "Host": "smtp.internal",
            "Password": "{{ConfigPassword}}"
          }
        }
        """;

    public static Dictionary<string, string> Files() => new()
    {
        ["Program.cs"] = Program,
        ["appsettings.json"] = AppSettings,
    };
}
