using System;
using System.Collections.Generic;

namespace SecretAnalyzers.Detection;

/// <summary>
/// Keys that vendors publish in their documentation (AWS's AKIAIOSFODNN7EXAMPLE, the jwt.io sample token). They
/// have the shape of a secret but grant nothing; findings carry <see cref="SecretFinding.IsDocumentedExample"/> and
/// the analyzers do not report them (docs/rules/SEC0002.md).
/// </summary>
internal static class DocumentedExamples
{
    private static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        // jwt.io's default HS256 token signature ("John Doe", iat 1516239022).
        "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",

        // RFC 6749's example access and refresh tokens (section 1.5 and 4.1.4), copied into OAuth libraries' docs.
        "2YotnFZFEjr1zCsicMWpAA",
        "tGzv3JOkF0XG5Qx2TlKWIA",
    };

    /// <summary>
    /// Public development credentials that vendors publish for local emulators, default installs and test modes;
    /// matched only as the whole secret span (a password merely containing "guest" is not one of them). Each entry
    /// names the vendor page that publishes it.
    /// </summary>
    private static readonly HashSet<string> PublicDevelopmentValues = new(StringComparer.Ordinal)
    {
        // Azurite / Azure Storage emulator account key (devstoreaccount1):
        // https://learn.microsoft.com/azure/storage/common/storage-use-azurite#well-known-storage-account-and-key
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==",

        // Azure Cosmos DB emulator's well-known key: https://learn.microsoft.com/azure/cosmos-db/emulator#authentication
        "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==",

        // RabbitMQ's default user guest/guest (localhost only): https://www.rabbitmq.com/docs/access-control#default-state
        "guest",

        // Stripe test-mode card tokens and payment methods: https://docs.stripe.com/testing
        "tok_visa", "tok_visa_debit", "tok_mastercard", "tok_mastercard_debit", "tok_amex", "tok_discover",
        "tok_diners", "tok_jcb", "tok_unionpay", "tok_chargeDeclined", "tok_chargeDeclinedInsufficientFunds",
        "pm_card_visa", "pm_card_visa_debit", "pm_card_mastercard", "pm_card_amex", "pm_card_discover",
        "pm_card_chargeDeclined",
    };

    /// <summary>True when the span is a documented example key.</summary>
    public static bool IsDocumentedExample(string value, int start, int length)
    {
        if (IsPublicDevelopmentValue(value, start, length))
        {
            return true;
        }

        if (value.IndexOf("EXAMPLE", start, length, StringComparison.Ordinal) >= 0)
        {
            return true;
        }

        // "-----BEGIN PRIVATE KEY----- MIIEvgIBADANBgk......": an elided body shows the shape of a key, it is not one.
        if (value.IndexOf("....", start, length, StringComparison.Ordinal) >= 0 || value.IndexOf('\u2026', start, length) >= 0)
        {
            return true;
        }

        foreach (string known in Known)
        {
            if (value.IndexOf(known, start, length, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPublicDevelopmentValue(string value, int start, int length)
    {
        foreach (string known in PublicDevelopmentValues)
        {
            if (known.Length == length && string.CompareOrdinal(value, start, known, 0, length) == 0)
            {
                return true;
            }
        }

        return false;
    }
}
