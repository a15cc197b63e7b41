using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Psqm.Core.Tenancy;

namespace Psqm.Core.Data;

/// <summary>Points a module's DbContext at the current tenant's database. The only provider-specific code for tenants.</summary>
public sealed class TenantDatabase(AppDataPaths paths, IServiceProvider services)
{
    public const string Sqlite = "Sqlite";

    // Options are immutable and the same for every request of a tenant: built afresh per request they cost a third
    // of a small request's allocations (and a directory check each time), so each is built once.
    private readonly ConcurrentDictionary<(Type Context, string Tenant, string Provider, string Connection), DbContextOptions> _options = new();

    /// <summary>
    /// Whether the tenant's database is there to be opened. Opening a SQLite file that is missing would quietly
    /// create an empty one, so readiness looks for the file first.
    /// </summary>
    public bool Exists(Tenant tenant) =>
        tenant.Record.DatabaseProvider != Sqlite || tenant.Record.ConnectionString.Length > 0 || File.Exists(paths.TenantDatabase(tenant.Name));

    /// <summary>A module's options on the tenant's database, with its own migrations history table and the site's interceptors.</summary>
    public DbContextOptions<TContext> Options<TContext>(Tenant tenant, string historyTable)
        where TContext : DbContext =>
        (DbContextOptions<TContext>)_options.GetOrAdd(
            (typeof(TContext), tenant.Name, tenant.Record.DatabaseProvider, tenant.Record.ConnectionString),
            _ =>
            {
                var options = new DbContextOptionsBuilder<TContext>().UseApplicationServiceProvider(services);
                Configure(options, tenant, historyTable);

                // Diagnostics (query counting in tests, slow-query logging) plug in without touching modules.
                options.AddInterceptors(services.GetServices<IInterceptor>());
                return options.Options;
            });

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
