using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Psqm.Core.Routing;
using Psqm.Core.Security;
using Psqm.Core.Tenancy;
using Psqm.Modules.Programme.Services;
using Psqm.Modules.Workflows.Engine;

namespace Psqm.Modules.Programme.Pages.MySchool;

/// <summary>The school's submission: what it still needs, sending it to the hub leader, and what has happened to it since.</summary>
[RequirePermission("WorkOnOwnSchool")]
public sealed class SubmissionModel(
    SchoolYears years, Submissions submissions, WorkflowEngine engine, YearProgress progress, SubmissionEmails emails, PageLinks links,
    Reviews reviews, Psqm.Modules.Awards.Services.AwardRegister awards, IStringLocalizer<SubmissionModel> s) : PageModel
{
    public SchoolYear Year { get; private set; } = null!;

    public SubmissionView Submission { get; private set; } = null!;

    public Progress Progress { get; private set; } = null!;

    [BindProperty]
    public Guid Version { get; set; }

    /// <summary>The review, once HQ has decided: findings and feedback, never the reviewer's name.</summary>
    public Psqm.Modules.Programme.Data.Review? Review { get; private set; }

    public Psqm.Modules.Awards.Data.AwardHolder? Award { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return LocalRedirect(links.Page(HttpContext, "/MySchool/Index") ?? "~/");
        }

        Version = Submission.Instance.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostSubmitAsync()
    {
        if (!await LoadAsync())
        {
            return LocalRedirect(links.Page(HttpContext, "/MySchool/Index") ?? "~/");
        }

        var outcome = await submissions.TakeAsync(Year.Enrolment, "submit", Version, User, null, null, HttpContext.RequestAborted);
        if (outcome.Taken)
        {
            await emails.QueueAsync(Year, "submit", null, null, HttpContext.RequestAborted);
            TempData["Notice"] = s["Your submission has gone to your hub leader. You will hear when they have read it."].Value;
            return LocalRedirect(links.Page(HttpContext, "/MySchool/Submission") ?? "~/");
        }

        // Refused, or overtaken by someone else: the page shows where it is now and why, and the form can be sent again.
        ModelState.AddModelError(string.Empty, outcome.Message ?? s["The submission could not be sent."].Value);
        await LoadAsync();
        ModelState.Remove(nameof(Version));
        Version = Submission.Instance.Version;
        return Page();
    }

    private async Task<bool> LoadAsync()
    {
        if (await years.OwnAsync(User, HttpContext.RequestAborted) is not { } year)
        {
            return false;
        }

        Year = year;
        Submission = await SubmissionView.LoadAsync(submissions, engine, year.Enrolment, User, asSchool: true, HttpContext.RequestAborted);
        Progress = (await progress.ForAsync([year.Enrolment], null, readerIsSchool: true, HttpContext.RequestAborted))[year.Enrolment.Id];
        if (Submission.Instance.State is "awarded" or "not-yet" or "met")
        {
            Review = await reviews.CurrentAsync(year.Enrolment.Id, HttpContext.RequestAborted);
            Award = await awards.ForEnrolmentAsync(year.Enrolment.Id, HttpContext.RequestAborted);
        }

        return true;
    }
}
