using System;
using System.Collections.Generic;

namespace SecretAnalyzers.Detection;

/// <summary>
/// Finds a credential in ADO.NET-style connection strings (<c>Server=…;User Id=…;Password=…</c>, quoted values,
/// StackExchange.Redis <c>host:6379,password=…</c>, Service Bus <c>SharedAccessKey=…</c>) and in URIs with userinfo
/// (<c>postgres://user:pass@host</c>). Empty values, placeholders and <c>Integrated Security</c> without a password
/// are clean.
/// </summary>
internal static class ConnectionStrings
{
    private static readonly Dictionary<string, (string Description, string Suffix)> CredentialKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        ["password"] = ("password", "Password"),
        ["pwd"] = ("password", "Password"),
        ["passwd"] = ("password", "Password"),
        ["passphrase"] = ("passphrase", "Passphrase"),
        ["userpassword"] = ("password", "Password"),
        ["proxypassword"] = ("proxy password", "ProxyPassword"),
        ["sslpassword"] = ("SSL password", "SslPassword"),
        ["sharedaccesskey"] = ("shared access key", "SharedAccessKey"),
        ["accountkey"] = ("account key", "AccountKey"),
        ["accesskey"] = ("access key", "AccessKey"),
        ["clientsecret"] = ("client secret", "ClientSecret"),
        ["apikey"] = ("API key", "ApiKey"),
    };

    /// <summary>Keys that make a key=value list look like a connection string.</summary>
    private static readonly HashSet<string> ConnectionKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "server", "datasource", "host", "hostname", "address", "addr", "networkaddress", "database", "initialcatalog",
        "userid", "uid", "user", "username", "port", "endpoint", "accountname", "sharedaccesskeyname",
        "defaultendpointsprotocol", "provider", "dsn", "sslmode", "integratedsecurity", "trustedconnection",
        "encrypt", "trustservercertificate", "timeout", "connecttimeout", "connectiontimeout", "pooling",
        "applicationname", "ssl", "abortconnect", "defaultdatabase", "searchpath", "authsource", "protocol",
        "clientid", "tenantid", "authentication", "multipleactiveresultsets", "persistsecurityinfo",
    };

    /// <summary>Finds the first credential; null when the value is not a connection string or holds none.</summary>
    public static ConnectionStringCredential? Find(string value)
    {
        if (value is null || value.Length < 8)
        {
            return null;
        }

        if (value.IndexOf('=') >= 0)
        {
            ConnectionStringCredential? pair = FindInKeyValueList(value);
            if (pair is not null)
            {
                return pair;
            }
        }

        int scheme = value.IndexOf("://", StringComparison.Ordinal);
        while (scheme > 0)
        {
            ConnectionStringCredential? uri = FindInUri(value, scheme);
            if (uri is not null)
            {
                return uri;
            }

            scheme = value.IndexOf("://", scheme + 3, StringComparison.Ordinal);
        }

        return null;
    }

    private static ConnectionStringCredential? FindInKeyValueList(string value)
    {
        // ';' separates ADO.NET pairs; StackExchange.Redis configuration strings use ','.
        char separator = value.IndexOf(';') >= 0 ? ';' : ',';
        int segments = 0;
        int knownKeys = 0;
        int credentialStart = -1, credentialLength = 0;
        (string Description, string Suffix) credential = ("password", "Password");

        int position = 0;
        while (position < value.Length)
        {
            int segmentStart = position;
            int equals = -1;
            int end = position;
            while (end < value.Length && value[end] != separator && value[end] != '=')
            {
                end++;
            }

            if (end < value.Length && value[end] == '=')
            {
                equals = end;
            }

            if (equals < 0)
            {
                // A bare segment (e.g. "localhost:6379" in Redis) still counts as part of the list.
                if (end > segmentStart && !IsBlank(value, segmentStart, end - segmentStart))
                {
                    segments++;
                    if (separator == ',' && IsHostLike(value, segmentStart, end - segmentStart))
                    {
                        knownKeys++; // the endpoint list of a Redis configuration string
                    }
                }

                position = end + 1;
                continue;
            }

            string key = NormalizeKey(value, segmentStart, equals - segmentStart);
            ReadValue(value, equals + 1, separator, out int valueStart, out int valueLength, out int next);
            position = next;
            if (key.Length == 0)
            {
                continue;
            }

            segments++;
            if (ConnectionKeys.Contains(key))
            {
                knownKeys++;
            }

            if (credentialStart < 0 && CredentialKeys.TryGetValue(key, out var found)
                && valueLength > 0 && !IsPlaceholderCredential(value, valueStart, valueLength)
                && (IsQuoted(value, valueStart) || !ContainsWhitespace(value, valueStart, valueLength)))
            {
                knownKeys++;
                credentialStart = valueStart;
                credentialLength = valueLength;
                credential = found;
            }
        }

        // A credential key with a real value is enough ("Password=123", "foo=1;password=1"); the value checks above
        // keep prose and parameter markers out.
        if (credentialStart < 0)
        {
            return null;
        }

        return new ConnectionStringCredential(credentialStart, credentialLength, credential.Description, credential.Suffix, null);
    }

    private static void ReadValue(string value, int start, char separator, out int valueStart, out int valueLength, out int next)
    {
        int i = start;
        while (i < value.Length && value[i] == ' ')
        {
            i++;
        }

        if (i < value.Length && (value[i] == '"' || value[i] == '\''))
        {
            char quote = value[i];
            int contentStart = i + 1;
            int j = contentStart;
            while (j < value.Length)
            {
                if (value[j] == quote)
                {
                    if (j + 1 < value.Length && value[j + 1] == quote)
                    {
                        j += 2; // doubled quote inside a quoted value
                        continue;
                    }

                    break;
                }

                j++;
            }

            valueStart = contentStart;
            valueLength = Math.Min(j, value.Length) - contentStart;
            int after = j + 1;
            while (after < value.Length && value[after] != separator)
            {
                after++;
            }

            next = after + 1;
            return;
        }

        int end = i;
        while (end < value.Length && value[end] != separator)
        {
            end++;
        }

        int trimmedEnd = end;
        while (trimmedEnd > i && char.IsWhiteSpace(value[trimmedEnd - 1]))
        {
            trimmedEnd--;
        }

        valueStart = i;
        valueLength = trimmedEnd - i;
        next = end + 1;
    }

    private static ConnectionStringCredential? FindInUri(string value, int schemeSeparator)
    {
        int schemeStart = schemeSeparator;
        while (schemeStart > 0 && IsSchemeChar(value[schemeStart - 1]))
        {
            schemeStart--;
        }

        if (schemeStart == schemeSeparator || !char.IsLetter(value[schemeStart]))
        {
            return null;
        }

        int authorityStart = schemeSeparator + 3;
        int authorityEnd = authorityStart;
        while (authorityEnd < value.Length && !IsAuthorityEnd(value[authorityEnd]))
        {
            authorityEnd++;
        }

        int at = value.LastIndexOf('@', authorityEnd - 1, authorityEnd - authorityStart);
        if (at < 0)
        {
            return null;
        }

        int colon = value.IndexOf(':', authorityStart, at - authorityStart);
        if (colon < 0)
        {
            return null;
        }

        int passwordStart = colon + 1;
        int passwordLength = at - passwordStart;
        if (passwordLength <= 0 || IsPlaceholderCredential(value, passwordStart, passwordLength))
        {
            return null;
        }

        // file://C:\backup@daily: a drive letter and a Windows path, not user-info (RFC 3986 allows no '\' there).
        if (colon - authorityStart == 1 || value.IndexOf('\\', passwordStart, passwordLength) >= 0
            || (schemeSeparator - schemeStart == 4 && string.Compare(value, schemeStart, "file", 0, 4, StringComparison.OrdinalIgnoreCase) == 0))
        {
            return null;
        }

        // scheme://admin:admin@host: user and password the same is a documentation idiom, not a credential.
        if (colon - authorityStart == passwordLength
            && string.CompareOrdinal(value, authorityStart, value, passwordStart, passwordLength) == 0)
        {
            return null;
        }

        string scheme = value.Substring(schemeStart, schemeSeparator - schemeStart).ToLowerInvariant();
        return new ConnectionStringCredential(passwordStart, passwordLength, "password", "Password", scheme);
    }

    /// <summary>Placeholders, and a value that merely repeats a credential word (Password=password, user:pass@).</summary>
    private static bool IsPlaceholderCredential(string value, int start, int length)
    {
        if (Placeholders.IsPlaceholder(value, start, length))
        {
            return true;
        }

        if (length > 16)
        {
            return false;
        }

        if (IsParameterMarker(value, start, length))
        {
            return true;
        }

        string lower = value.Substring(start, length).ToLowerInvariant();
        return lower is "password" or "pass" or "passwd" or "pwd" or "pw" or "accountkey" or "sharedaccesskey" or "apikey";
    }

    /// <summary>SQL / ORM parameter markers: <c>:password</c>, <c>@pwd</c>, <c>?</c>.</summary>
    private static bool IsParameterMarker(string value, int start, int length)
    {
        char first = value[start];
        if (first != ':' && first != '@' && first != '?')
        {
            return false;
        }

        for (int i = start + 1; i < start + length; i++)
        {
            char c = value[i];
            if (!(char.IsLetterOrDigit(c) || c == '_'))
            {
                return false;
            }
        }

        return true;
    }

    private static string NormalizeKey(string value, int start, int length)
    {
        char[] buffer = new char[length];
        int count = 0;
        for (int i = start; i < start + length; i++)
        {
            char c = value[i];
            if (c == '\u001b')
            {
                i = SkipEscapeSequence(value, i, start + length); // "\e[1mPassword=…": terminal colours before the key
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                buffer[count++] = c;
            }
            else if (c is not (' ' or '_' or '-' or '\t' or '\r' or '\n'))
            {
                return string.Empty; // not a connection-string key (e.g. a sentence or code)
            }
        }

        return count > 40 ? string.Empty : new string(buffer, 0, count);
    }

    /// <summary>The last index of an ANSI escape (ESC, or ESC [ parameters final-letter) that starts at <paramref name="escape"/>.</summary>
    private static int SkipEscapeSequence(string value, int escape, int end)
    {
        if (escape + 1 >= end || value[escape + 1] != '[')
        {
            return escape;
        }

        int i = escape + 2;
        while (i < end && !(value[i] >= '@' && value[i] <= '~'))
        {
            i++;
        }

        return i < end ? i : end - 1;
    }

    /// <summary>"localhost", "cache:6379", "10.0.0.1:6380", "redis.example.org".</summary>
    private static bool IsHostLike(string value, int start, int length)
    {
        string segment = value.Substring(start, length).Trim();
        if (segment.Length == 0 || ContainsWhitespace(segment, 0, segment.Length))
        {
            return false;
        }

        return segment.IndexOf(':') > 0 || segment.IndexOf('.') > 0
            || segment.Equals("localhost", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsQuoted(string value, int valueStart) =>
        valueStart > 0 && (value[valueStart - 1] == '"' || value[valueStart - 1] == '\'');

    /// <summary>An unquoted value with spaces is prose ("AccountKey=) or a URI …"), not a password.</summary>
    private static bool ContainsWhitespace(string value, int start, int length)
    {
        for (int i = start; i < start + length; i++)
        {
            if (char.IsWhiteSpace(value[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsBlank(string value, int start, int length)
    {
        for (int i = start; i < start + length; i++)
        {
            if (!char.IsWhiteSpace(value[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsSchemeChar(char c) =>
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '+' || c == '.' || c == '-';

    private static bool IsAuthorityEnd(char c) =>
        c is '/' or '?' or '#' or '"' or '<' or '>' or '`' || char.IsWhiteSpace(c);
}
