using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Psqm.Core.Data;

namespace Psqm.Core.Tenancy;

/// <summary>Ready when every running tenant's database answers.</summary>
public sealed class TenantsHealthCheck(TenantRegistry registry, TenantDatabase database) : IHealthCheck
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
                var options = new DbContextOptionsBuilder<DbContext>();
                database.Configure(options, tenant, "__health");
                await using var db = new DbContext(options.Options);
                if (!await db.Database.CanConnectAsync(cancellationToken))
                {
                    failed.Add(tenant.Name);
                }
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
