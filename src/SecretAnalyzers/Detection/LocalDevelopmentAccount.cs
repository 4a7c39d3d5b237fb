using System;

namespace SecretAnalyzers.Detection;

/// <summary>
/// <c>Server=localhost;User=postgres;Password=postgres</c>: a connection string to the developer's own machine whose
/// password repeats the user name is a local container's default account (the design-time factory of an ORM, a
/// quickstart), which guards nothing. Both conditions are needed: the same account on a named server, or a chosen
/// password on localhost, stays reported (<c>scheme://admin:admin@host</c> in URIs is the same idiom, see
/// <see cref="ConnectionStrings"/>).
/// </summary>
internal struct LocalDevelopmentAccount
{
    private int userStart;
    private int userLength;
    private bool local;

    /// <summary>Remembers the user-name value and whether the server is local, as the connection string's keys go by.</summary>
    public static void Note(string key, string value, int start, int length, ref LocalDevelopmentAccount account)
    {
        switch (key.ToLowerInvariant())
        {
            case "user" or "userid" or "uid" or "username":
                account.userStart = start;
                account.userLength = length;
                break;
            case "server" or "host" or "hostname" or "datasource" or "address" or "addr":
                account.local = IsLocalHost(value.Substring(start, length).Trim());
                break;
        }
    }

    /// <summary>True when the password at [start, start + length) repeats the user name and the server is local.</summary>
    public readonly bool Holds(string value, int start, int length) =>
        local && userLength == length && length > 0
        && string.Compare(value, userStart, value, start, length, StringComparison.OrdinalIgnoreCase) == 0;

    private static bool IsLocalHost(string host)
    {
        // localhost:5432, localhost,1433, tcp:127.0.0.1, (localdb)\MSSQLLocalDB, ".", "(local)"
        if (host.StartsWith("tcp:", StringComparison.OrdinalIgnoreCase))
        {
            host = host.Substring(4);
        }

        int end = host.StartsWith("[", StringComparison.Ordinal) ? host.IndexOf(']') + 1 : host.IndexOfAny(PortSeparators);
        string name = end > 0 ? host.Substring(0, end) : host;
        return name.Equals("localhost", StringComparison.OrdinalIgnoreCase) || name == "127.0.0.1" || name == "[::1]"
            || name == "::1" || name == "." || name.Equals("(local)", StringComparison.OrdinalIgnoreCase)
            || host.StartsWith("(localdb)", StringComparison.OrdinalIgnoreCase) || host.StartsWith(".\\", StringComparison.Ordinal);
    }

    private static readonly char[] PortSeparators = { ':', ',', '\\' };
}
