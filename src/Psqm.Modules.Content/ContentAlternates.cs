using Microsoft.AspNetCore.Http;
using Psqm.Modules.Content.Engine;
using Psqm.Core.Routing;
using Psqm.Core.Tenancy;

namespace Psqm.Modules.Content;

/// <summary>Points the language switch of an item's page at its translation's own address.</summary>
public sealed class ContentAlternates(PublishedContent published, PageLinks links)
{
    /// <summary>
    /// For each language: the translation's address when there is one, or this slug in that language, where the page
    /// explains that the item is not translated yet.
    /// </summary>
    public async Task SetAsync(HttpContext context, string detailPage, ContentItem known, ContentItem? shown)
    {
        var alternates = AlternateLinks.On(context);
        foreach (var culture in context.RequiredTenant().Cultures)
        {
            var language = culture.TwoLetterISOLanguageName;
            var target = language == known.Culture ? known
                : shown is null ? null
                : await published.TranslationAsync(shown, language, context.RequestAborted);
            var slug = target?.Slug ?? (shown ?? known).Slug;
            alternates.Set(language, links.Page(context, detailPage, new { slug }, culture) ?? "/");
        }
    }

    /// <summary>The item with this slug in another of the tenant's languages, for a page reached in the wrong one.</summary>
    public async Task<ContentItem?> ElsewhereAsync(HttpContext context, string type, string language, string slug)
    {
        foreach (var other in context.RequiredTenant().Cultures.Where(c => c.TwoLetterISOLanguageName != language))
        {
            if (await published.FindAsync(type, other.TwoLetterISOLanguageName, slug, context.RequestAborted) is { } found)
            {
                return found;
            }
        }

        return null;
    }
}
