using Microsoft.EntityFrameworkCore;
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
public sealed class FrameworkReader(TenantCache cache, IServiceScopeFactory scopes)
{
    // Saving a framework stamps the public data, which drops this wherever it was kept.
    public async Task<IReadOnlyList<FrameworkView>> AllAsync(CancellationToken cancellationToken = default) =>
        await cache.GetOrSetAsync<IReadOnlyList<FrameworkView>>(CacheStamps.PublicData, "frameworks", async token =>
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CriteriaDbContext>();
            var all = await db.Frameworks.AsNoTracking().OrderBy(f => f.Order).ToListAsync(token);
            var criteria = await db.Criteria.AsNoTracking().ToListAsync(token);
            return all.Select(f => new FrameworkView(f, criteria.Where(c => c.FrameworkKey == f.Key).ToList())).ToList();
        }, TimeSpan.FromHours(1), cancellationToken);
}
