using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Psqm.Core.Routing;
using Psqm.Core.Security;
using Psqm.Core.Tenancy;
using Psqm.Modules.Programme.Data;
using Psqm.Modules.Programme.Services;
using Psqm.Modules.Workflows.Engine;

namespace Psqm.Modules.Programme.Pages.MyHub;

/// <summary>One school's year as its hub leader sees it: the audit, read-only, and the target level to confirm.</summary>
[RequirePermission("MentorSchools", "AssessSchools", "ManageProgramme")]
public sealed class SchoolModel(
    SchoolYears years, ActionPlans plans, ProgrammeDbContext db, AssessorAssignments assessors, Submissions submissions, WorkflowEngine engine, SubmissionEmails emails, TimeProvider clock, PageLinks links,
    Reviews reviews, Psqm.Modules.Awards.Services.AwardRegister awards, IAuthorizationService authorization,
    IStringLocalizer<SchoolModel> s) : PageModel
{
    public SchoolYear Year { get; private set; } = null!;

    [BindProperty]
    public string? Level { get; set; }

    [BindProperty]
    [StringLength(2000, ErrorMessage = "The reason must be 2,000 characters or fewer")]
    public string? Reason { get; set; }

    [BindProperty]
    public Guid Version { get; set; }

    /// <summary>A mentoring session being logged; checked by its handler alone, so other forms never trip on it.</summary>
    [BindProperty]
    public SessionInput Session { get; set; } = new();

    public IReadOnlyList<MentoringSession> Mentoring { get; private set; } = [];

    public int AllowanceMinutes { get; private set; }

    public ActionPlanVersion? Plan { get; private set; }

    /// <summary>The school's assessor, and HQ's choice of them; empty where the school needs none.</summary>
    public AssessorChoice Assessor { get; private set; } = AssessorChoice.None;

    [BindProperty]
    public string? AssessorEmail { get; set; }

    public SubmissionView Submission { get; private set; } = null!;

    /// <summary>The step chosen on the submission (return or sign off), with the feedback the school reads.</summary>
    [BindProperty]
    public string? Step { get; set; }

    [BindProperty]
    public string? Feedback { get; set; }

    [BindProperty]
    public Guid SubmissionVersion { get; set; }

    /// <summary>HQ's choice of reviewer (assign-reviewer) and of the level awarded (award): the step's fields.</summary>
    [BindProperty]
    public string? Reviewer { get; set; }

    [BindProperty]
    public string? AwardLevel { get; set; }

    /// <summary>The assessor's visit day (book-visit) and the elements they confirm as met (all-met).</summary>
    [BindProperty]
    public string? Visit { get; set; }

    [BindProperty]
    public List<int> Elements { get; set; } = [];

    /// <summary>Hub leaders who may review the school, the proposal first; only while HQ may assign one.</summary>
    public IReadOnlyList<ReviewCandidate> Candidates { get; private set; } = [];

    /// <summary>The review under way or done, shown with the reviewer's name to HQ only.</summary>
    public Review? Review { get; private set; }

    /// <summary>HQ sees who reviewed; the school's hub leader reads the findings without the name, as the school does.</summary>
    public bool SeesReviewer { get; private set; }

    /// <summary>The award made for this year, with its certificate code.</summary>
    public Psqm.Modules.Awards.Data.AwardHolder? Award { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await years.FindAsync(User, id, HttpContext.RequestAborted) is not { } year)
        {
            return NotFound();
        }

        await ShowAsync(year);
        (Level, Reason, Version) = (year.Enrolment.ConfirmedLevel ?? year.Enrolment.ProposedLevel, year.Enrolment.LevelReason, year.Enrolment.Version);
        Session = new SessionInput { Date = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Minutes = "60" };
        return Page();
    }

    /// <summary>Logs time spent with the school; the total is shown against the year's allowance.</summary>
    public async Task<IActionResult> OnPostLogAsync(int id)
    {
        if (await years.FindAsync(User, id, HttpContext.RequestAborted) is not { } year)
        {
            return NotFound();
        }

        await ShowAsync(year);
        (Level, Version) = (year.Enrolment.ConfirmedLevel ?? year.Enrolment.ProposedLevel, year.Enrolment.Version);
        ModelState.Clear();
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (!DateOnly.TryParseExact(Session.Date?.Trim(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date)
            || date > today || date < today.AddYears(-2))
        {
            ModelState.AddModelError("Session.Date", s["Enter the date of the session, today or earlier"]);
        }

        if (!int.TryParse(Session.Minutes, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var minutes) || minutes is < 5 or > 600)
        {
            ModelState.AddModelError("Session.Minutes", s["Enter how long it took in minutes, from 5 to 600"]);
        }

        if (!Enum.TryParse<MentoringMode>(Session.Mode, out var mode) || !Enum.IsDefined(mode))
        {
            ModelState.AddModelError("Session.Mode", s["Choose how you met"]);
        }

        if ((Session.Notes?.Length ?? 0) > 2000)
        {
            ModelState.AddModelError("Session.Notes", s["Notes must be 2,000 characters or fewer"]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        db.Mentoring.Add(new MentoringSession
        {
            EnrolmentId = year.Enrolment.Id, Date = date, Minutes = minutes, Mode = mode, Notes = Session.Notes?.Trim() ?? "",
            LoggedBy = User.Identity?.Name ?? "", LoggedUtc = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        TempData["Notice"] = s["The session is logged."].Value;
        return LocalRedirect(links.Page(HttpContext, "/MyHub/School", new { id }) + "#mentoring");
    }

    /// <summary>HQ assigns the assessor who follows the school's year, or takes them off it.</summary>
    public async Task<IActionResult> OnPostAssessorAsync(int id)
    {
        if (await years.FindAsync(User, id, HttpContext.RequestAborted) is not { } year)
        {
            return NotFound();
        }

        await ShowAsync(year);
        (Level, Version) = (year.Enrolment.ConfirmedLevel ?? year.Enrolment.ProposedLevel, year.Enrolment.Version);
        ModelState.Clear();
        if (!Assessor.CanAssign)
        {
            return Forbid();
        }

        var chosen = string.IsNullOrWhiteSpace(AssessorEmail) ? null : Assessor.Options.FirstOrDefault(a => string.Equals(a.Email, AssessorEmail.Trim(), StringComparison.OrdinalIgnoreCase));
        if (chosen is null && !string.IsNullOrWhiteSpace(AssessorEmail))
        {
            ModelState.AddModelError(nameof(AssessorEmail), s["Choose an assessor from the list"]);
            return Page();
        }

        await assessors.AssignAsync(year, chosen, culture => links.Page(HttpContext, "/MyHub/School", new { id }, culture), HttpContext.RequestAborted);
        if (chosen is not null && Submission.Instance.State == "audit" && Submission.Available.Any(t => t.Key == "assign-assessor"))
        {
            // The assessment moves on with the assignment; someone acting first leaves it where they put it.
            await submissions.TakeAsync(year.Enrolment, "assign-assessor", Submission.Instance.Version, User, null, null, HttpContext.RequestAborted);
        }

        TempData["Notice"] = chosen is null ? s["{0} has no assessor now.", year.School.Name].Value : s["{0} will assess {1}.", chosen.Name ?? chosen.Email, year.School.Name].Value;
        return LocalRedirect(links.Page(HttpContext, "/MyHub/School", new { id }) + "#assessor");
    }

    /// <summary>Signs off the school's submission, or returns it with feedback; someone acting first is reported, the feedback kept.</summary>
    public async Task<IActionResult> OnPostSubmissionAsync(int id)
    {
        if (await years.FindAsync(User, id, HttpContext.RequestAborted) is not { } year)
        {
            return NotFound();
        }

        var seen = SubmissionVersion;
        await ShowAsync(year);
        (Level, Version) = (year.Enrolment.ConfirmedLevel ?? year.Enrolment.ProposedLevel, year.Enrolment.Version);
        ModelState.Clear();
        if ((Feedback?.Length ?? 0) > 5000)
        {
            ModelState.AddModelError(nameof(Feedback), s["Feedback must be 5,000 characters or fewer"]);
            return Page();
        }

        var values = new Dictionary<string, string>
        {
            ["reviewer"] = Reviewer ?? "", ["level"] = AwardLevel ?? "", ["visit"] = Visit ?? "", ["elements"] = string.Join(",", Elements),
        };
        var outcome = await submissions.TakeAsync(year.Enrolment, Step ?? "", seen, User, Feedback, values, HttpContext.RequestAborted);
        if (!outcome.Taken)
        {
            // A refusal is about the feedback; anything else (someone acted first) about the page, where the feedback is kept.
            var field = outcome.Status != TransitionStatus.Refused ? string.Empty : Step switch
            {
                "assign-reviewer" => nameof(Reviewer),
                "award" => nameof(AwardLevel),
                "book-visit" => nameof(Visit),
                "all-met" => nameof(Elements),
                _ => nameof(Feedback),
            };
            ModelState.AddModelError(field, outcome.Message ?? s["That step cannot be taken now."].Value);
            await ShowAsync(year);
            SubmissionVersion = Submission.Instance.Version;
            return Page();
        }

        await emails.QueueAsync(year, Step!, Feedback, Visit, HttpContext.RequestAborted);
        TempData["Notice"] = Step switch
        {
            "return" => s["The submission is back with {0}, with your feedback.", year.School.Name].Value,
            "assign-reviewer" => s["The reviewer has been asked to review {0}'s submission.", year.School.Name].Value,
            "award" or "all-met" => s["{0} is awarded. The school has been told and its certificate is ready.", year.School.Name].Value,
            "book-visit" => s["The visit to {0} is booked. The school has been told.", year.School.Name].Value,
            "not-yet" => s["{0} is not awarded yet. The school has your feedback.", year.School.Name].Value,
            _ => s["You have signed off {0}'s submission.", year.School.Name].Value,
        };
        return LocalRedirect(links.Page(HttpContext, "/MyHub/School", new { id }) + "#submission");
    }

    /// <summary>HQ withdraws the year's award with a reason; the certificate check says so from then on.</summary>
    public async Task<IActionResult> OnPostRevokeAsync(int id, string? revokeReason)
    {
        if (await years.FindAsync(User, id, HttpContext.RequestAborted) is not { } year)
        {
            return NotFound();
        }

        await ShowAsync(year);
        (Level, Version) = (year.Enrolment.ConfirmedLevel ?? year.Enrolment.ProposedLevel, year.Enrolment.Version);
        ModelState.Clear();
        if (!SeesReviewer)
        {
            return Forbid();
        }

        var reason = (revokeReason ?? "").Trim();
        if (reason.Length is 0 or > 1000)
        {
            ModelState.AddModelError("RevokeReason", s["Say why the award is withdrawn, in 1,000 characters or fewer"]);
            return Page();
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime.InZone(TenantScope.Required.TimeZone));
        TempData["Notice"] = await awards.RevokeAsync(year.Enrolment.Id, reason, today, HttpContext.RequestAborted)
            ? s["The award of {0} is withdrawn. Its certificate check says so.", year.School.Name].Value
            : s["There is no award to withdraw."].Value;
        return LocalRedirect(links.Page(HttpContext, "/MyHub/School", new { id }) + "#submission");
    }

    private async Task ShowAsync(SchoolYear year)
    {
        Year = year;
        Submission = await SubmissionView.LoadAsync(submissions, engine, year.Enrolment, User, asSchool: false, HttpContext.RequestAborted);
        SubmissionVersion = Submission.Instance.Version;
        Review = await reviews.CurrentAsync(year.Enrolment.Id, HttpContext.RequestAborted);
        SeesReviewer = (await authorization.AuthorizeAsync(User, PermissionPolicy.For(Permissions.ManageProgramme.Name))).Succeeded;
        Candidates = Submission.Available.Any(t => t.Key == "assign-reviewer") ? await reviews.CandidatesAsync(year.Enrolment, HttpContext.RequestAborted) : [];
        Reviewer ??= Candidates.Count > 0 ? Candidates[0].Email : null;
        AwardLevel ??= Review?.RecommendedLevel;
        Award = await awards.ForEnrolmentAsync(year.Enrolment.Id, HttpContext.RequestAborted);
        Assessor = await assessors.ChoiceAsync(User, year, HttpContext.RequestAborted);
        Mentoring = await db.Mentoring.AsNoTracking().Where(m => m.EnrolmentId == year.Enrolment.Id).OrderByDescending(m => m.Date).ThenByDescending(m => m.Id).ToListAsync(HttpContext.RequestAborted);
        AllowanceMinutes = (await db.SettingsAsync(HttpContext.RequestAborted)).MentoringHours * 60;
        Plan = await plans.LatestAsync(year.Enrolment.Id, HttpContext.RequestAborted);
    }

    public sealed class SessionInput
    {
        public string? Date { get; set; }

        public string? Minutes { get; set; }

        public string? Mode { get; set; }

        public string? Notes { get; set; }
    }

    /// <summary>Confirms the school's target level, or sets another with a reason the school reads.</summary>
    public async Task<IActionResult> OnPostConfirmAsync(int id)
    {
        if (await years.FindAsync(User, id, HttpContext.RequestAborted) is not { } year)
        {
            return NotFound();
        }

        await ShowAsync(year);
        var enrolment = year.Enrolment;
        Reason = Reason?.Trim();

        // A form read before the school changed its proposal is answered first: what it says may no longer hold.
        if (enrolment.Version != Version)
        {
            ModelState.AddModelError(nameof(Level), s["The school's level was changed while you were looking at it. Check it below and confirm again."]);
            ModelState.Remove(nameof(Version));
            Version = enrolment.Version;
        }
        else if (year.Framework.Framework.Levels.All(l => l.Key != Level))
        {
            ModelState.AddModelError(nameof(Level), s["Choose the school's target level"]);
        }
        else if (Level != enrolment.ProposedLevel && string.IsNullOrEmpty(Reason))
        {
            ModelState.AddModelError(nameof(Reason), s["Say why the school should work to a level other than the one it proposed"]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        enrolment.ConfirmedLevel = Level;
        enrolment.LevelReason = string.IsNullOrEmpty(Reason) ? null : Reason;
        enrolment.LevelConfirmedUtc = clock.GetUtcNow().UtcDateTime;
        enrolment.LevelConfirmedBy = User.Identity?.Name;
        enrolment.Version = Guid.NewGuid();
        db.Entry(enrolment).Property(e => e.Version).OriginalValue = Version;
        try
        {
            await db.SaveChangesAsync(HttpContext.RequestAborted);
        }
        catch (DbUpdateConcurrencyException)
        {
            TempData["Notice"] = s["The school's level was changed while you were looking at it. Check it and confirm again."].Value;
            return LocalRedirect(links.Page(HttpContext, "/MyHub/School", new { id }) ?? "~/");
        }

        TempData["Notice"] = s["{0} will work towards {1}.", enrolment.School.Name, year.Framework.Framework.Levels.First(l => l.Key == Level).Name.In(System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName)].Value;
        return LocalRedirect(links.Page(HttpContext, "/MyHub/Index") ?? "~/");
    }
}
