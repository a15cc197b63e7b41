using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Psqm.Core.Caching;
using Psqm.Core.Tenancy;
using Psqm.Modules.Criteria.Data;

namespace Psqm.Modules.Criteria;

public sealed record FrameworkView(Framework Framework, IReadOnlyList<Criterion> Criteria)
{
    public IEnumerable<Criterion> For(string level, string aim) =>
        Criteria.Where(c => c.LevelKey == level && c.AimKey == aim).OrderBy(c => c.Number);
}

/// <summary>The tenant's frameworks with their criteria, read once: they change only when a recipe runs.</summary>
public sealed class FrameworkReader(IMemoryCache cache, IServiceScopeFactory scopes, CacheStamps stamps)
{
    public async Task<IReadOnlyList<FrameworkView>> AllAsync(CancellationToken cancellationToken = default)
    {
        // Saving a framework stamps the public data, so a change made anywhere gives a new key.
        var key = "frameworks:" + TenantScope.Required.Name + ":" + stamps.Current(CacheStamps.PublicData);
        if (cache.TryGetValue(key, out IReadOnlyList<FrameworkView>? frameworks) && frameworks is not null)
        {
            return frameworks;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CriteriaDbContext>();
        var all = await db.Frameworks.AsNoTracking().OrderBy(f => f.Order).ToListAsync(cancellationToken);
        var criteria = await db.Criteria.AsNoTracking().ToListAsync(cancellationToken);
        frameworks = all.Select(f => new FrameworkView(f, criteria.Where(c => c.FrameworkKey == f.Key).ToList())).ToList();
        cache.Set(key, frameworks, new MemoryCacheEntryOptions { SlidingExpiration = TimeSpan.FromHours(1), Size = criteria.Count + 1 });
        return frameworks;
    }
}
