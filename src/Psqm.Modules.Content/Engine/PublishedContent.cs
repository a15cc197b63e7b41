using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Psqm.Core.Caching;
using Psqm.Core.Tenancy;

namespace Psqm.Modules.Content.Engine;

/// <summary>
/// Published items per tenant, type and language, read once and kept in memory until something is published,
/// unpublished or deleted (here or in another process: the key carries the content's cache stamp). Public lists
/// filter these in memory: a tenant has hundreds of items, not millions.
/// </summary>
public sealed class PublishedContent(IMemoryCache cache, CacheStamps stamps, IServiceScopeFactory scopes)
{
    // A backstop only: a change is seen through the stamp at once.
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    public async Task<IReadOnlyList<ContentItem>> ListAsync(string contentType, string culture, CancellationToken cancellationToken = default)
    {
        var tenant = TenantScope.Required.Name;
        var key = $"published:{tenant}:{stamps.Current(CacheStamps.Content)}:{contentType}:{culture}";
        if (cache.TryGetValue(key, out IReadOnlyList<ContentItem>? items) && items is not null)
        {
            return items;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        items = await db.ContentItems.AsNoTracking()
            .Where(c => c.ContentType == contentType && c.Culture == culture && c.Published && !c.Deleted)
            .OrderByDescending(c => c.PublishedUtc)
            .ToListAsync(cancellationToken);
        cache.Set(key, items, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = Lifetime, Size = items.Count + 1 });
        return items;
    }

    public async Task<ContentItem?> FindAsync(string contentType, string culture, string slug, CancellationToken cancellationToken = default) =>
        (await ListAsync(contentType, culture, cancellationToken)).FirstOrDefault(c => c.Slug == slug);

    /// <summary>The published item of the same localization set in another language, if there is one.</summary>
    public async Task<ContentItem?> TranslationAsync(ContentItem item, string culture, CancellationToken cancellationToken = default) =>
        (await ListAsync(item.ContentType, culture, cancellationToken)).FirstOrDefault(c => c.LocalizationSet == item.LocalizationSet);

    /// <summary>The tenant's taxonomy terms by taxonomy, in order; cached with the published lists.</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<TaxonomyTerm>>> TermsAsync(CancellationToken cancellationToken = default)
    {
        var tenant = TenantScope.Required.Name;
        var key = $"terms:{tenant}:{stamps.Current(CacheStamps.Content)}";
        if (cache.TryGetValue(key, out IReadOnlyDictionary<string, IReadOnlyList<TaxonomyTerm>>? terms) && terms is not null)
        {
            return terms;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        var rows = await db.Terms.AsNoTracking().OrderBy(t => t.Order).ThenBy(t => t.Key).ToListAsync(cancellationToken);
        terms = rows.GroupBy(t => t.Taxonomy).ToDictionary(g => g.Key, g => (IReadOnlyList<TaxonomyTerm>)g.ToList());
        cache.Set(key, terms, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = Lifetime, Size = rows.Count + 1 });
        return terms;
    }

    /// <summary>Forgets the tenant's cached lists, in every process; the next read loads them again.</summary>
    public Task InvalidateAsync() => stamps.ChangedAsync(CacheStamps.Content, CancellationToken.None);
}
