using System;

namespace SecretAnalyzers.Detection;

/// <summary>
/// Passwords given to well-known command-line tools through their short flags, which the generic pair detector
/// cannot read: <c>mysql -u root -pSECRET</c> (attached only: a bare <c>-p</c> prompts, and the next word is the
/// database), <c>sqlcmd -S db -U sa -P SECRET</c>, <c>sshpass -p SECRET</c>, <c>redis-cli -a SECRET</c>,
/// <c>mongosh -u admin -p SECRET</c>, <c>curl -u user:SECRET</c> and the environment prefixes
/// <c>PGPASSWORD=SECRET psql</c> / <c>MYSQL_PWD=SECRET mysql</c>. A flag counts only when its tool's name is a word of
/// the same string, and only a real value (no placeholder, variable or prompt text) is a finding. A pure function.
/// </summary>
internal static class ToolCommandLines
{
    private static readonly Tool[] Tools =
    {
        new(new[] { "mysql", "mysqldump", "mysqladmin", "mysqlimport", "mysqlcheck", "mysqlshow", "mysqlpump", "mariadb", "mariadb-dump" }, "-p", attachedOnly: true),
        new(new[] { "sqlcmd", "bcp", "osql" }, "-P", attachedOnly: false),
        new(new[] { "sshpass" }, "-p", attachedOnly: false),
        new(new[] { "redis-cli" }, "-a", attachedOnly: false),
        new(new[] { "mongo", "mongosh", "mongodump", "mongorestore", "mongoexport", "mongoimport" }, "-p", attachedOnly: false),
        new(new[] { "curl" }, "-u", attachedOnly: false, userColonPassword: true),
        new(new[] { "curl" }, "--user", attachedOnly: false, userColonPassword: true),
        new(new[] { "psql", "pg_dump", "pg_dumpall", "pg_restore", "pgbench", "createdb", "dropdb" }, "PGPASSWORD=", attachedOnly: true),
        new(new[] { "mysql", "mysqldump", "mysqladmin", "mysqlimport" }, "MYSQL_PWD=", attachedOnly: true),

        // docker run -p is a port: only the login subcommand takes a password
        new(new[] { "docker", "podman", "nerdctl" }, "-p", attachedOnly: false) { Subcommand = "login" },
        new(new[] { "docker", "podman", "nerdctl", "helm" }, "--password", attachedOnly: false) { Subcommand = "login" },
    };

    /// <summary>The first tool password in <paramref name="value"/>, or null; the span points into <paramref name="value"/>.</summary>
    public static ConnectionStringCredential? Find(string value)
    {
        if (value.IndexOf(" -", StringComparison.Ordinal) < 0 && value.IndexOf("PGPASSWORD=", StringComparison.Ordinal) < 0
            && value.IndexOf("MYSQL_PWD=", StringComparison.Ordinal) < 0)
        {
            return null; // every shape has a flag after a space or an environment prefix: most strings leave here
        }

        foreach (Tool tool in Tools)
        {
            if (FindFlag(value, tool) is { } found && ContainsToolName(value, tool.Names)
                && (tool.Subcommand is null || ContainsToolName(value, new[] { tool.Subcommand })))
            {
                return found;
            }
        }

        return null;
    }

    private static ConnectionStringCredential? FindFlag(string value, Tool tool)
    {
        int hit = value.IndexOf(tool.Flag, StringComparison.Ordinal);
        while (hit >= 0)
        {
            int after = hit + tool.Flag.Length;
            if (IsTokenStart(value, hit) && after < value.Length)
            {
                int start = after;
                bool attached = value[after] is not (' ' or '\t');
                if (!attached && !tool.AttachedOnly)
                {
                    while (start < value.Length && value[start] is ' ' or '\t')
                    {
                        start++;
                    }
                }

                if (attached || !tool.AttachedOnly)
                {
                    if (ReadValue(value, start, out int valueStart, out int length) && Credential(value, valueStart, length, tool) is { } found)
                    {
                        return found;
                    }
                }
            }

            hit = value.IndexOf(tool.Flag, hit + 1, StringComparison.Ordinal);
        }

        return null;
    }

