namespace SecretAnalyzers.Detection;

/// <summary>
/// The <c>user:password</c> text that code encodes into a <c>Basic</c> authorization value
/// (<c>Convert.ToBase64String(Encoding.ASCII.GetBytes("user:pass"))</c>): a finding for its password part when that
/// part is a real value (not empty, a placeholder, UI text or a password hash). Only the password part is masked
/// into the message; the user name is not a secret. A pure function over the string.
/// </summary>
internal static class BasicCredentials
{
    public const string Description = "basic authentication password";

    public const string SuggestedName = "BasicAuthCredentials";

    /// <summary>SEC0001 for the password part of <paramref name="value"/>, or null.</summary>
    public static SecretFinding? Find(string value, DetectionOptions? options = null)
    {
        int colon = value?.IndexOf(':') ?? -1;
        if (value is null || colon < 0 || colon == value.Length - 1)
        {
            return null; // no user:password shape, or an empty password
        }

        options ??= DetectionOptions.Default;
        int start = colon + 1;
        int length = value.Length - start;
        string password = value.Substring(start);
        if (options.IsIgnored(value) || options.IsIgnored(password) || Placeholders.IsPlaceholder(value, start, length)
            || ValueShape.LooksLikeText(password) || PasswordHashes.IsPasswordHash(password) || password[0] is '{' or '$' or '%' or '<'
            || IsSample(value.Substring(0, colon), password))
        {
            return null;
        }

        // A secret token after the colon (":ghp_…", "api:sk_live_…") is that token, reported by its format.
        return SecretScanner.FindTokenFormat(password, null, options) ?? new SecretFinding(
            RuleIdentifiers.HardcodedCredential,
            SecretKind.Password,
            Description,
            SecretMasker.Mask(value, start, length),
            start,
            length,
            SuggestedName,
            DocumentedExamples.IsDocumentedExample(value, start, length));
    }

    /// <summary><c>user:password</c>, <c>username:pass</c>: the words of the format, as documentation writes it.</summary>
    private static bool IsSample(string user, string password) =>
        user.ToLowerInvariant() is "" or "user" or "username" or "user_name" or "login" or "name" or "userid"
        && password.ToLowerInvariant() is "password" or "pass" or "passwd" or "pwd" or "secret";
}
