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

    /// <summary>True when the span is a documented example key.</summary>
    public static bool IsDocumentedExample(string value, int start, int length)
    {
        if (value.IndexOf("EXAMPLE", start, length, StringComparison.Ordinal) >= 0)
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
}
