using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Psqm.Core.Security;
using Psqm.Modules.Content.Engine;
using Psqm.Modules.Programme.Data;
using Psqm.Modules.Programme.Services;
using Psqm.Modules.Workflows.Data;
using Psqm.Modules.Workflows.Engine;

namespace Psqm.Modules.Programme.Pages.Admin.Programme;

/// <summary>One application to lead a hub: the applicant's answers, and HQ's decision: accept for a hub, or decline with a reason.</summary>
[RequirePermission("ManageProgramme")]
public sealed class ApplicationModel(
    HubLeaderApplications applications, PublishedContent published, Psqm.Core.Hubs.IHubMembers members, IStringLocalizer<ApplicationModel> s) : PageModel
{
    public HubLeaderApplication Application { get; private set; } = null!;

    public WorkflowInstance Instance { get; private set; } = null!;

    public IReadOnlyList<WorkflowStep> History { get; private set; } = [];

    public IReadOnlyList<TaxonomyTerm> Hubs { get; private set; } = [];

    public bool Waiting => Instance.State == HubLeaderApplications.Waiting;

    /// <summary>Accepted, but the applicant does not lead that hub: the role was not given, or was taken away since.</summary>
    public bool RoleMissing { get; private set; }

    /// <summary>The instance's version as the page showed it, so two of HQ deciding at once cannot both succeed.</summary>
    [BindProperty]
    public Guid Seen { get; set; }

    [BindProperty]
    public string? Hub { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Seen = Instance.Version;
        Hub = Application.PreferredHub;
        return Page();
    }

    public Task<IActionResult> OnPostAcceptAsync(int id) => DecideAsync(id, "accept");

    /// <summary>Gives an accepted applicant the role the acceptance should have given them.</summary>
    public async Task<IActionResult> OnPostAppointAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (RoleMissing && HubLeaderApplications.AcceptedHub(History) is { } hub)
        {
            await applications.AppointAsync(Application, hub, HttpContext.RequestAborted);
            TempData["Notice"] = s["{0} now has the hub leader's role.", Application.Name].Value;
        }

        return RedirectToPage(new { id });
    }

    public Task<IActionResult> OnPostDeclineAsync(int id) => DecideAsync(id, "decline");

    private async Task<IActionResult> DecideAsync(int id, string step)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Reason = Reason?.Trim() is { Length: > 0 } reason ? reason[..Math.Min(reason.Length, 4000)] : null;
        if (step == "decline" && Reason is null)
        {
            ModelState.AddModelError(nameof(Reason), s["Write why, for the applicant to read"]);
            return Page();
        }

        var outcome = await applications.DecideAsync(Application, step, Seen, User, step == "decline" ? Reason : null, step == "accept" ? Hub : null, HttpContext.RequestAborted);
        if (outcome.Taken)
        {
            TempData["Notice"] = step == "accept"
                ? s["{0} is accepted and told. They now lead {1}.", Application.Name, Hubs.NameOf(Hub ?? "", System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName)].Value
                : s["{0} is told that their application is declined.", Application.Name].Value;
            return RedirectToPage(new { id });
        }

        ModelState.AddModelError(step == "accept" && outcome.Status == TransitionStatus.Refused ? nameof(Hub) : string.Empty, outcome.Status == TransitionStatus.Conflict
            ? s["Someone else decided this application while you were reading it. It now stands as shown below. Nothing you typed is lost."].Value
            : outcome.Message ?? s["That cannot be done now."].Value);
        await LoadAsync(id);
        ModelState.Remove(nameof(Seen));
        Seen = Instance.Version;
        return Page();
    }

    private async Task<bool> LoadAsync(int id)
    {
        if (await applications.FindAsync(id, HttpContext.RequestAborted) is not { } application)
        {
            return false;
        }

        Application = application;
        Instance = await applications.PeekAsync(application, HttpContext.RequestAborted);
        History = await applications.HistoryAsync(Instance, HttpContext.RequestAborted);
        Hubs = (await published.TermsAsync(HttpContext.RequestAborted)).GetValueOrDefault(Taxonomies.Hubs) ?? [];
        if (Instance.State == "accepted" && HubLeaderApplications.AcceptedHub(History) is { } hub)
        {
            RoleMissing = !(await members.LeadersAsync(hub, HttpContext.RequestAborted))
                .Any(l => string.Equals(l.Email, application.Email, StringComparison.OrdinalIgnoreCase));
        }

        return true;
    }
}
