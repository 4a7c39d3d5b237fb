namespace SecretAnalyzers.Detection;

/// <summary>
/// Help text that shows the syntax of a setting: <c>"If you have an eclair server: 'type=eclair;server=…;password=…'"</c>.
/// A key=value list quoted right after a prose label ending in a colon, with the credential a later pair of that list,
/// is an example in a message. A pair on its own (<c>password: 'x'</c>, <c>password='x'</c>) or a list that does not
/// open inside such a quote is read as usual.
/// </summary>
internal static class QuotedSyntaxExample
{
    /// <summary>True when the credential at <paramref name="credentialStart"/> sits in a quoted list after a label.</summary>
    public static bool Contains(string value, int credentialStart)
    {
        int quote = -1;
        for (int i = credentialStart - 1; i >= 0 && value[i] is not ('\r' or '\n'); i--)
        {
            if (value[i] is '\'' or '`')
            {
                quote = i;
                break;
            }
        }

        if (quote < 0 || !OpensAList(value, quote + 1, credentialStart))
        {
            return false;
        }

        int j = quote - 1;
        while (j >= 0 && value[j] == ' ')
        {
            j--;
        }

        if (j < 1 || value[j] != ':' || !char.IsLetter(value[j - 1]))
        {
            return false;
        }

        // The label is prose: at least two words ("eclair server:"), not a key ("password:").
        int words = 0;
        bool inWord = false;
        for (int i = j - 1; i >= 0 && value[i] is not ('\r' or '\n' or '\'' or '"' or ';' or '='); i--)
        {
            bool letter = char.IsLetter(value[i]);
            if (letter && !inWord)
            {
                words++;
            }

            inWord = letter;
        }

        return words >= 2;
    }

    /// <summary>A key=value pair and a pair separator between the quote and the credential: the quote opens a list.</summary>
    private static bool OpensAList(string value, int start, int end)
    {
        bool pair = false, separator = false;
        for (int i = start; i < end; i++)
        {
            pair |= value[i] == '=';
            separator |= value[i] is ';' or '&';
        }

        return pair && separator;
    }
}
