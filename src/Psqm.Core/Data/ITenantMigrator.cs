using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Psqm.Core.Data;

/// <summary>Applies one module's migrations to the tenant in scope.</summary>
public interface ITenantMigrator
{
    Task MigrateAsync(IServiceProvider scopedServices, CancellationToken cancellationToken);

    /// <summary>Reads the module's migrations history: a real query on the tenant's database, for readiness.</summary>
    Task CheckAsync(IServiceProvider scopedServices, CancellationToken cancellationToken);
}

internal sealed class TenantMigrator<TContext> : ITenantMigrator
    where TContext : DbContext
{
    public Task MigrateAsync(IServiceProvider scopedServices, CancellationToken cancellationToken) =>
        scopedServices.GetRequiredService<TContext>().Database.MigrateAsync(cancellationToken);

    public Task CheckAsync(IServiceProvider scopedServices, CancellationToken cancellationToken) =>
        scopedServices.GetRequiredService<TContext>().Database.GetAppliedMigrationsAsync(cancellationToken);
}
