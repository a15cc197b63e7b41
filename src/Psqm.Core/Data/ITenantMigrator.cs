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
        Migrations.MigrateAsync(scopedServices.GetRequiredService<TContext>(), cancellationToken);

    public async Task CheckAsync(IServiceProvider scopedServices, CancellationToken cancellationToken)
    {
        // A file deleted under a running site can come back empty when a background job opens it: not ready either.
        if (!(await scopedServices.GetRequiredService<TContext>().Database.GetAppliedMigrationsAsync(cancellationToken)).Any())
        {
            throw new InvalidOperationException("The tenant's database has no migrations applied: it is empty or was replaced.");
        }
    }
}
