using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Psqm.Core.Tenancy;

namespace Psqm.Core.Data;

/// <summary>Points a module's DbContext at the current tenant's database. The only provider-specific code for tenants.</summary>
public sealed class TenantDatabase(AppDataPaths paths, IServiceProvider services)
{
    public const string Sqlite = "Sqlite";

    /// <summary>Contexts kept for reuse per tenant and module: about as many as requests run at once.</summary>
    private const int PoolSize = 32;

    // Options are immutable and the same for every request of a tenant: built afresh per request they cost a third
    // of a small request's allocations (and a directory check each time), so each is built once, with its pool.
    private readonly ConcurrentDictionary<(Type Context, string Tenant, string Provider, string Connection), Prepared> _prepared = new();

    /// <summary>
    /// Whether the tenant's database is there to be opened. Opening a SQLite file that is missing would quietly
    /// create an empty one, so readiness looks for the file first.
    /// </summary>
    public bool Exists(Tenant tenant) =>
        tenant.Record.DatabaseProvider != Sqlite || tenant.Record.ConnectionString.Length > 0 || File.Exists(paths.TenantDatabase(tenant.Name));

    /// <summary>A module's options on the tenant's database, with its own migrations history table and the site's interceptors.</summary>
    public DbContextOptions<TContext> Options<TContext>(Tenant tenant, string historyTable)
        where TContext : DbContext =>
        (DbContextOptions<TContext>)Prepare<TContext>(tenant, historyTable).Options;

    /// <summary>
    /// A module's context on the tenant's database, from the tenant's pool: a context made afresh sets up EF's
    /// services for itself on first use, which cost a tenth of a page that runs one query. It goes back to the pool
    /// when its scope ends, reset.
    /// </summary>
    public TContext Context<TContext>(Tenant tenant, string historyTable)
        where TContext : DbContext =>
        ((PooledDbContextFactory<TContext>)Prepare<TContext>(tenant, historyTable).Pool.Value).CreateDbContext();

    private Prepared Prepare<TContext>(Tenant tenant, string historyTable)
        where TContext : DbContext =>
        _prepared.GetOrAdd(
            (typeof(TContext), tenant.Name, tenant.Record.DatabaseProvider, tenant.Record.ConnectionString),
            _ =>
            {
                var builder = new DbContextOptionsBuilder<TContext>().UseApplicationServiceProvider(services);
                Configure(builder, tenant, historyTable);

                // Diagnostics (query counting in tests, slow-query logging) plug in without touching modules.
                builder.AddInterceptors(services.GetServices<IInterceptor>());
                var options = builder.Options;
                return new Prepared(options, new Lazy<object>(() => new PooledDbContextFactory<TContext>(options, PoolSize)));
            });

    private sealed record Prepared(DbContextOptions Options, Lazy<object> Pool);

    private void Configure(DbContextOptionsBuilder options, Tenant tenant, string historyTable)
    {
        switch (tenant.Record.DatabaseProvider)
        {
            case Sqlite:
                var connection = tenant.Record.ConnectionString;
                if (connection.Length == 0)
                {
                    var file = paths.TenantDatabase(tenant.Name);
                    Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                    connection = $"Data Source={file}";
                }

                options.UseSqlite(connection, sqlite => sqlite.MigrationsHistoryTable(historyTable));
                break;
            default:
                throw new InvalidOperationException($"Tenant '{tenant.Name}' uses the unknown database provider '{tenant.Record.DatabaseProvider}'.");
        }

        // Migrations are written by hand (EF's design-time package is not available here), so there is no model
        // snapshot to compare with; a test compares the migrated schema with the model instead.
        options.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
    }
}
