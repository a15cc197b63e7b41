using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Psqm.Core.Caching;
using Psqm.Core.Tenancy;

namespace Psqm.Modules.Content.Engine;

/// <summary>
/// Published items per tenant, type and language, read once and kept in memory until something is published,
/// unpublished or deleted, on this node or another (<see cref="TenantCache"/>). Public lists filter these in memory:
/// a tenant has hundreds of items, not millions.
/// </summary>
public sealed class PublishedContent(TenantCache cache, CacheStamps stamps, IServiceScopeFactory scopes)
{
    // A backstop only: a change drops the lists at once.
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    public async Task<IReadOnlyList<ContentItem>> ListAsync(string contentType, string culture, CancellationToken cancellationToken = default) =>
        await cache.GetOrSetAsync<IReadOnlyList<ContentItem>>(CacheStamps.Content, $"published:{contentType}:{culture}", async token =>
        {
            await using var scope = scopes.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<ContentDbContext>().ContentItems.AsNoTracking()
                .Where(c => c.ContentType == contentType && c.Culture == culture && c.Published && !c.Deleted)
                .OrderByDescending(c => c.PublishedUtc)
                .ToListAsync(token);
        }, Lifetime, cancellationToken);

    public async Task<ContentItem?> FindAsync(string contentType, string culture, string slug, CancellationToken cancellationToken = default) =>
        (await ListAsync(contentType, culture, cancellationToken)).FirstOrDefault(c => c.Slug == slug);

    /// <summary>The published item of the same localization set in another language, if there is one.</summary>
    public async Task<ContentItem?> TranslationAsync(ContentItem item, string culture, CancellationToken cancellationToken = default) =>
        (await ListAsync(item.ContentType, culture, cancellationToken)).FirstOrDefault(c => c.LocalizationSet == item.LocalizationSet);

    /// <summary>The tenant's taxonomy terms by taxonomy, in order; cached with the published lists.</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<TaxonomyTerm>>> TermsAsync(CancellationToken cancellationToken = default) =>
        await cache.GetOrSetAsync<IReadOnlyDictionary<string, IReadOnlyList<TaxonomyTerm>>>(CacheStamps.Content, "terms", async token =>
        {
            await using var scope = scopes.CreateAsyncScope();
            var rows = await scope.ServiceProvider.GetRequiredService<ContentDbContext>().Terms.AsNoTracking()
                .OrderBy(t => t.Order).ThenBy(t => t.Key).ToListAsync(token);
            return rows.GroupBy(t => t.Taxonomy).ToDictionary(g => g.Key, g => (IReadOnlyList<TaxonomyTerm>)g.ToList());
        }, Lifetime, cancellationToken);

    /// <summary>Forgets the tenant's cached lists, in every process; the next read loads them again.</summary>
    public Task InvalidateAsync() => stamps.ChangedAsync(CacheStamps.Content, CancellationToken.None);
}
