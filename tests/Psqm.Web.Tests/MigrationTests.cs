using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Psqm.Core.Data;
using Psqm.Core.Tenancy;
using Psqm.Modules.Users.Data;

namespace Psqm.Web.Tests;

/// <summary>
/// Migrations are generated per engine (decision 16). Each context's model must be covered by its migrations on
/// both engines, and a database made by the last version with hand-written migrations must come out of an upgrade
/// with the very schema a new one gets.
/// </summary>
public sealed class MigrationTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "psqm-migrations", Guid.NewGuid().ToString("N"));

    public MigrationTests() => Directory.CreateDirectory(_folder);

    public static TheoryData<string, Type> ContextsOnEachEngine()
    {
        var data = new TheoryData<string, Type>();
        foreach (var provider in new[] { DatabaseOptions.Sqlite, DatabaseOptions.PostgreSQL })
        {
            foreach (var context in Contexts)
            {
                data.Add(provider, context);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ContextsOnEachEngine))]
    public void Model_HasNoChangeThatNoMigrationCovers(string provider, Type context)
    {
        // The connection is never opened: the comparison is between the model and the last migration's snapshot.
        var connection = provider == DatabaseOptions.Sqlite ? "Data Source=unused.db" : "Host=unused;Database=unused";
        using var db = Create(context, provider, connection);
        Assert.True(db.Database.GetMigrations().Any(), $"{context.Name} has no {provider} migrations.");
        Assert.False(db.Database.HasPendingModelChanges(), $"{context.Name} has model changes that no {provider} migration covers: run tools/add-migration.sh.");
    }

    [Fact]
    public async Task DatabaseFromTheLastHandWrittenVersion_IsUpgradedToTheSchemaOfANewOne()
    {
        var old = Path.Combine(_folder, "old.db");
        var fresh = Path.Combine(_folder, "fresh.db");
        await RunScriptAsync(old, "tenant-2026-12-02.sql");
        await RunScriptAsync(old, "host-2026-12-02.sql");
        await ExecuteAsync(old, "INSERT INTO CacheStamps (Area, Stamp) VALUES ('kept', 'from the old version')");

        foreach (var context in Contexts)
        {
            await using (var db = Create(context, DatabaseOptions.Sqlite, $"Data Source={old}"))
            {
                await Psqm.Core.Data.Migrations.MigrateAsync(db, default);
                Assert.Contains(db.Database.GetMigrations().First(), await db.Database.GetAppliedMigrationsAsync());
            }

            await using (var db = Create(context, DatabaseOptions.Sqlite, $"Data Source={fresh}"))
            {
                await Psqm.Core.Data.Migrations.MigrateAsync(db, default);
            }
        }

        Assert.Equal(await SchemaAsync(fresh), await SchemaAsync(old));
        await using var stamps = Create(typeof(Psqm.Core.Caching.CacheStampsDbContext), DatabaseOptions.Sqlite, $"Data Source={old}");
        Assert.Equal("from the old version", (await ((Psqm.Core.Caching.CacheStampsDbContext)stamps).Stamps.SingleAsync(s => s.Area == "kept")).Stamp);
    }

    [Fact]
    public async Task DatabaseHalfwayThroughTheHandWrittenMigrations_IsRefusedWithAMessage()
    {
        var old = Path.Combine(_folder, "older.db");
        await RunScriptAsync(old, "host-2026-12-02.sql");
        await ExecuteAsync(old, "DELETE FROM __Migrations_Host WHERE MigrationId = '20261201000000_HostTenantBaseUrl'");

        await using var db = Create(typeof(HostDbContext), DatabaseOptions.Sqlite, $"Data Source={old}");
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => Psqm.Core.Data.Migrations.MigrateAsync(db, default));
        Assert.Contains("older than", refused.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static readonly Type[] Contexts =
    [
        typeof(HostDbContext),
        typeof(Psqm.Core.Email.OutboxDbContext),
        typeof(Psqm.Core.Caching.CacheStampsDbContext),
        typeof(UsersDbContext),
        typeof(Psqm.Modules.Content.Engine.ContentDbContext),
        typeof(Psqm.Modules.Criteria.Data.CriteriaDbContext),
        typeof(Psqm.Modules.Awards.Data.AwardsDbContext),
        typeof(Psqm.Modules.Search.Data.SearchDbContext),
        typeof(Psqm.Modules.Webinars.Data.WebinarsDbContext),
        typeof(Psqm.Modules.Enquiries.Data.EnquiriesDbContext),
        typeof(Psqm.Modules.Programme.Data.ProgrammeDbContext),
        typeof(Psqm.Modules.Workflows.Data.WorkflowsDbContext),
    ];

    // Built as the site builds it, through the one place that knows the engines.
    private static DbContext Create(Type context, string provider, string connection)
    {
        var builder = (DbContextOptionsBuilder)Activator.CreateInstance(typeof(DbContextOptionsBuilder<>).MakeGenericType(context))!;
        var history = (string)typeof(DataServiceCollectionExtensions).GetMethod(nameof(DataServiceCollectionExtensions.HistoryTable))!
            .MakeGenericMethod(context).Invoke(null, null)!;
        builder.UseProvider(provider, connection, history);
        return (DbContext)Activator.CreateInstance(context, builder.Options)!;
    }

    private static async Task RunScriptAsync(string file, string script) =>
        await ExecuteAsync(file, await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", script)));

    private static async Task ExecuteAsync(string file, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={file}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    // Tables, columns (name, type, nullability, key) and indexes, in a stable order.
    private static async Task<string> SchemaAsync(string file)
    {
        await using var connection = new SqliteConnection($"Data Source={file}");
        await connection.OpenAsync();
        var lines = new List<string>();
        var tables = new List<string>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND substr(name, 1, 2) <> '__' ORDER BY name";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        foreach (var table in tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT name, type, \"notnull\", pk FROM pragma_table_info('{table}') ORDER BY name";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                lines.Add($"{table}.{reader.GetString(0)} {reader.GetString(1)} notnull={reader.GetInt64(2)} pk={reader.GetInt64(3)}");
            }
        }

        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT tbl_name, name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                lines.Add($"index {reader.GetString(1)}: {reader.GetString(2)}");
            }
        }

        return string.Join('\n', lines);
    }
}
