using System;
using System.Text;

namespace SecretAnalyzers.CodeFixes.Tests.Verifiers;

/// <summary>Token-shaped test values built at run time, so no token-looking string is checked in.</summary>
internal static class FakeSecrets
{
    private const string Alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    public static string GitLab(int seed = 1) => string.Concat("gl", "pat-", Random(20, seed));

    public static string Stripe(int seed = 1) => string.Concat("sk", "_live_", Random(24, seed));

    private static string Random(int length, int seed)
    {
        var random = new Random(seed * 7919 + length);
        var builder = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            builder.Append(Alnum[random.Next(Alnum.Length)]);
        }

        return builder.ToString();
    }
}
