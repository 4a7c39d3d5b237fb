namespace SecretAnalyzers.Detection;

/// <summary>
/// The key that text ends with when a value is appended to it: <c>"Server=db;Password="</c> + value names the value
/// "Password", <c>"https://api.example.org/v1?api_key="</c> names it "api_key". Only <c>key=</c>: a <c>Label: </c>
/// before a value is far more often a message for a person than a stored pair.
/// </summary>
internal static class KeyBeforeValue
{
    private const int MaxKeyLength = 64;

    public static string? Find(string? text)
    {
        if (text is null)
        {
            return null;
        }

        int end = text.Length - 1;
        while (end >= 0 && (text[end] == '"' || text[end] == '\'' || text[end] == ' '))
        {
            end--; // Password="…", key = …
        }

        if (end < 1 || text[end] != '=')
        {
            return null;
        }

        end--;
        while (end >= 0 && text[end] == ' ')
        {
            end--;
        }

        int start = end;
        while (start >= 0 && end - start < MaxKeyLength && IsKeyChar(text[start]))
        {
            start--;
        }

        string key = text.Substring(start + 1, end - start).Trim();
        return key.Length == 0 || (start >= 0 && IsKeyChar(text[start])) ? null : key;
    }

    private static bool IsKeyChar(char c) => char.IsLetterOrDigit(c) || c is '_' or '-' or '.' or ' ' or ':';
}
