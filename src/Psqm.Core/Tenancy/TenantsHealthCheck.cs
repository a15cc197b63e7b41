using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Psqm.Core.Data;

namespace Psqm.Core.Tenancy;

/// <summary>Ready when a real query answers on every running tenant's database; the answer names each tenant that fails.</summary>
public sealed class TenantsHealthCheck(TenantRegistry registry, TenantDatabase database, IEnumerable<ITenantMigrator> migrators, IServiceScopeFactory scopes) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var failed = new List<string>();
        var running = registry.All.Where(t => t.State == TenantState.Running).ToArray();
        foreach (var tenant in running)
        {
            if (!database.Exists(tenant))
            {
                failed.Add(tenant.Name);
                continue;
            }

            try
            {
                using var _ = TenantScope.Enter(tenant);
                await using var scope = scopes.CreateAsyncScope();
                // One real read of the tenant's database (its first module's migrations history) per probe is enough.
                await migrators.First().CheckAsync(scope.ServiceProvider, cancellationToken);
            }
            catch (Exception ex) when (ex is InvalidOperationException or System.Data.Common.DbException or IOException)
            {
                failed.Add(tenant.Name);
            }
        }

        return failed.Count == 0
            ? HealthCheckResult.Healthy($"{running.Length} tenants ready")
            : HealthCheckResult.Unhealthy("Not ready: " + string.Join(", ", failed));
    }
}
