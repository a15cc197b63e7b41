using Microsoft.AspNetCore.Mvc.RazorPages;
using Psqm.Core.Security;
using Psqm.Core.Tenancy;
using Psqm.Modules.Programme.Services;

namespace Psqm.Modules.Programme.Pages.MySchool;

/// <summary>A subject leader's home in the programme: their school's round, each stage's progress, what is overdue and what is next.</summary>
[RequirePermission("WorkOnOwnSchool")]
public sealed class IndexModel(
    Psqm.Modules.Workflows.Data.WorkflowsDbContext workflows, SchoolYears years, YearProgress progress, Psqm.Modules.Awards.Services.AwardRegister awards, TimeProvider clock) : PageModel
{
    public SchoolYear? Year { get; private set; }

    public DateOnly Today { get; private set; }

    public Progress Progress { get; private set; } = null!;

    public IReadOnlyList<Data.Milestone> Overdue { get; private set; } = [];

    /// <summary>Where the submission is (its workflow state), or null before anything happened to it.</summary>
    public string? SubmissionState { get; private set; }

    /// <summary>The school's earlier years, for a renewing school.</summary>
    public IReadOnlyList<Data.Enrolment> Earlier { get; private set; } = [];

    /// <summary>The school's award history: the award of each of its years that had one.</summary>
    public IReadOnlyDictionary<int, Psqm.Modules.Awards.Data.AwardHolder> Awards { get; private set; } = new Dictionary<int, Psqm.Modules.Awards.Data.AwardHolder>();

    public async Task OnGetAsync()
    {
        (Year, Earlier) = await years.OwnWithEarlierAsync(User, HttpContext.RequestAborted);
        Awards = await awards.ForEnrolmentsAsync([.. Earlier.Select(e => e.Id), .. Year is null ? [] : new[] { Year.Enrolment.Id }], HttpContext.RequestAborted);
        Today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), HttpContext.RequiredTenant().TimeZone).DateTime);
        if (Year is not null)
        {
            Progress = (await progress.ForAsync([Year.Enrolment], ProgrammeScope.NormalizedEmail(User), readerIsSchool: true, HttpContext.RequestAborted))[Year.Enrolment.Id];
            Overdue = YearProgress.Overdue(Year.Enrolment, Progress, Today);
            SubmissionState = (await Submissions.StatesAsync(workflows, [Year.Enrolment.Id], HttpContext.RequestAborted)).GetValueOrDefault(Year.Enrolment.Id);
        }
    }
}
