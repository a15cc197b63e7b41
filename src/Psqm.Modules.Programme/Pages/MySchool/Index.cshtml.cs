using Microsoft.AspNetCore.Mvc.RazorPages;
using Psqm.Core.Security;
using Psqm.Core.Tenancy;
using Psqm.Modules.Programme.Services;

namespace Psqm.Modules.Programme.Pages.MySchool;

/// <summary>A subject leader's home in the programme: their school's round, what is next and how far the audit has got.</summary>
[RequirePermission("WorkOnOwnSchool")]
public sealed class IndexModel(SchoolYears years, ActionPlans plans, TimeProvider clock) : PageModel
{
    public SchoolYear? Year { get; private set; }

    public DateOnly Today { get; private set; }

    public Data.ActionPlanVersion? Plan { get; private set; }

    public async Task OnGetAsync()
    {
        Year = await years.OwnAsync(User, HttpContext.RequestAborted);
        Plan = Year is null ? null : await plans.LatestAsync(Year.Enrolment.Id, HttpContext.RequestAborted);
        Today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), HttpContext.RequiredTenant().TimeZone).DateTime);
    }
}
