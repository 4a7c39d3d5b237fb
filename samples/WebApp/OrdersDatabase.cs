using System.Data.Common;

namespace WebApp;

/// <summary>
/// Stands for a database client registered with a connection string (as AddDbContext or AddNpgsqlDataSource would be).
/// Not a record: a record's ToString would print the connection string, password included.
/// </summary>
public sealed class OrdersDatabase
{
    private readonly string _connectionString;

    public OrdersDatabase(string connectionString)
    {
        _connectionString = connectionString;
    }

    /// <summary>How long the password in the connection string is (0: none), for the status page.</summary>
    public int PasswordLength => Parse().TryGetValue("Password", out var password) ? password?.ToString()?.Length ?? 0 : 0;

    /// <summary>Host and database, never the password.</summary>
    public string Describe()
    {
        var parts = Parse();
        return "Host=" + parts["Host"] + ";Database=" + parts["Database"];
    }

    private DbConnectionStringBuilder Parse() => new() { ConnectionString = _connectionString };
}
