using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Psqm.Core.Tenancy;

namespace Psqm.Core.Caching;

/// <summary>
/// Generation stamps of the tenant's caches, kept in its database: a change stamps its area, and cached values are
/// keyed by the stamp, so a change made here is seen at once and one made by another process (a recipe run from the
/// command line, another node) within a few seconds, when <see cref="CacheStampService"/> next reads the stamps.
/// Requests never read the stamps themselves, so a warm page still runs no query.
/// </summary>
public sealed class CacheStamps(IServiceScopeFactory scopes)
{
    public const string Content = "content";

    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, string>> _known = new(StringComparer.Ordinal);

    /// <summary>The stamp of an area of the tenant in scope, as this process knows it.</summary>
    public string Current(string area) =>
        _known.TryGetValue(TenantScope.Required.Name, out var areas) && areas.TryGetValue(area, out var stamp) ? stamp : "";

    /// <summary>Records a change: the area gets a new stamp, here at once and in the database for the others.</summary>
    public async Task ChangedAsync(string area, CancellationToken cancellationToken = default)
    {
        var stamp = Guid.NewGuid().ToString("N");
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CacheStampsDbContext>();
        if (await db.Stamps.FirstOrDefaultAsync(s => s.Area == area, cancellationToken) is { } row)
        {
            row.Stamp = stamp;
        }
        else
        {
            db.Stamps.Add(new CacheStamp { Area = area, Stamp = stamp });
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another process stamped the same new area at the same moment: either stamp tells readers to reload.
        }

        Areas(TenantScope.Required.Name)[area] = stamp;
    }

    /// <summary>Reads the tenant's stamps from its database (the tenant in scope).</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var rows = await scope.ServiceProvider.GetRequiredService<CacheStampsDbContext>().Stamps.AsNoTracking().ToListAsync(cancellationToken);
        var areas = Areas(TenantScope.Required.Name);
        foreach (var row in rows)
        {
            areas[row.Area] = row.Stamp;
        }
    }

    private ConcurrentDictionary<string, string> Areas(string tenant) => _known.GetOrAdd(tenant, _ => new(StringComparer.Ordinal));
}

/// <summary>Reads every running tenant's cache stamps every few seconds.</summary>
public sealed class CacheStampService(TenantRegistry tenants, CacheStamps stamps, ILogger<CacheStampService> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            foreach (var tenant in tenants.All.Where(t => t.State == TenantState.Running))
            {
                try
                {
                    using var _ = TenantScope.Enter(tenant);
                    await stamps.RefreshAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogWarning(e, "The cache stamps of tenant {Tenant} could not be read.", tenant.Name);
                }
            }
        }
    }
}
