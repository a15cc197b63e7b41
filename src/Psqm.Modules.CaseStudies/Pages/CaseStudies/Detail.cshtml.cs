using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Psqm.Modules.Content.Engine;
using Psqm.Modules.Content;

namespace Psqm.Modules.CaseStudies.Pages.CaseStudies;

[Psqm.Core.Caching.CachedPage]
public sealed class DetailModel(PublishedContent published, CaseStudyQuery query, MarkdownRenderer markdown, ContentAlternates alternates) : PageModel
{
    public ContentItem? Item { get; private set; }

    /// <summary>When this language has no version: the version that exists, to point to.</summary>
    public ContentItem? Elsewhere { get; private set; }

    public string Body { get; private set; } = "";

    public IReadOnlyList<ContentItem> Related { get; private set; } = [];

    public IReadOnlyList<MediaItem> Images { get; private set; } = [];

    public IReadOnlyDictionary<string, IReadOnlyList<TaxonomyTerm>> Terms { get; private set; } = new Dictionary<string, IReadOnlyList<TaxonomyTerm>>();

    public string Language { get; } = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    public async Task<IActionResult> OnGetAsync(string slug, [FromServices] ContentDbContext db)
    {
        Item = await published.FindAsync(CaseStudyType.Name, Language, slug, HttpContext.RequestAborted);
        if (Item is null)
        {
            // Reached in the wrong language (a shared link, the language switch): say so and point to what exists.
            Elsewhere = await alternates.ElsewhereAsync(HttpContext, CaseStudyType.Name, Language, slug);
            if (Elsewhere is null)
            {
                return NotFound();
            }

            await alternates.SetAsync(HttpContext, "/CaseStudies/Detail", Elsewhere, null);
            return Page();
        }

        Terms = await published.TermsAsync(HttpContext.RequestAborted);
        Body = markdown.ToHtml(Item.Field("body"));
        Related = await query.RelatedAsync(Item, HttpContext.RequestAborted);
        var files = Item.FieldValues("images");
        if (files.Count > 0)
        {
            var found = await db.Media.AsNoTracking().Where(m => files.Contains(m.FileName)).ToListAsync(HttpContext.RequestAborted);
            Images = files.Select(f => found.FirstOrDefault(m => m.FileName == f)).OfType<MediaItem>().ToList();
        }

        await alternates.SetAsync(HttpContext, "/CaseStudies/Detail", Item, Item);
        return Page();
    }

    public string TermName(string taxonomy, string key) =>
        Terms.NameOf(taxonomy, key, Language);
}
