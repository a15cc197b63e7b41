using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Psqm.Core.Routing;
using Psqm.Core.Security;
using Psqm.Modules.Programme.Data;
using Psqm.Modules.Programme.Services;
using Psqm.Modules.Workflows.Data;
using Psqm.Modules.Workflows.Engine;

namespace Psqm.Modules.Programme.Pages.Admin.Programme;

/// <summary>
/// The round's signed-off submissions still waiting for a reviewer, each with the reviewer the product proposes so the
/// load spreads over every hub leader, assigned together in one go (or one by one from each school's page).
/// </summary>
[RequirePermission("ManageProgramme")]
public sealed class ReviewPlanModel(
    ProgrammeDbContext db, WorkflowsDbContext workflows, Reviews reviews, Submissions submissions, WorkflowEngine engine, SubmissionEmails emails, SchoolYears years,
    PageLinks links, IStringLocalizer<ReviewPlanModel> s) : PageModel
{
    public Round Round { get; private set; } = null!;

    public IReadOnlyList<(Enrolment Enrolment, ReviewCandidate Reviewer)> Plan { get; private set; } = [];

    /// <summary>Signed-off submissions of the round that nobody may review (every hub leader is of their hub or in conflict).</summary>
    public IReadOnlyList<Enrolment> Unassignable { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var (assigned, overtaken) = (0, 0);
        foreach (var (enrolment, reviewer) in Plan)
        {
            var instance = await submissions.ForAsync(enrolment, HttpContext.RequestAborted);
            var outcome = await engine.TakeAsync(
                instance.Id, "assign-reviewer", instance.Version, User, null, new Dictionary<string, string> { ["reviewer"] = reviewer.Email }, HttpContext.RequestAborted);
            if (!outcome.Taken || await years.LoadAsync(enrolment.Id, HttpContext.RequestAborted) is not { } year)
            {
                overtaken++;
                continue;
            }

            await emails.QueueAsync(year, "assign-reviewer", null, null, HttpContext.RequestAborted);
            assigned++;
        }

        TempData["Notice"] = overtaken == 0
            ? s["{0} reviewers assigned; each has been told.", assigned].Value
            : s["{0} reviewers assigned; {1} submissions had moved on meanwhile and were left as they are.", assigned, overtaken].Value;
        return LocalRedirect(links.Page(HttpContext, "/Admin/Programme/ReviewPlan", new { id }) ?? "~/");
    }

    private async Task<bool> LoadAsync(int id)
    {
        if (await db.Rounds.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, HttpContext.RequestAborted) is not { } round)
        {
            return false;
        }

        Round = round;
        var enrolments = await db.Enrolments.AsNoTracking().Include(e => e.School).Include(e => e.Round).Where(e => e.RoundId == round.Id)
            .OrderBy(e => e.School.Name).ToListAsync(HttpContext.RequestAborted);
        var states = await Submissions.StatesAsync(workflows, enrolments.Select(e => e.Id).ToList(), HttpContext.RequestAborted);
        var waiting = enrolments.Where(e => states.GetValueOrDefault(e.Id) == "signed-off").ToList();
        Plan = await reviews.ProposeAsync(waiting, HttpContext.RequestAborted);
        Unassignable = waiting.Where(e => Plan.All(p => p.Enrolment.Id != e.Id)).ToList();
        return true;
    }
}
