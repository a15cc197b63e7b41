using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Psqm.Core.Security;
using Psqm.Modules.Content.Engine;
using Psqm.Modules.Programme.Data;
using Psqm.Modules.Programme.Services;

namespace Psqm.Modules.Programme.Pages.Admin.Programme;

/// <summary>Applications to lead a hub, newest first, by where they stand (waiting for HQ first), a page at a time.</summary>
[RequirePermission("ManageProgramme")]
public sealed class ApplicationsModel(HubLeaderApplications applications, PublishedContent published) : PageModel
{
    public const int PageSize = 25;

    public static readonly IReadOnlyList<string> States = [HubLeaderApplications.Waiting, "accepted", "declined"];

    /// <summary>Where they stand; waiting for HQ unless asked otherwise ("all" for every one).</summary>
    [BindProperty(SupportsGet = true)]
    public string? State { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<HubLeaderApplication> Rows { get; private set; } = [];

    public IReadOnlyDictionary<int, string> Decided { get; private set; } = new Dictionary<int, string>();

    public IReadOnlyList<TaxonomyTerm> Hubs { get; private set; } = [];

    public int Total { get; private set; }

    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task OnGetAsync()
    {
        State = State == "all" ? "all" : States.Contains(State) ? State : HubLeaderApplications.Waiting;
        Hubs = (await published.TermsAsync(HttpContext.RequestAborted)).GetValueOrDefault(Taxonomies.Hubs) ?? [];
        var query = applications.InState(State == "all" ? null : State);
        Total = await query.CountAsync(HttpContext.RequestAborted);
        PageNumber = Math.Clamp(PageNumber, 1, Pages);
        Rows = await query.OrderByDescending(a => a.CreatedUtc).Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(HttpContext.RequestAborted);
        Decided = await applications.StatesAsync(Rows.Select(r => r.Id).ToList(), HttpContext.RequestAborted);
    }

    public string StateOf(HubLeaderApplication application) => Decided.GetValueOrDefault(application.Id) ?? HubLeaderApplications.Waiting;

    public object RouteFor(int page) => new { State, page };
}
