using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Psqm.Core.Tenancy;
using Psqm.Modules.Users.Data;

namespace Psqm.Web.Tests;

/// <summary>
/// Migrations are written by hand, so each is checked against the model: the schema the migrations build must be
/// the schema EF would create from the model, table by table and column by column.
/// </summary>
public sealed class MigrationTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "psqm-migrations", Guid.NewGuid().ToString("N"));

    public MigrationTests() => Directory.CreateDirectory(_folder);

    [Fact]
    public Task HostMigrations_BuildTheModelsSchema() =>
        AssertMigrationsMatchModel<HostDbContext>(options => new HostDbContext(options));

    [Fact]
    public Task UsersMigrations_BuildTheModelsSchema() =>
        AssertMigrationsMatchModel<UsersDbContext>(options => new UsersDbContext(options));

    [Fact]
    public Task ContentMigrations_BuildTheModelsSchema() =>
        AssertMigrationsMatchModel<Psqm.Modules.Content.Engine.ContentDbContext>(options => new Psqm.Modules.Content.Engine.ContentDbContext(options));

    [Fact]
    public Task CriteriaMigrations_BuildTheModelsSchema() =>
        AssertMigrationsMatchModel<Psqm.Modules.Criteria.Data.CriteriaDbContext>(options => new Psqm.Modules.Criteria.Data.CriteriaDbContext(options));

    [Fact]
    public Task WebinarsMigrations_BuildTheModelsSchema() =>
        AssertMigrationsMatchModel<Psqm.Modules.Webinars.Data.WebinarsDbContext>(options => new Psqm.Modules.Webinars.Data.WebinarsDbContext(options));

    [Fact]
    public Task EnquiriesMigrations_BuildTheModelsSchema() =>
        AssertMigrationsMatchModel<Psqm.Modules.Enquiries.Data.EnquiriesDbContext>(options => new Psqm.Modules.Enquiries.Data.EnquiriesDbContext(options));

    [Fact]
    public Task SearchMigrations_BuildTheModelsSchema() =>
        AssertMigrationsMatchModel<Psqm.Modules.Search.Data.SearchDbContext>(options => new Psqm.Modules.Search.Data.SearchDbContext(options));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private async Task AssertMigrationsMatchModel<TContext>(Func<DbContextOptions<TContext>, TContext> create)
        where TContext : DbContext
    {
        var migrated = Path.Combine(_folder, "migrated.db");
        var created = Path.Combine(_folder, "created.db");
        await using (var db = create(Options<TContext>(migrated)))
        {
            await db.Database.MigrateAsync();
        }

        await using (var db = create(Options<TContext>(created)))
        {
            await db.Database.EnsureCreatedAsync();
        }

        Assert.Equal(await SchemaAsync(created), await SchemaAsync(migrated));
    }

    private static DbContextOptions<TContext> Options<TContext>(string file)
        where TContext : DbContext =>
        new DbContextOptionsBuilder<TContext>()
            .UseSqlite($"Data Source={file}", o => o.MigrationsHistoryTable("__history"))
            .ConfigureWarnings(w => w.Ignore(Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.PendingModelChangesWarning))
            .Options;

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
