using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Psqm.Modules.Content.Engine;
using Psqm.Core.Forms;
using Psqm.Core.Security;
using Psqm.Core.Tenancy;
using Psqm.Modules.Enquiries.Data;
using Psqm.Modules.Enquiries.Services;

namespace Psqm.Modules.Enquiries.Pages.Admin.Enquiries;

/// <summary>The inbox of registrations of interest, filtered by status, mark, round and date, newest first; CSV of the same.</summary>
[RequirePermission("ManageEnquiries", "HubEnquiries")]
public sealed class IndexModel(EnquiriesDbContext db, IAuthorizationService authorization, PublishedContent published, MarkChoices marks, IStringLocalizer<IndexModel> s) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true)]
    public EnquiryStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Mark { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Round { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public string? OnlyHub { get; private set; }

    public IReadOnlyList<Enquiry> Items { get; private set; } = [];

    public IReadOnlyList<string> Rounds { get; private set; } = [];

    public IReadOnlyList<TaxonomyTerm> Hubs { get; private set; } = [];

    public IReadOnlyList<KeyValuePair<string, string>> Marks { get; private set; } = [];

    public string MarkName(string key) => Marks.FirstOrDefault(m => m.Key == key).Value ?? key;

    public int Total { get; private set; }

    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public string Language { get; } = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    public async Task OnGetAsync()
    {
        var query = await FilteredAsync();
        Total = await query.CountAsync(HttpContext.RequestAborted);
        PageNumber = Math.Clamp(PageNumber, 1, Pages);
        Items = await query.OrderByDescending(e => e.CreatedUtc).Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(HttpContext.RequestAborted);
        Rounds = await db.Enquiries.AsNoTracking().Visible(OnlyHub).Select(e => e.Round).Distinct().OrderBy(r => r).ToListAsync(HttpContext.RequestAborted);
        Hubs = (await published.TermsAsync(HttpContext.RequestAborted)).GetValueOrDefault(Taxonomies.Hubs) ?? [];
        Marks = await marks.ListAsync(basicSkills: true, HttpContext.RequestAborted);
    }

    public async Task<IActionResult> OnGetCsvAsync()
    {
        var zone = HttpContext.RequiredTenant().TimeZone;
        var csv = new StringBuilder();
        Csv.Row(csv, "Reference", "Received", "Status", "School", "Identifier", "Address", "Pupils", "Contact", "Role", "Email", "Phone", "Mark", "Round", "Heard from", "Hub", "Language");
        await foreach (var e in (await FilteredAsync()).OrderBy(e => e.CreatedUtc).AsAsyncEnumerable().WithCancellation(HttpContext.RequestAborted))
        {
            Csv.Row(csv, e.Reference, e.CreatedUtc.InZone(zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), e.Status.ToString(), e.SchoolName, e.SchoolIdentifier, e.Address,
                e.Pupils.ToString(CultureInfo.InvariantCulture), e.ContactName, e.Role, e.Email, e.Phone ?? "", e.Mark, e.Round, e.HeardFrom, e.Hub ?? "", e.Culture);
        }

        Response.Headers.CacheControl = "no-store";
        return File(Csv.Bytes(csv), Csv.ContentType, "registrations-of-interest.csv");
    }

    public object RouteFor(int page) => new { Status, Mark, Round, From, To, p = page };

    public string StatusName(EnquiryStatus status) => s[EnquiryChoices.StatusName(status)].Value;

    public string HubName(string? hub) => hub is null ? s["HQ"].Value : Hubs.NameOf(hub, Language);

    public string RoundName(string round) => Services.Rounds.Name(round, s);

    private async Task<IQueryable<Enquiry>> FilteredAsync()
    {
        OnlyHub = await EnquiryAccess.OnlyHubAsync(authorization, User);
        var query = db.Enquiries.AsNoTracking().Visible(OnlyHub);
        var zone = HttpContext.RequiredTenant().TimeZone;

        // Dates outside any registration's lifetime (a typo, a crafted address) filter nothing rather than fail.
        From = From is { Year: >= 2000 and <= 2999 } ? From : null;
        To = To is { Year: >= 2000 and <= 2999 } ? To : null;
        if (Status is { } status && Enum.IsDefined(status))
        {
            query = query.Where(e => e.Status == status);
        }

        if (!string.IsNullOrEmpty(Mark))
        {
            query = query.Where(e => e.Mark == Mark);
        }

        if (!string.IsNullOrEmpty(Round))
        {
            query = query.Where(e => e.Round == Round);
        }

        if (From is { } from)
        {
            var start = TimeZoneInfo.ConvertTimeToUtc(from.ToDateTime(TimeOnly.MinValue), zone);
            query = query.Where(e => e.CreatedUtc >= start);
        }

        if (To is { } to)
        {
            var end = TimeZoneInfo.ConvertTimeToUtc(to.AddDays(1).ToDateTime(TimeOnly.MinValue), zone);
            query = query.Where(e => e.CreatedUtc < end);
        }

        return query;
    }
}
