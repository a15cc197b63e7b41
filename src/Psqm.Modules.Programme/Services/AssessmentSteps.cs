using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Localization;
using Psqm.Core.Security;
using Psqm.Core.Tenancy;
using Psqm.Modules.Programme.Data;
using Psqm.Modules.Workflows.Engine;

namespace Psqm.Modules.Programme.Services;

/// <summary><c>rule:assessor</c>: the assessor HQ assigned to the school's year.</summary>
public sealed class AssessorRule(ProgrammeDbContext db, ProgrammeScope scope, IAuthorizationService authorization) : SubmissionPart(db, scope), IWorkflowRule
{
    public string Name => "assessor";

    public string Description => "The school's assessor";

    public async Task<bool> AllowsAsync(WorkflowContext context, CancellationToken cancellationToken) =>
        await EnrolmentAsync(context, cancellationToken) is { Assessor: { } assessor }
        && assessor == ProgrammeScope.NormalizedEmail(context.User)
        && (await authorization.AuthorizeAsync(context.User, PermissionPolicy.For(Permissions.AssessSchools.Name))).Succeeded;
}

/// <summary><c>assessor-assigned</c>: HQ has assigned the school an assessor.</summary>
public sealed class AssessorAssignedGuard(ProgrammeDbContext db, ProgrammeScope scope, IStringLocalizer<AssessorAssignedGuard> s) : SubmissionPart(db, scope), IWorkflowGuard
{
    public string Name => "assessor-assigned";

    public async Task<string?> CheckAsync(WorkflowContext context, CancellationToken cancellationToken) =>
        await EnrolmentAsync(context, cancellationToken) is { Assessor: not null } ? null : s["Assign the school an assessor first."].Value;
}

/// <summary><c>visit-date</c>: the visit is on a real day, from today to two years ahead, in the tenant's time zone.</summary>
public sealed class VisitDateGuard(TimeProvider clock, IStringLocalizer<VisitDateGuard> s) : IWorkflowGuard
{
    public string Name => "visit-date";

    public Task<string?> CheckAsync(WorkflowContext context, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime.InZone(TenantScope.Required.TimeZone));
        return Task.FromResult(
            DateOnly.TryParseExact(context.Value("visit"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) && day >= today && day <= today.AddYears(2)
                ? null
                : s["Enter the day of the visit, from today to two years ahead."].Value);
    }
}

/// <summary><c>elements-met</c>: the assessor confirmed every element of the mark (the level's criteria) as met.</summary>
public sealed class ElementsMetGuard(SchoolYears years, IStringLocalizer<ElementsMetGuard> s) : IWorkflowGuard
{
    public string Name => "elements-met";

    public async Task<string?> CheckAsync(WorkflowContext context, CancellationToken cancellationToken)
    {
        if (SubmissionPart.EnrolmentId(context) is not { } id || await years.LoadAsync(id, cancellationToken) is not { } year)
        {
            return s["This assessment has no school year."].Value;
        }

        var confirmed = (context.Value("elements") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        var elements = year.CriteriaOf(year.AuditLevel);
        var met = elements.Count(c => confirmed.Contains(c.Id.ToString(CultureInfo.InvariantCulture)));
        return met == elements.Count ? null : s["Confirm every element as met: {0} of {1} are ticked. If one is not met yet, choose Not yet and say why.", met, elements.Count].Value;
    }
}