    private static ConnectionStringCredential? Credential(string value, int start, int length, Tool tool)
    {
        if (tool.UserColonPassword)
        {
            int colon = value.IndexOf(':', start, length);
            if (colon < 0)
            {
                return null; // curl -u user: prompts for the password
            }

            length -= colon + 1 - start;
            start = colon + 1;
        }

        return IsRealValue(value, start, length) ? new ConnectionStringCredential(start, length, "password", "Password", null) : null;
    }

    /// <summary>A value ends at whitespace; a quoted one at its quote.</summary>
    private static bool ReadValue(string value, int i, out int start, out int length)
    {
        start = i;
        length = 0;
        if (i >= value.Length)
        {
            return false;
        }

        if (value[i] is '"' or '\'')
        {
            int close = value.IndexOf(value[i], i + 1);
            start = i + 1;
            length = close < 0 ? 0 : close - start;
            return length > 0;
        }

        int end = i;
        while (end < value.Length && !char.IsWhiteSpace(value[end]) && value[end] is not ('"' or '\'' or ';' or '|' or '&' or '`'))
        {
            end++;
        }

        length = end - start;
        return length > 0;
    }

    private static bool IsRealValue(string value, int start, int length)
    {
        if (length < 3 || value[start] is '$' or '%' or '{' or '<' or '[' or '*' or '-' or '@' or '(' or '?')
        {
            return false; // $PASS, %PASS%, {0}, <password>, [password], ***, another flag, @file, $(…)
        }

        string candidate = value.Substring(start, length);
        return !Placeholders.IsPlaceholder(value, start, length) && !ValueShape.LooksLikeText(candidate)
            && !PasswordHashes.IsPasswordHash(candidate) && candidate.IndexOf("{0", StringComparison.Ordinal) < 0;
    }

    /// <summary>A flag starts a token: after the string's start, whitespace or a quote.</summary>
    private static bool IsTokenStart(string value, int index) =>
        index == 0 || char.IsWhiteSpace(value[index - 1]) || value[index - 1] is '"' or '\'';

    /// <summary>The tool's name as a word: after a start, whitespace, a path separator or a quote; before whitespace, ".exe" or the end.</summary>
    private static bool ContainsToolName(string value, string[] names)
    {
        foreach (string name in names)
        {
            int hit = value.IndexOf(name, StringComparison.OrdinalIgnoreCase);
            while (hit >= 0)
            {
                int end = hit + name.Length;
                bool before = hit == 0 || char.IsWhiteSpace(value[hit - 1]) || value[hit - 1] is '/' or '\\' or '"' or '\'' or '`' or '(';
                bool after = end == value.Length || char.IsWhiteSpace(value[end]) || value[end] is '"' or '\''
                    || string.Compare(value, end, ".exe", 0, 4, StringComparison.OrdinalIgnoreCase) == 0;
                if (before && after)
                {
                    return true;
                }

                hit = value.IndexOf(name, hit + 1, StringComparison.OrdinalIgnoreCase);
            }
        }

        return false;
    }

    private sealed class Tool
    {
        public Tool(string[] names, string flag, bool attachedOnly, bool userColonPassword = false)
        {
            Names = names;
            Flag = flag;
            AttachedOnly = attachedOnly;
            UserColonPassword = userColonPassword;
        }

        public string[] Names { get; }

        /// <summary>The flag or environment prefix, matched case-sensitively (sqlcmd's -p is not -P).</summary>
        public string Flag { get; }

        /// <summary>The value must follow the flag without a space (mysql's bare -p prompts).</summary>
        public bool AttachedOnly { get; }

        /// <summary>A word that must be in the string too (<c>docker login</c>), or null.</summary>
        public string? Subcommand { get; init; }

        /// <summary>The value is user:password; the password is the part after the first colon.</summary>
        public bool UserColonPassword { get; }
    }
}
