using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Psqm.Modules.Content.Engine;
using Psqm.Core.Localization;
using Psqm.Core.Security;

namespace Psqm.Modules.Content.Pages.Admin.Taxonomies;

/// <summary>The terms of each taxonomy, named in each language; terms are added here and renamed in place.</summary>
[RequirePermission("ManageTaxonomies")]
public sealed class IndexModel(ContentDbContext db, PublishedContent reader, PublishedContent published, IStringLocalizer<IndexModel> s) : PageModel
{
    public static readonly string[] Names = [Psqm.Modules.Content.Engine.Taxonomies.Topics, Psqm.Modules.Content.Engine.Taxonomies.KeyStages, Psqm.Modules.Content.Engine.Taxonomies.Regions, Psqm.Modules.Content.Engine.Taxonomies.AwardLevels, Psqm.Modules.Content.Engine.Taxonomies.Settings, Psqm.Modules.Content.Engine.Taxonomies.Audiences, Psqm.Modules.Content.Engine.Taxonomies.Hubs];

    public IReadOnlyDictionary<string, IReadOnlyList<TaxonomyTerm>> Terms { get; private set; } = new Dictionary<string, IReadOnlyList<TaxonomyTerm>>();

    [BindProperty]
    public string Taxonomy { get; set; } = "";

    [BindProperty]
    public string NameEn { get; set; } = "";

    [BindProperty]
    public string? NameCy { get; set; }

    public async Task OnGetAsync() => Terms = await reader.TermsAsync(HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostAsync()
    {
        NameEn = (NameEn ?? "").Trim();
        var key = Slugs.From(NameEn);
        if (!Names.Contains(Taxonomy))
        {
            ModelState.AddModelError(nameof(Taxonomy), s["Choose a taxonomy from the list"]);
        }
        else if (key.Length == 0 || NameEn.Length > 200 || (NameCy?.Length ?? 0) > 200)
        {
            ModelState.AddModelError(nameof(NameEn), s["Enter a name of up to 200 characters"]);
        }
        else if (await db.Terms.AnyAsync(t => t.Taxonomy == Taxonomy && t.Key == key, HttpContext.RequestAborted))
        {
            ModelState.AddModelError(nameof(NameEn), s["This term already exists"]);
        }

        if (!ModelState.IsValid)
        {
            Terms = await reader.TermsAsync(HttpContext.RequestAborted);
            return Page();
        }

        var order = await db.Terms.Where(t => t.Taxonomy == Taxonomy).Select(t => (int?)t.Order).MaxAsync(HttpContext.RequestAborted) ?? 0;
        db.Terms.Add(new TaxonomyTerm { Taxonomy = Taxonomy, Key = key, Name = LocalizedText.Of(NameEn, NameCy?.Trim()), Order = order + 1 });
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        await published.InvalidateAsync();
        TempData["Notice"] = s["{0} is added.", NameEn].Value;
        return RedirectToPage();
    }

    /// <summary>Renames a term in either language; its key, and so every item that uses it, stays the same.</summary>
    public async Task<IActionResult> OnPostRenameAsync(int id, string? en, string? cy)
    {
        var term = await db.Terms.FindAsync([id], HttpContext.RequestAborted);
        if (term is null)
        {
            return NotFound();
        }

        en = (en ?? "").Trim();
        if (en.Length is 0 or > 200 || (cy?.Trim().Length ?? 0) > 200)
        {
            TempData["Notice"] = s["{0} was not renamed: a name must have 1 to 200 characters.", term.Name.In("en")].Value;
            return RedirectToPage();
        }

        term.Name = LocalizedText.Of(en, cy?.Trim() ?? term.Name.Values.GetValueOrDefault("cy"));
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        await published.InvalidateAsync();
        TempData["Notice"] = s["{0} is renamed.", en].Value;
        return RedirectToPage();
    }

    public static string Title(string taxonomy) => taxonomy switch
    {
        Psqm.Modules.Content.Engine.Taxonomies.Topics => "Topics",
        Psqm.Modules.Content.Engine.Taxonomies.KeyStages => "Key stages",
        Psqm.Modules.Content.Engine.Taxonomies.Regions => "Regions",
        Psqm.Modules.Content.Engine.Taxonomies.Settings => "Settings",
        Psqm.Modules.Content.Engine.Taxonomies.Audiences => "Audiences",
        Psqm.Modules.Content.Engine.Taxonomies.Hubs => "Hubs",
        _ => "Award levels",
    };
}
