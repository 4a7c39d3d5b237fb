using System;
using System.Collections.Generic;

namespace SecretAnalyzers.Detection;

/// <summary>
/// Secrets believed on their own shape: provider formats with a distinctive prefix or checksum, PEM private keys,
/// and, in free text (comments, XML docs, disabled code), URIs with a password and <c>Password=</c> pairs whose value
/// is not a word. Anything that needs a name or entropy to be believed is left out. SEC0004 reports these in
/// comments; in test projects (<c>test_code = tokens</c>) only these are reported.
/// </summary>
internal static class HighConfidenceSecrets
{
    /// <summary>
    /// Cheap test on comment text before any detection: a secret believed on its shape needs '=' (a pair), "://" (a URI
    /// with a password) or a run of at least 20 token characters (provider tokens, PEM bodies; some have no digit).
    /// </summary>
    public static bool MayHoldSecret(Microsoft.CodeAnalysis.Text.SourceText text, int start, int end)
    {
        int run = 0;
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            if (c == '=' || (c == ':' && i + 2 < end && text[i + 1] == '/' && text[i + 2] == '/'))
            {
                return true;
            }

            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c is '_' or '-' or '+' or '/' or '.' or '~')
            {
                run++;
                if (run >= 20)
                {
                    return true;
                }
            }
            else
            {
                run = 0;
            }
        }

        return false;
    }

    /// <summary>Shortest comment text that can hold any of the secrets looked for.</summary>
    public const int MinTextLength = 10;

    /// <summary>
    /// Formats recognised by shape or context alone (JWTs are pasted into docs as examples, a Twilio account SID and a
    /// Heroku key are GUID-like identifiers, a SAS signature or an AWS secret key needs its neighbour to be believed).
    /// </summary>
    private static readonly HashSet<string> LowConfidenceFormats = new(StringComparer.Ordinal)
    {
        "jwt", "twilio-account-sid", "heroku-api-key", "azure-sas-signature", "aws-secret-access-key",
    };

    /// <summary>True when <paramref name="value"/> holds a high-confidence provider token or private key.</summary>
    public static bool ContainsToken(string value)
    {
        TokenScanner.TokenMatch? match = TokenScanner.Find(value);
        return match is { } found && !LowConfidenceFormats.Contains(found.Format.Id)
            && !DocumentedExamples.IsDocumentedExample(value, found.Start, found.Length);
    }

    /// <summary>The first high-confidence secret in <paramref name="text"/>, or null; spans are offsets into the text.</summary>
    public static SecretFinding? Find(string text)
    {
        if (text is null || text.Length < MinTextLength)
        {
            return null;
        }

        TokenScanner.TokenMatch? match = TokenScanner.Find(text);
        if (match is { } found && !LowConfidenceFormats.Contains(found.Format.Id)
            && !DocumentedExamples.IsDocumentedExample(text, found.Start, found.Length))
        {
            return new SecretFinding(
                RuleIdentifiers.SecretInComment,
                found.Format.Kind,
                found.Format.Description,
                SecretMasker.Mask(text, found.Start, found.Length),
                found.Start,
                found.Length,
                found.Format.SuggestedName,
                isDocumentedExample: false);
        }

        if (text.IndexOf('=') < 0 && text.IndexOf("://", StringComparison.Ordinal) < 0)
        {
            return null;
        }

        // Connection strings and URIs only: key/value pairs in prose need a name or entropy to be believed.
        ConnectionStringCredential? pair = ConnectionStrings.Find(text);
        SecretFinding? credential = pair is { } credentialPair
            ? new SecretFinding(
                RuleIdentifiers.SecretInComment,
                SecretKind.ConnectionString,
                credentialPair.Description,
                SecretMasker.Mask(text, credentialPair.Start, credentialPair.Length),
                credentialPair.Start,
                credentialPair.Length,
                credentialPair.SuggestedSuffix,
                DocumentedExamples.IsDocumentedExample(text, credentialPair.Start, credentialPair.Length))
            : null;
        if (credential is null || credential.IsDocumentedExample || credential.Length < 4)
        {
            return null;
        }

        // "Password=secret", "user:password@": a word is an example in a comment, a real password is not a word.
        string value = text.Substring(credential.Start, credential.Length);
        return WordLikeValues.IsWordLike(value) || ValueShape.IsSingleWord(value) ? null : credential;
    }
}
