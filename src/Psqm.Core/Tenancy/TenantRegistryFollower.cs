using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Psqm.Core.Tenancy;

/// <summary>
/// Takes up tenants created, changed, disabled or enabled by another node (or the command line) within two seconds:
/// it compares each tenant's version in the host database with this node's snapshot and reloads when one differs.
/// </summary>
public sealed class TenantRegistryFollower(TenantRegistry registry, IServiceScopeFactory scopes, ILogger<TenantRegistryFollower> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await FollowAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The host database may be restarting; the next tick tries again.
                logger.LogWarning(e, "Could not compare the tenants registry with the host database.");
            }
        }
    }

    public async Task FollowAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<HostDbContext>().Tenants.AsNoTracking()
            .Select(t => new { t.Name, t.Version }).ToListAsync(cancellationToken);
        var known = registry.All;
        if (stored.Count != known.Count || stored.Any(s => registry.Find(s.Name)?.Record.Version != s.Version))
        {
            await registry.ReloadAsync(cancellationToken);
        }
    }
}
