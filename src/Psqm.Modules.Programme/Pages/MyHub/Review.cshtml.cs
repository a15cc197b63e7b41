using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Psqm.Core.Routing;
using Psqm.Core.Security;
using Psqm.Modules.Programme.Data;
using Psqm.Modules.Programme.Services;
using Psqm.Modules.Workflows.Engine;

namespace Psqm.Modules.Programme.Pages.MyHub;

/// <summary>
/// A review of another hub's school: its reflections and evidence, read-only, with the reviewer's finding on each
/// criterion (met or not yet, and why), the level they recommend and their overall feedback. Saved as it goes; sent to
/// HQ when complete; or stepped down from with a conflict of interest.
/// </summary>
[RequirePermission("MentorSchools")]
public sealed class ReviewModel(
    Reviews reviews, SchoolYears years, Reflections reflections, EvidenceLibrary library, Submissions submissions, WorkflowEngine engine, SubmissionEmails emails,
    PageLinks links, IStringLocalizer<ReviewModel> s) : PageModel
{
    public Review Review { get; private set; } = null!;

    public ReflectionsView View { get; private set; } = null!;

    public SubmissionView Submission { get; private set; } = null!;

    [BindProperty]
    public List<FindingInput> Findings { get; set; } = [];

    [BindProperty]
    public string? Recommended { get; set; }

    [BindProperty]
    public string? Summary { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public Guid Version { get; set; }

    [BindProperty]
    public Guid SubmissionVersion { get; set; }

    /// <summary>The review may still change: assigned to this user, not sent, not stepped down from.</summary>
    public bool Open => Review.CompletedUtc is null && Submission.Available.Any(t => t.Key == "review");

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Findings = View.Criteria.Select(c => Review.Findings.FirstOrDefault(f => f.CriterionId == c.Id) is { } f
            ? new FindingInput { CriterionId = c.Id, Met = f.Met ? "met" : "not-yet", Comment = f.Comment }
            : new FindingInput { CriterionId = c.Id }).ToList();
        (Recommended, Summary, Version) = (Review.RecommendedLevel, Review.Summary, Review.Version);
        return Page();
    }

    /// <summary>Saves the findings so far; "send" also sends the review to HQ once every criterion has a finding.</summary>
    public async Task<IActionResult> OnPostAsync(int id, string? send)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (!Open)
        {
            ModelState.AddModelError(string.Empty, s["This review has been sent or handed back, so it can no longer change."]);
            return Page();
        }

        var criteria = View.Criteria.Select(c => c.Id).ToHashSet();
        var findings = Findings.Where(f => criteria.Contains(f.CriterionId) && f.Met is "met" or "not-yet")
            .GroupBy(f => f.CriterionId).ToDictionary(g => g.Key, g => (g.Last().Met == "met", (g.Last().Comment ?? "").Trim()));
        if (Findings.Any(f => (f.Comment?.Length ?? 0) > 2000))
        {
            ModelState.AddModelError(nameof(Findings), s["Each comment must be 2,000 characters or fewer"]);
        }

        if ((Summary?.Length ?? 0) > 5000)
        {
            ModelState.AddModelError(nameof(Summary), s["The overall feedback must be 5,000 characters or fewer"]);
        }

        var level = View.Year.Framework.Framework.Levels.Any(l => l.Key == Recommended) ? Recommended : null;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (!await reviews.SaveAsync(Review.Id, Version, findings, level, (Summary ?? "").Trim(), HttpContext.RequestAborted))
        {
            ModelState.AddModelError(string.Empty, s["This review was changed in another window since you opened it. What you typed is below; copy anything you need, then reload the page."]);
            return Page();
        }

        if (send is null)
        {
            TempData["Notice"] = s["Your review is saved. Send it when every criterion has a finding."].Value;
            return LocalRedirect(links.Page(HttpContext, "/MyHub/Review", new { id }) ?? "~/");
        }

        var outcome = await submissions.TakeAsync(View.Year.Enrolment, "review", SubmissionVersion, User, null, null, HttpContext.RequestAborted);
        if (!outcome.Taken)
        {
            await LoadAsync(id);
            Version = Review.Version;
            ModelState.AddModelError(string.Empty, s["Your review is saved but not sent: {0}", outcome.Message ?? ""]);
            return Page();
        }

        await emails.QueueAsync(View.Year, "review", null, null, HttpContext.RequestAborted);
        TempData["Notice"] = s["Your review of {0} has gone to HQ. Thank you.", View.Year.School.Name].Value;
        return LocalRedirect(links.Page(HttpContext, "/MyHub/Reviews") ?? "~/");
    }

    /// <summary>Steps down from the review with a conflict of interest; HQ is told to assign someone else.</summary>
    public async Task<IActionResult> OnPostDeclineAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        ModelState.Clear();
        if ((Reason?.Length ?? 0) > 1000)
        {
            ModelState.AddModelError(nameof(Reason), s["The reason must be 1,000 characters or fewer"]);
            return Page();
        }

        var outcome = await submissions.TakeAsync(View.Year.Enrolment, "decline-review", SubmissionVersion, User, Reason, null, HttpContext.RequestAborted);
        if (!outcome.Taken)
        {
            ModelState.AddModelError(outcome.Status == TransitionStatus.Refused ? nameof(Reason) : string.Empty, outcome.Message ?? s["That step cannot be taken now."].Value);
            await LoadAsync(id);
            return Page();
        }

        await emails.QueueAsync(View.Year, "decline-review", null, null, HttpContext.RequestAborted);
        TempData["Notice"] = s["You have stepped down from reviewing {0}. HQ will assign someone else.", View.Year.School.Name].Value;
        return LocalRedirect(links.Page(HttpContext, "/MyHub/Reviews") ?? "~/");
    }

    private async Task<bool> LoadAsync(int id)
    {
        if (await reviews.MineAsync(User, id, HttpContext.RequestAborted) is not { } review
            || await years.ReviewingAsync(User, review.EnrolmentId, HttpContext.RequestAborted) is not { } year)
        {
            return false;
        }

        Review = review;
        View = await ReflectionsView.LoadAsync(year, reflections, library, HttpContext.RequestAborted);
        Submission = await SubmissionView.LoadAsync(submissions, engine, year.Enrolment, User, asSchool: false, HttpContext.RequestAborted);
        SubmissionVersion = Submission.Instance.Version;
        return true;
    }

    public sealed class FindingInput
    {
        public int CriterionId { get; set; }

        /// <summary>"met", "not-yet", or empty while undecided.</summary>
        public string? Met { get; set; }

        public string? Comment { get; set; }
    }
}
