using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Psqm.Modules.Content.Engine;
using Psqm.Core.Security;
using Psqm.Modules.Programme.Data;

namespace Psqm.Modules.Programme.Pages.Admin.Programme;

/// <summary>A school with its latest enrolment, for HQ's list.</summary>
public sealed record SchoolRow(School School, Enrolment? Latest);

/// <summary>Every school of the tenant, found by name, identifier or town, by hub, a page at a time.</summary>
[RequirePermission("ManageProgramme")]
public sealed class SchoolsModel(ProgrammeDbContext db, PublishedContent published) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Hub { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<SchoolRow> Rows { get; private set; } = [];

    public int Total { get; private set; }

    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public IReadOnlyList<TaxonomyTerm> Hubs { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Hubs = (await published.TermsAsync(HttpContext.RequestAborted)).GetValueOrDefault(Taxonomies.Hubs) ?? [];
        var query = db.Schools.AsNoTracking();
        if (Q?.Trim() is { Length: > 0 and <= 200 } text)
        {
            // Contains (instr, strpos) takes the text as it is, wildcards and all, and ignores case alike on both engines.
            var words = text.ToLowerInvariant();
#pragma warning disable CA1862 // Translated to SQL (lower, then instr or strpos): no StringComparison there.
            query = query.Where(s => s.Name.ToLower().Contains(words) || s.Identifier.ToLower().Contains(words) || s.Town.ToLower().Contains(words));
#pragma warning restore CA1862
        }

        if (!string.IsNullOrEmpty(Hub))
        {
            query = query.Where(s => s.Hub == Hub);
        }

        Total = await query.CountAsync(HttpContext.RequestAborted);
        PageNumber = Math.Clamp(PageNumber, 1, Pages);
        var schools = await query.OrderBy(s => s.Name).Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(HttpContext.RequestAborted);
        var ids = schools.Select(s => s.Id).ToArray();
        var enrolments = await db.Enrolments.AsNoTracking().Include(e => e.Round).Where(e => ids.Contains(e.SchoolId)).ToListAsync(HttpContext.RequestAborted);
        Rows = schools.Select(s => new SchoolRow(s, enrolments.Where(e => e.SchoolId == s.Id).OrderByDescending(e => e.Round.StartYear).ThenByDescending(e => e.Round.Number).FirstOrDefault())).ToList();
    }

    public object RouteFor(int page) => new { Q, Hub, page };
}
