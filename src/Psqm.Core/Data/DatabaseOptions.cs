namespace Psqm.Core.Data;

/// <summary>Which database engine holds the host registry and the tenants, from <c>Psqm:Database</c>.</summary>
public sealed class DatabaseOptions
{
    public const string Sqlite = "Sqlite";
    public const string PostgreSQL = "PostgreSQL";

    /// <summary>The name under which the host registry's database is made from <see cref="ConnectionString"/>.</summary>
    public const string HostName = "host";

    /// <summary><c>Sqlite</c> (files under AppData) or <c>PostgreSQL</c>.</summary>
    public string Provider { get; set; } = Sqlite;

    /// <summary>
    /// A connection string in which <c>{tenant}</c> stands for the tenant's name, so each tenant has a database of
    /// its own (<c>Host=db;Username=psqm;Database=psqm_{tenant}</c>); the host registry is the tenant <c>host</c>.
    /// Required for PostgreSQL; for SQLite, empty means a file per tenant under AppData.
    /// </summary>
    public string ConnectionString { get; set; } = "";

    /// <summary>What is wrong with these settings, if anything, in words an operator can act on.</summary>
    public string? Problem() => Provider switch
    {
        Sqlite => null,
        PostgreSQL when !ConnectionString.Contains("{tenant}", StringComparison.Ordinal) =>
            "Psqm:Database:ConnectionString must name each tenant's database with {tenant}, e.g. Host=db;Username=psqm;Database=psqm_{tenant}.",
        PostgreSQL => null,
        _ => $"Psqm:Database:Provider is '{Provider}': use '{Sqlite}' or '{PostgreSQL}'.",
    };

    /// <summary>The connection string of one database: names are lower-cased, as PostgreSQL folds names unquoted.</summary>
    public string For(string name) =>
        ConnectionString.Replace("{tenant}", name.ToLowerInvariant(), StringComparison.Ordinal);
}
