using System.Collections.Concurrent;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Psqm.Core.Tenancy;

namespace Psqm.Core.Caching;

/// <summary>
/// Generation stamps of the tenant's caches, kept in its database. A change stamps its area and drops the area's
/// values from <see cref="TenantCache"/>, here and on the nodes the backplane reaches; a process it does not reach
/// (a recipe run from the command line, a node without Redis) sees the new stamp within a few seconds, when
/// <see cref="CacheStampService"/> next reads the stamps, and drops them then. Cached pages are keyed by the stamps.
/// Requests never read the stamps themselves, so a warm page still runs no query.
/// </summary>
public sealed class CacheStamps(IServiceScopeFactory scopes, IServiceProvider services, TenantCache cache)
{
    /// <summary>Published content and taxonomies.</summary>
    public const string Content = "content";

    /// <summary>Other records that public pages show (<see cref="ShownOnPublicPagesAttribute"/>).</summary>
    public const string PublicData = "public-data";

    /// <summary>What each role may do.</summary>
    public const string Permissions = "permissions";

    /// <summary>The tenant's own wording, laid over the modules' PO files.</summary>
    public const string Localization = "localization";

    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, string>> _known = new(StringComparer.Ordinal);

    // Every area's stamp of a tenant in one string: a cached page is keyed by it, so one rendered before a change is
    // never served after it, whichever process made the change.
    private readonly ConcurrentDictionary<string, string> _versions = new(StringComparer.Ordinal);

    /// <summary>All the stamps of a tenant together: it changes whenever any of them does.</summary>
    public string Version(string tenant) => _versions.GetValueOrDefault(tenant, "");

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

        var tenant = TenantScope.Required.Name;
        Areas(tenant)[area] = stamp;
        await cache.ForgetAsync(tenant, area, everywhere: true);
        await RenewAsync(tenant);
    }

    /// <summary>Reads the tenant's stamps from its database (the tenant in scope).</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var rows = await scope.ServiceProvider.GetRequiredService<CacheStampsDbContext>().Stamps.AsNoTracking().ToListAsync(cancellationToken);
        var tenant = TenantScope.Required.Name;
        var areas = Areas(tenant);
        var changed = false;
        foreach (var row in rows)
        {
            if (areas.TryGetValue(row.Area, out var known) && known == row.Stamp)
            {
                continue;
            }

            // Every node reads the same stamps, so each drops its own values and tells no one.
            await cache.ForgetAsync(tenant, row.Area, everywhere: false);
            areas[row.Area] = row.Stamp;
            changed = true;
        }

        if (changed)
        {
            await RenewAsync(tenant);
        }
    }

    private ConcurrentDictionary<string, string> Areas(string tenant) => _known.GetOrAdd(tenant, _ => new(StringComparer.Ordinal));

    // Pages of the old version can no longer be asked for (the version is in their key): their memory is given back now.
    private async Task RenewAsync(string tenant)
    {
        _versions[tenant] = string.Join(',', Areas(tenant).OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => a.Value));

        // Asked for here, not taken when made: the page cache's store is configured with the page cache, which reads these stamps.
        await services.GetRequiredService<IOutputCacheStore>().EvictByTagAsync(PageCache.Tag(tenant), CancellationToken.None);
    }
}

/// <summary>Reads every running tenant's cache stamps every few seconds (<c>Psqm:Jobs:CacheStampService</c>).</summary>
public sealed class CacheStampService(TenantRegistry tenants, CacheStamps stamps, IConfiguration configuration, ILogger<CacheStampService> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Hosting.JobIntervals.Of(configuration, nameof(CacheStampService), Interval));
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
