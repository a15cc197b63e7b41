using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Psqm.Modules.Content.Engine;
using Psqm.Core.Forms;
using Psqm.Core.Security;
using Psqm.Core.Tenancy;
using Psqm.Modules.Content;
using Psqm.Modules.Webinars.Data;
using Psqm.Modules.Webinars.Services;

namespace Psqm.Modules.Webinars.Pages.Admin.Webinars;

/// <summary>
/// A hub leader's desk: their hub's drafts and published resources and webinars, and the registrations of the
/// coming webinars. Editors and HQ see every hub's.
/// </summary>
[RequirePermission("EditContent", "EditHubContent")]
public sealed class IndexModel(ContentDbContext db, ContentTypes types, ContentAccess access, PublishedContent published, Registrations registrations, TimeProvider clock, IAuthorizationService authorization) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    /// <summary>Null for editors and HQ; the hub otherwise ("" when the user has none yet).</summary>
    public string? Hub { get; private set; }

    public IReadOnlyList<ContentItem> Items { get; private set; } = [];

    public IReadOnlySet<string> OnSite { get; private set; } = new HashSet<string>();

    public int Total { get; private set; }

    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public IReadOnlyList<(Webinar Webinar, int Registered, int Waiting)> Upcoming { get; private set; } = [];

    public IReadOnlyList<TaxonomyTerm> Hubs { get; private set; } = [];

    public string Language { get; } = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    public async Task OnGetAsync()
    {
        Hub = await access.OnlyHubAsync(User);
        Hubs = (await published.TermsAsync(HttpContext.RequestAborted)).GetValueOrDefault(Taxonomies.Hubs) ?? [];
        var scoped = types.All.Where(t => t.HubScoped).Select(t => t.Name).ToArray();
        var query = db.ContentItems.AsNoTracking().Where(c => c.Latest && !c.Deleted && scoped.Contains(c.ContentType));
        if (Hub is not null)
        {
            query = ContentAccess.OfHub(query, User, Hub, types);
        }

        Total = await query.CountAsync(HttpContext.RequestAborted);
        PageNumber = Math.Clamp(PageNumber, 1, Pages);
        Items = await query.OrderByDescending(c => c.ModifiedUtc).Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(HttpContext.RequestAborted);
        var ids = Items.Select(i => i.ContentItemId).ToList();
        OnSite = (await db.ContentItems.AsNoTracking().Where(c => ids.Contains(c.ContentItemId) && c.Published).Select(c => c.ContentItemId).ToListAsync(HttpContext.RequestAborted)).ToHashSet();

        var now = clock.GetUtcNow().UtcDateTime;
        var webinars = (await published.ListAsync(WebinarType.Name, Language, HttpContext.RequestAborted))
            .Where(i => Hub is null || ContentAccess.IsOfHub(i, User, Hub))
            .Select(Webinar.From).OfType<Webinar>()
            .Where(w => w.EndUtc > now)
            .OrderBy(w => w.StartUtc)
            .ToList();
        var counts = await registrations.CountsAsync(webinars.Select(w => w.Key).ToArray(), HttpContext.RequestAborted);
        Upcoming = webinars.Select(w => (w, counts[w.Key].Registered, counts[w.Key].Waiting)).ToList();
    }

    /// <summary>A webinar's registrations as CSV, for the hub leader's own records and sign-in sheets.</summary>
    public async Task<IActionResult> OnGetCsvAsync(string key)
    {
        if (!await MaySeeRegistrantsAsync())
        {
            return Forbid();
        }

        var item = await db.ContentItems.AsNoTracking()
            .FirstOrDefaultAsync(c => c.LocalizationSet == key && c.ContentType == WebinarType.Name && c.Latest && !c.Deleted, HttpContext.RequestAborted);
        if (item is null || !(await access.RightsAsync(User, WebinarType.Definition, item)).Edit)
        {
            return NotFound();
        }

        var zone = HttpContext.RequiredTenant().TimeZone;
        var csv = new StringBuilder();
        Csv.Row(csv, "Name", "Email", "School", "Status", "Language", "Registered at");
        foreach (var r in await registrations.ListAsync(key, HttpContext.RequestAborted))
        {
            Csv.Row(csv, r.Name, r.Email, r.School, r.Status.ToString(), r.Culture, r.CreatedUtc.InZone(zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
        }

        Response.Headers.CacheControl = "no-store";
        var name = (Slugs.From(item.Title) is { Length: > 0 } slug ? slug : "webinar") + "-registrations.csv";
        return File(Csv.Bytes(csv), Csv.ContentType, name);
    }

    /// <summary>Editors run the desk too, but the people registered are not theirs to see.</summary>
    public async Task<bool> MaySeeRegistrantsAsync() =>
        (await authorization.AuthorizeAsync(User, PermissionPolicy.For(Permissions.ViewRegistrations.Name))).Succeeded;

    public string HubName(string? key) => key is null ? "" : Hubs.NameOf(key, Language);

    public string TypeName(string name) => types.Find(name)?.DisplayName ?? name;
}
