using System;

namespace SecretAnalyzers.Detection;

/// <summary>
/// <c>Server=localhost;User=postgres;Password=postgres</c>: a connection string to the developer's own machine whose
/// password repeats the user name is a local container's default account (the design-time factory of an ORM, a
/// quickstart), which guards nothing. Both conditions are needed: the same account on a named server, or a chosen
/// password on localhost, stays reported (<c>scheme://admin:admin@host</c> in URIs is the same idiom, see
/// <see cref="ConnectionStrings"/>). Asked for whichever detector found the password, so the generic pair reader
/// does not report what the connection-string reader let go.
/// </summary>
internal static class LocalDevelopmentAccount
{
    private static readonly char[] PortSeparators = { ':', ',', '\\' };

    /// <summary>True when the password at [start, start + length) repeats the list's user name and its server is local.</summary>
    public static bool Holds(string value, int start, int length)
    {
        if (length == 0 || value.IndexOf('=') < 0)
        {
            return false;
        }

        char separator = value.IndexOf(';') >= 0 ? ';' : '&';
        bool local = false, sameUser = false;
        int position = 0;
        while (position < value.Length)
        {
            int end = value.IndexOf(separator, position);
            if (end < 0)
            {
                end = value.Length;
            }

            int equals = value.IndexOf('=', position, end - position);
            if (equals > position)
            {
                string key = Placeholders.Normalize(value, position, equals - position);
                string setting = value.Substring(equals + 1, end - equals - 1).Trim();
                switch (key)
                {
                    case "user" or "userid" or "uid" or "username":
                        sameUser = setting.Length == length
                            && string.Compare(setting, 0, value, start, length, StringComparison.OrdinalIgnoreCase) == 0;
                        break;
                    case "server" or "host" or "hostname" or "datasource" or "address" or "addr":
                        local = IsLocalHost(setting);
                        break;
                }
            }

            position = end + 1;
        }

        return local && sameUser;
    }

    private static bool IsLocalHost(string host)
    {
        // localhost:5432, localhost,1433, tcp:127.0.0.1, [::1]:5432, (localdb)\MSSQLLocalDB, ".", "(local)"
        if (host.StartsWith("tcp:", StringComparison.OrdinalIgnoreCase))
        {
            host = host.Substring(4);
        }

        int end = host.StartsWith("[", StringComparison.Ordinal) ? host.IndexOf(']') + 1 : host.IndexOfAny(PortSeparators);
        string name = end > 0 ? host.Substring(0, end) : host;
        return name.Equals("localhost", StringComparison.OrdinalIgnoreCase) || name is "127.0.0.1" or "[::1]" or "::1" or "."
            || name.Equals("(local)", StringComparison.OrdinalIgnoreCase)
            || host.StartsWith("(localdb)", StringComparison.OrdinalIgnoreCase) || host.StartsWith(".\\", StringComparison.Ordinal);
    }
}
