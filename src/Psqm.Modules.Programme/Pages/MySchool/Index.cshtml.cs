using Microsoft.AspNetCore.Mvc.RazorPages;
using Psqm.Core.Security;
using Psqm.Core.Tenancy;
using Psqm.Modules.Programme.Services;

namespace Psqm.Modules.Programme.Pages.MySchool;

/// <summary>A subject leader's home in the programme: their school's round, what is next and how far the audit has got.</summary>
[RequirePermission("WorkOnOwnSchool")]
public sealed class IndexModel(SchoolYears years, ActionPlans plans, EvidenceLibrary evidence, Reflections reflections, TimeProvider clock) : PageModel
{
    public SchoolYear? Year { get; private set; }

    public DateOnly Today { get; private set; }

    public Data.ActionPlanVersion? Plan { get; private set; }

    /// <summary>How many criteria of the working level have at least one piece of evidence.</summary>
    public int CriteriaWithEvidence { get; private set; }

    /// <summary>How many criteria of the working level have a reflection begun.</summary>
    public int CriteriaReflectedOn { get; private set; }

    public async Task OnGetAsync()
    {
        Year = await years.OwnAsync(User, HttpContext.RequestAborted);
        if (Year is not null)
        {
            Plan = await plans.LatestAsync(Year.Enrolment.Id, HttpContext.RequestAborted);
            var tagged = (await evidence.ListAsync(Year.Enrolment.Id, HttpContext.RequestAborted)).SelectMany(e => e.CriterionIds).ToHashSet();
            var criteria = Year.CriteriaOf(Year.AuditLevel);
            CriteriaWithEvidence = criteria.Count(c => tagged.Contains(c.Id));
            var written = (await reflections.ListAsync(Year.Enrolment.Id, HttpContext.RequestAborted)).Where(r => r.Text.Length > 0).Select(r => r.CriterionId).ToHashSet();
            CriteriaReflectedOn = criteria.Count(c => written.Contains(c.Id));
        }

        Today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), HttpContext.RequiredTenant().TimeZone).DateTime);
    }
}
