using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Psqm.Modules.Content.Engine;
using Psqm.Core.Security;
using Psqm.Modules.Enquiries.Data;

namespace Psqm.Modules.Enquiries.Pages.Admin.Enquiries;

/// <summary>HQ's table of which hub takes the registrations of each postcode area or place.</summary>
[RequirePermission("ManageEnquiries")]
public sealed class RoutingModel(EnquiriesDbContext db, PublishedContent published, IStringLocalizer<RoutingModel> s) : PageModel
{
    public IReadOnlyList<HubArea> Areas { get; private set; } = [];

    public IReadOnlyList<TaxonomyTerm> Hubs { get; private set; } = [];

    public string Language { get; } = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    [BindProperty]
    public string? Area { get; set; }

    [BindProperty]
    public string? Hub { get; set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAddAsync()
    {
        await LoadAsync();
        var area = (Area ?? "").Trim().ToUpperInvariant();
        if (area.Length is 0 or > 64 || !area.All(c => char.IsLetterOrDigit(c) || c is ' ' or '-'))
        {
            ModelState.AddModelError(nameof(Area), s["Enter a postcode area, like LL, or a place, like DUBAI"]);
        }
        else if (Areas.Any(a => a.Area == area))
        {
            ModelState.AddModelError(nameof(Area), s["{0} already goes to a hub. Remove that row first.", area]);
        }

        if (Hubs.All(h => h.Key != Hub))
        {
            ModelState.AddModelError(nameof(Hub), s["Choose a hub from the list"]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        db.Areas.Add(new HubArea { Area = area, Hub = Hub! });
        try
        {
            await db.SaveChangesAsync(HttpContext.RequestAborted);
        }
        catch (DbUpdateException)
        {
            ModelState.AddModelError(nameof(Area), s["{0} already goes to a hub. Remove that row first.", area]);
            return Page();
        }

        TempData["Notice"] = s["{0} now goes to {1}.", area, HubName(Hub)].Value;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRemoveAsync(int id)
    {
        if (await db.Areas.FindAsync([id], HttpContext.RequestAborted) is { } row)
        {
            db.Areas.Remove(row);
            await db.SaveChangesAsync(HttpContext.RequestAborted);
        }

        TempData["Notice"] = s["The row is removed. Registrations from there now go to HQ."].Value;
        return RedirectToPage();
    }

    public string HubName(string? key) => key is null ? "" : Hubs.NameOf(key, Language);

    private async Task LoadAsync()
    {
        Areas = await db.Areas.AsNoTracking().OrderBy(a => a.Hub).ThenBy(a => a.Area).ToListAsync(HttpContext.RequestAborted);
        Hubs = (await published.TermsAsync(HttpContext.RequestAborted)).GetValueOrDefault(Taxonomies.Hubs) ?? [];
    }
}
