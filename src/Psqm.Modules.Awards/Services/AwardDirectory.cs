using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Psqm.Core.Caching;
using Psqm.Core.Tenancy;
using Psqm.Modules.Awards.Data;

namespace Psqm.Modules.Awards.Services;

/// <summary>
/// The tenant's current awards in a language's alphabetical order, kept in memory until an award changes (it stamps
/// the public data) or the tenant's day ends: the public directory searches and filters them without a query, and
/// without sorting them again for each visitor.
/// </summary>
public sealed class AwardDirectory(AwardsDbContext db, TenantCache cache, TimeProvider clock)
{
    public async Task<IReadOnlyList<AwardHolder>> CurrentAsync(CultureInfo culture, CancellationToken cancellationToken = default)
    {
        var tenant = TenantScope.Required;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime.InZone(tenant.TimeZone));
        return await cache.GetOrSetAsync<IReadOnlyList<AwardHolder>>(CacheStamps.PublicData, $"award-holders:{today.DayNumber}:{culture.Name}", async token =>
        {
            var current = await db.AwardHolders.AsNoTracking().Where(h => h.ExpiresOn >= today && h.RevokedOn == null).ToListAsync(token);
            return current.OrderBy(h => h.SchoolName, StringComparer.Create(culture, ignoreCase: true)).ToArray();
        }, TimeSpan.FromMinutes(30), cancellationToken);
    }
}
