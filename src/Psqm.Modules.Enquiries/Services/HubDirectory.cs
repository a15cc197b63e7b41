using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Psqm.Modules.Content.Engine;
using Psqm.Core.Caching;
using Psqm.Core.Hubs;
using Psqm.Core.Tenancy;
using Psqm.Modules.Enquiries.Data;

namespace Psqm.Modules.Enquiries.Services;

/// <summary>The hubs (a taxonomy) with the areas the routing table gives them; the table is kept in memory until HQ changes it.</summary>
public sealed class HubDirectory(EnquiriesDbContext db, PublishedContent published, IMemoryCache cache, CacheStamps stamps) : IHubDirectory
{
    public string ModuleName => Manifest.Value.Name;

    public async Task<IReadOnlyList<HubListing>> ListAsync(CancellationToken cancellationToken = default)
    {
        var hubs = (await published.TermsAsync(cancellationToken)).GetValueOrDefault(Taxonomies.Hubs) ?? [];
        var (areas, regions) = await TablesAsync(cancellationToken);
        return hubs.Select(h => new HubListing(h.Key, h.Name, areas[h.Key].Order(StringComparer.Ordinal).ToArray(), regions.GetValueOrDefault(h.Key))).ToArray();
    }

    // A change to the table stamps the public data (its rows are shown on pages), so this key changes with it.
    private string Key => "hub-areas:" + TenantScope.Required.Name + ":" + stamps.Current(CacheStamps.PublicData);

    private async Task<(ILookup<string, string> Areas, Dictionary<string, string> Regions)> TablesAsync(CancellationToken cancellationToken)
    {
        if (cache.TryGetValue(Key, out (ILookup<string, string>, Dictionary<string, string>) tables))
        {
            return tables;
        }

        tables = (
            (await db.Areas.AsNoTracking().ToListAsync(cancellationToken)).ToLookup(a => a.Hub, a => a.Area),
            await db.Regions.AsNoTracking().ToDictionaryAsync(r => r.Hub, r => r.Region, cancellationToken));
        cache.Set(Key, tables, new MemoryCacheEntryOptions { SlidingExpiration = TimeSpan.FromMinutes(30), Size = 1 });
        return tables;
    }
}
