using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Psqm.Core.Data;

/// <summary>
/// The one place a context is put on a database engine: the host registry, every tenant's modules and the design-time
/// factories that generate migrations all come through here, so the model a migration was made from is the model that runs.
/// </summary>
public static class DatabaseProviders
{
    /// <summary>Migrations are generated per engine into an assembly of their own (decision 16).</summary>
    public static string MigrationsAssembly(string provider) => "Psqm.Migrations." + provider;

    public static DbContextOptionsBuilder UseProvider(this DbContextOptionsBuilder builder, string provider, string connection, string historyTable)
    {
        switch (provider)
        {
            case DatabaseOptions.Sqlite:
                builder.UseSqlite(connection, o => o.MigrationsHistoryTable(historyTable).MigrationsAssembly(MigrationsAssembly(provider)));
                break;
            case DatabaseOptions.PostgreSQL:
                builder.UseNpgsql(connection, o => o.MigrationsHistoryTable(historyTable).MigrationsAssembly(MigrationsAssembly(provider)));
                builder.ReplaceService<IModelCustomizer, UtcTimestamps>();
                break;
            default:
                throw new InvalidOperationException($"'{provider}' is not a database provider this site knows: use '{DatabaseOptions.Sqlite}' or '{DatabaseOptions.PostgreSQL}'.");
        }

        return builder;
    }

    /// <summary>
    /// Makes the open transaction the only one holding <paramref name="name"/> until it ends, for a read followed by a
    /// write that must not interleave with another's (counting the places left, then taking one). A SQLite transaction
    /// already holds the whole database from its start (BEGIN IMMEDIATE); PostgreSQL takes a transaction-scoped
    /// advisory lock on the name.
    /// </summary>
    public static async Task LockAsync(DbContext db, string name, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("A lock is held by a transaction: begin one first.");
        }

        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({LockKey(name)})", cancellationToken);
        }
    }

    /// <summary>
    /// Holds the site's setup for this process until disposed, so that nodes starting together on an empty server
    /// set the tenants up once: the first takes it, the others wait and then find the tenants ready. PostgreSQL: a
    /// session advisory lock on the host database, on a connection of its own; SQLite: a lock file beside it, for the
    /// nodes of one machine that share its files.
    /// </summary>
    public static async Task<IAsyncDisposable> SetupLockAsync(DbContext host, CancellationToken cancellationToken)
    {
        if (host.Database.IsNpgsql())
        {
            var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(host.Database.GetConnectionString()) { Pooling = false }.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            await using var take = new NpgsqlCommand($"SELECT pg_advisory_lock({LockKey("psqm:setup")})", connection);
            await take.ExecuteNonQueryAsync(cancellationToken);

            // The lock is the session's: closing the unpooled connection ends it.
            return connection;
        }

        var file = Path.GetFullPath(((Microsoft.Data.Sqlite.SqliteConnection)host.Database.GetDbConnection()).DataSource) + ".setup";
        while (true)
        {
            try
            {
                // FileShare.None is an exclusive lock on the file, which another process's open is refused.
                return new FileStream(file, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException)
            {
                await Task.Delay(250, cancellationToken);
            }
        }
    }

    // FNV-1a: stable across processes and nodes, unlike string.GetHashCode.
    private static long LockKey(string name)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in name)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return unchecked((long)hash);
    }

    /// <summary>
    /// Creates a PostgreSQL database and its migrations history table when they are missing, before EF migrates it.
    /// EF would create both itself, but finds them missing by trying them and failing, and logs each failure as an
    /// error (npgsql/efcore.pg#3407): a new tenant's set-up would fill an operator's log with errors that are none.
    /// </summary>
    public static async Task PrepareAsync(DbContext db, CancellationToken cancellationToken)
    {
        var target = new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString());
        var name = target.Database ?? throw new InvalidOperationException("The PostgreSQL connection string names no database.");
        var maintenance = new NpgsqlConnectionStringBuilder(target.ConnectionString) { Database = "postgres", Pooling = false };
        await using (var connection = new NpgsqlConnection(maintenance.ConnectionString))
        {
            await connection.OpenAsync(cancellationToken);
            await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection) { Parameters = { new() { Value = name } } };
            if (await exists.ExecuteScalarAsync(cancellationToken) is null)
            {
                try
                {
                    await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", connection);
                    await create.ExecuteNonQueryAsync(cancellationToken);
                }
                catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase)
                {
                    // Another node created it a moment ago.
                }
            }
        }

        var history = db.GetService<IHistoryRepository>();
        await db.Database.ExecuteSqlRawAsync(history.GetCreateIfNotExistsScript(), cancellationToken);
    }

    /// <summary>
    /// The site keeps UTC times as DateTime, some read back from SQLite without a kind. Npgsql maps DateTime to
    /// <c>timestamptz</c> and refuses any not marked UTC, so on PostgreSQL every one is marked UTC on its way in.
    /// </summary>
    private sealed class UtcTimestamps(ModelCustomizerDependencies dependencies) : RelationalModelCustomizer(dependencies)
    {
        private static readonly ValueConverter<DateTime, DateTime> AsUtc =
            new(value => DateTime.SpecifyKind(value, DateTimeKind.Utc), value => DateTime.SpecifyKind(value, DateTimeKind.Utc));

        public override void Customize(ModelBuilder modelBuilder, DbContext context)
        {
            base.Customize(modelBuilder, context);
            foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(e => e.GetDeclaredProperties()))
            {
                if ((property.ClrType == typeof(DateTime) || property.ClrType == typeof(DateTime?)) && property.GetValueConverter() is null)
                {
                    property.SetValueConverter(AsUtc);
                }
            }
        }
    }
}
