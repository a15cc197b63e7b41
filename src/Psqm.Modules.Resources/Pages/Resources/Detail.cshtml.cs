using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Psqm.Modules.Content.Engine;
using Psqm.Modules.Content;

namespace Psqm.Modules.Resources.Pages.Resources;

[Psqm.Core.Caching.CachedPage]
public sealed class DetailModel(PublishedContent published, MarkdownRenderer markdown, ContentAlternates alternates) : PageModel
{
    public ContentItem? Item { get; private set; }

    public ContentItem? Elsewhere { get; private set; }

    public MediaItem? Download { get; private set; }

    public string Body { get; private set; } = "";

    public IReadOnlyDictionary<string, IReadOnlyList<TaxonomyTerm>> Terms { get; private set; } = new Dictionary<string, IReadOnlyList<TaxonomyTerm>>();

    public string Language { get; } = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    public async Task<IActionResult> OnGetAsync(string slug, [FromServices] ContentDbContext db)
    {
        Item = await published.FindAsync(ResourceType.Name, Language, slug, HttpContext.RequestAborted);
        if (Item is null)
        {
            Elsewhere = await alternates.ElsewhereAsync(HttpContext, ResourceType.Name, Language, slug);
            if (Elsewhere is null || (ResourceType.IsMembersOnly(Elsewhere) && User.Identity?.IsAuthenticated != true))
            {
                return NotFound();
            }

            await alternates.SetAsync(HttpContext, "/Resources/Detail", Elsewhere, null);
            return Page();
        }

        // Members-only: visitors are asked to sign in, and come back here afterwards.
        if (ResourceType.IsMembersOnly(Item))
        {
            if (User.Identity?.IsAuthenticated != true)
            {
                return Challenge();
            }

            Psqm.Core.Caching.PageCache.Refuse(HttpContext);
        }

        Terms = await published.TermsAsync(HttpContext.RequestAborted);
        Body = markdown.ToHtml(Item.Field("body"));
        if (Item.Field("file") is { Length: > 0 } file)
        {
            Download = await db.Media.AsNoTracking().FirstOrDefaultAsync(m => m.FileName == file, HttpContext.RequestAborted);
        }

        await alternates.SetAsync(HttpContext, "/Resources/Detail", Item, Item);
        return Page();
    }

    public string TermNames(string taxonomy, IEnumerable<string> keys) =>
        Terms.NamesOf(taxonomy, keys, Language);
}
