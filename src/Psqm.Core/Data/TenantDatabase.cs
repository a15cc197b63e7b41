using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Psqm.Core.Tenancy;

namespace Psqm.Core.Data;

/// <summary>Points a module's DbContext at the current tenant's database, on the engine its record names (put on it by <see cref="DatabaseProviders"/>).</summary>
public sealed class TenantDatabase(AppDataPaths paths, IOptions<PsqmOptions> options, IServiceProvider services)
{
    private readonly DatabaseOptions _database = options.Value.Database;

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
        Connection(tenant) is not (DatabaseOptions.Sqlite, null) || File.Exists(paths.TenantDatabase(tenant.Name));

    /// <summary>
    /// The engine and connection string of a tenant's database: the tenant's own when its record names one, else the
    /// site's <c>Psqm:Database</c> with <c>{tenant}</c> filled in; null for the default SQLite file under AppData.
    /// </summary>
    public (string Provider, string? Connection) Connection(Tenant tenant)
    {
        var record = tenant.Record;
        var provider = record.DatabaseProvider.Length > 0 ? record.DatabaseProvider : _database.Provider;
        if (record.ConnectionString.Length > 0)
        {
            return (provider, record.ConnectionString);
        }

        return provider == _database.Provider && _database.ConnectionString.Length > 0
            ? (provider, _database.For(tenant.Name))
            : (provider, null);
    }

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

    private void Configure(DbContextOptionsBuilder builder, Tenant tenant, string historyTable)
    {
        var (provider, connection) = Connection(tenant);
        if (connection is null)
        {
            if (provider != DatabaseOptions.Sqlite)
            {
                throw new InvalidOperationException($"Tenant '{tenant.Name}' is on {provider}, but no connection string says where: set Psqm:Database:ConnectionString.");
            }

            var file = paths.TenantDatabase(tenant.Name);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            connection = $"Data Source={file}";
        }

        builder.UseProvider(provider, connection, historyTable);
    }
}
