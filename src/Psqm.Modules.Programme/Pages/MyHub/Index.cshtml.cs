using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Psqm.Modules.Content.Engine;
using Psqm.Core.Security;
using Psqm.Core.Tenancy;
using Psqm.Modules.Criteria;
using Psqm.Modules.Programme.Data;
using Psqm.Modules.Programme.Services;

namespace Psqm.Modules.Programme.Pages.MyHub;

/// <summary>One school of the hub in a round, with how far its year has got and what is overdue.</summary>
public sealed record HubSchoolRow(Enrolment Enrolment, Progress Progress, IReadOnlyList<Milestone> Overdue, bool ToSignOff = false)
{
    public bool LevelToConfirm => Enrolment.ProposedLevel is not null && Enrolment.ConfirmedLevel is null;
}

/// <summary>A hub leader's schools, round by round, those waiting for them first.</summary>
[RequirePermission("MentorSchools", "AssessSchools")]
public sealed class IndexModel(ProgrammeDbContext db, Psqm.Modules.Workflows.Data.WorkflowsDbContext workflows, ProgrammeScope scope, YearProgress progress, FrameworkReader frameworks, PublishedContent published, IAuthorizationService authorization, TimeProvider clock, Reviews reviews) : PageModel
{
    public IReadOnlyList<IGrouping<Round, HubSchoolRow>> Rounds { get; private set; } = [];

    public string HubName { get; private set; } = "";

    /// <summary>An assessor without a hub sees the schools assigned to them, under their own heading.</summary>
    public bool Assessing { get; private set; }

    /// <summary>Reviews of other hubs' schools assigned to the user: (still to do, all).</summary>
    public (int ToDo, int All) ReviewCount { get; private set; }

    public IReadOnlyDictionary<string, string> LevelNames { get; private set; } = new Dictionary<string, string>();

    public async Task OnGetAsync()
    {
        var assigned = await reviews.AssignedToAsync(User, HttpContext.RequestAborted);
        ReviewCount = (assigned.Count(r => r.Review.CompletedUtc is null), assigned.Count);
        var language = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var visible = await scope.VisibleAsync(User, db.Enrolments, db);
        var enrolments = await visible.AsNoTracking().Include(e => e.School).Include(e => e.Round).ToListAsync(HttpContext.RequestAborted);
        var all = await frameworks.AllAsync(HttpContext.RequestAborted);
        LevelNames = all.SelectMany(f => f.Framework.Levels).DistinctBy(l => l.Key).ToDictionary(l => l.Key, l => l.Name.In(language));
        Assessing = !(await authorization.AuthorizeAsync(User, PermissionPolicy.For(Permissions.MentorSchools.Name))).Succeeded;
        var progresses = await progress.ForAsync(enrolments, ProgrammeScope.NormalizedEmail(User), readerIsSchool: false, HttpContext.RequestAborted);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), HttpContext.RequiredTenant().TimeZone).DateTime);
        var submissions = await Submissions.StatesAsync(workflows, enrolments.Select(e => e.Id).ToList(), HttpContext.RequestAborted);
        var rows = enrolments.Select(e => new HubSchoolRow(e, progresses[e.Id], YearProgress.Overdue(e, progresses[e.Id], today), submissions.GetValueOrDefault(e.Id) == "submitted"));

        // What needs the hub leader first: submissions to sign off, overdue work, then levels to confirm, plans to comment on and unread messages.
        Rounds = rows.OrderByDescending(r => r.ToSignOff).ThenByDescending(r => r.Overdue.Count).ThenByDescending(r => r.LevelToConfirm).ThenByDescending(r => r.Progress.PlanAwaitsComment)
            .ThenByDescending(r => r.Progress.Unread).ThenBy(r => r.Enrolment.School.Name, StringComparer.CurrentCulture)
            .GroupBy(r => r.Enrolment.Round).OrderByDescending(g => g.Key.StartYear).ThenByDescending(g => g.Key.Number).ToList();
        var hub = User.HubKey();
        HubName = hub is null ? "" : (await published.TermsAsync(HttpContext.RequestAborted)).NameOf(Taxonomies.Hubs, hub, language);
    }
}
