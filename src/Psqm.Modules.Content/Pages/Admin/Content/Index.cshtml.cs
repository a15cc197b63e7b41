using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Psqm.Modules.Content.Engine;
using Psqm.Modules.Content.Review;
using Psqm.Core.Security;
using Psqm.Core.Tenancy;

namespace Psqm.Modules.Content.Pages.Admin.Content;

/// <summary>Every item's latest version, newest first, filtered by type, language, words of the title and missing translations.</summary>
[RequirePermission("EditContent", "EditHubContent")]
public sealed class IndexModel(ContentDbContext db, ContentTypes types, ContentAccess access, ContentReview review) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true)]
    public string? Type { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Culture { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Untranslated { get; set; }

    /// <summary>Only the items waiting for an editor's review.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Waiting { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<ContentItem> Items { get; private set; } = [];

    public int Total { get; private set; }

    public IEnumerable<ContentTypeDefinition> Types => OnlyHub is null ? types.All : types.All.Where(t => t.HubScoped);

    /// <summary>Set for a hub leader, who sees only their hub's items and their own for the whole site.</summary>
    public string? OnlyHub { get; private set; }

    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task OnGetAsync()
    {
        var tenant = HttpContext.RequiredTenant();
        var query = db.ContentItems.AsNoTracking().Where(c => c.Latest && !c.Deleted);
        OnlyHub = await access.OnlyHubAsync(User);
        if (OnlyHub is not null)
        {
            query = ContentAccess.OfHub(query, User, OnlyHub, types);
        }

        if (Waiting)
        {
            var waiting = (await review.WaitingAsync(null, HttpContext.RequestAborted)).ToList();
            query = query.Where(c => waiting.Contains(c.ContentItemId));
        }

        if (Type is not null && types.Find(Type) is { } type)
        {
            query = query.Where(c => c.ContentType == type.Name);
        }

        if (Culture is not null && tenant.Cultures.Any(c => c.TwoLetterISOLanguageName == Culture))
        {
            query = query.Where(c => c.Culture == Culture);
        }

        if (!string.IsNullOrWhiteSpace(Q))
        {
            var words = Q.Trim()[..Math.Min(Q.Trim().Length, 100)];
            var lower = words.ToLowerInvariant();
#pragma warning disable CA1862 // Translated to SQL (lower, then instr or strpos): no StringComparison there.
            query = query.Where(c => c.Title.ToLower().Contains(lower));
#pragma warning restore CA1862
        }

        if (Untranslated && tenant.IsMultilingual)
        {
            var cultures = tenant.Cultures.Count;
            query = query.Where(c => db.ContentItems.Count(o => o.LocalizationSet == c.LocalizationSet && o.Latest && !o.Deleted) < cultures);
        }

        Total = await query.CountAsync(HttpContext.RequestAborted);
        PageNumber = Math.Clamp(PageNumber, 1, Pages);
        Items = await query.OrderByDescending(c => c.ModifiedUtc).Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(HttpContext.RequestAborted);

        InReview = await review.WaitingAsync(Items.Select(i => i.ContentItemId).ToList(), HttpContext.RequestAborted);

        // Items whose published version is older than their latest draft.
        var ids = Items.Where(i => !i.Published).Select(i => i.ContentItemId).ToList();
        PublishedEarlier = ids.Count == 0
            ? new HashSet<string>()
            : (await db.ContentItems.Where(c => ids.Contains(c.ContentItemId) && c.Published).Select(c => c.ContentItemId).ToListAsync(HttpContext.RequestAborted)).ToHashSet();
    }

    public IReadOnlySet<string> PublishedEarlier { get; private set; } = new HashSet<string>();

    public IReadOnlySet<string> InReview { get; private set; } = new HashSet<string>();

    public string TypeName(string name) => types.Find(name)?.DisplayName ?? name;

    public object RouteFor(int page) => new { Type, Culture, Q, Untranslated, Waiting, p = page };
}
