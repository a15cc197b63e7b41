using Microsoft.EntityFrameworkCore;
using Psqm.Modules.Content.Engine;
using Psqm.Core.Caching;
using Psqm.Core.Hubs;
using Psqm.Core.Tenancy;
using Psqm.Modules.Enquiries.Data;

namespace Psqm.Modules.Enquiries.Services;

/// <summary>The hubs (a taxonomy) with the areas the routing table gives them; the table is kept in memory until HQ changes it.</summary>
public sealed class HubDirectory(EnquiriesDbContext db, PublishedContent published, TenantCache cache) : IHubDirectory
{
    public string ModuleName => Manifest.Value.Name;

    public async Task<IReadOnlyList<HubListing>> ListAsync(CancellationToken cancellationToken = default)
    {
        var hubs = (await published.TermsAsync(cancellationToken)).GetValueOrDefault(Taxonomies.Hubs) ?? [];
        var (areas, regions) = await TablesAsync(cancellationToken);
        return hubs.Select(h => new HubListing(h.Key, h.Name, areas[h.Key].Order(StringComparer.Ordinal).ToArray(), regions.GetValueOrDefault(h.Key))).ToArray();
    }

    // A change to the table stamps the public data (its rows are shown on pages), which drops this wherever it was kept.
    private async Task<(ILookup<string, string> Areas, Dictionary<string, string> Regions)> TablesAsync(CancellationToken cancellationToken) =>
        await cache.GetOrSetAsync(CacheStamps.PublicData, "hub-areas", async token => (
            (await db.Areas.AsNoTracking().ToListAsync(token)).ToLookup(a => a.Hub, a => a.Area),
            await db.Regions.AsNoTracking().ToDictionaryAsync(r => r.Hub, r => r.Region, token)), TimeSpan.FromMinutes(30), cancellationToken);
}
