using System.Collections.Generic;
using SecretAnalyzers.Detection;

namespace SecretAnalyzers.Cli.History;

/// <summary>
/// Syntax-free detection on one added line (any text file, C# or configuration): provider token formats (SEC0002),
/// then credentials inside connection strings and URIs (SEC0003). History has no compilation to bind, so the
/// name-based rules that need a symbol are not run here.
/// </summary>
internal static class AddedLineDetector
{
    public static IEnumerable<SecretFinding> Detect(string line)
    {
        var token = SecretScanner.FindTokenFormat(line);
        if (token is not null && !token.IsDocumentedExample)
        {
            yield return token;
            yield break;
        }

        var connection = SecretScanner.FindConnectionStringCredential(line);
        if (connection is not null && !connection.IsDocumentedExample)
        {
            yield return connection;
        }
    }
}
