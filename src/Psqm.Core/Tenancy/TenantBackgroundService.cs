using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Psqm.Core.Tenancy;

/// <summary>
/// A job that runs at an interval for every running tenant with its module enabled, each in the tenant's scope
/// with its own services; one tenant's failure is logged and does not stop the others. <c>Psqm:Jobs:{ClassName}</c>
/// overrides the interval (<see cref="Hosting.JobIntervals"/>).
/// </summary>
public abstract class TenantBackgroundService(TenantRegistry tenants, IServiceScopeFactory scopes, TimeProvider clock, ILogger logger) : BackgroundService
{
    protected abstract string ModuleName { get; }

    protected abstract TimeSpan Interval { get; }

    protected abstract Task RunAsync(IServiceProvider services, DateTime nowUtc, CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        TimeSpan interval;
        using (var configuration = scopes.CreateScope())
        {
            interval = Hosting.JobIntervals.Of(configuration.ServiceProvider.GetRequiredService<IConfiguration>(), GetType().Name, Interval);
        }

        using var timer = new PeriodicTimer(interval, clock);
        do
        {
            foreach (var tenant in tenants.All.Where(t => t.State == TenantState.Running && t.Modules.Contains(ModuleName)))
            {
                try
                {
                    using var _ = TenantScope.Enter(tenant);
                    using var __ = logger.BeginScope(tenant.LogScope);
                    await using var scope = scopes.CreateAsyncScope();

                    // A job must not open a database that has gone: SQLite would make an empty one in its place, and
                    // readiness reports the loss instead.
                    if (!scope.ServiceProvider.GetRequiredService<Psqm.Core.Data.TenantDatabase>().Exists(tenant))
                    {
                        continue;
                    }

                    await RunAsync(scope.ServiceProvider, clock.GetUtcNow().UtcDateTime, stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogError(e, "{Job} failed for tenant {Tenant}.", GetType().Name, tenant.Name);
                }
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
