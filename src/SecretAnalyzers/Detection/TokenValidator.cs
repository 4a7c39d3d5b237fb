using System;
using System.Text.RegularExpressions;

namespace SecretAnalyzers.Detection;

/// <summary>
/// A local, offline check that turns a pattern match into a real token (a checksum, a decodable header, a key of
/// the right length). A match that fails it is not reported for that format. The name is shown on
/// docs/rules/token-formats.md.
/// </summary>
internal sealed class TokenValidator
{
    public TokenValidator(string name, Func<string, Match, bool> isValid)
    {
        Name = name;
        IsValid = isValid;
    }

    public string Name { get; }

    /// <summary>Gets the check over the whole analysed value and the format's match inside it.</summary>
    public Func<string, Match, bool> IsValid { get; }
}
