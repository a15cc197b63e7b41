using Microsoft.EntityFrameworkCore;
using Psqm.Core.Tenancy;
using Psqm.Modules.Programme.Data;
using Psqm.Modules.Workflows.Data;
using Psqm.Modules.Workflows.Engine;

namespace Psqm.Modules.Programme.Services;

/// <summary><c>milestone:KEY</c>: the end of the day of the round's milestone (in the tenant's time zone) that a submission state is due by.</summary>
public sealed class MilestoneDeadline(ProgrammeDbContext db) : IWorkflowDeadline
{
    public string Name => "milestone";

    public async Task<DateTime?> DueUtcAsync(WorkflowInstance instance, string? argument, CancellationToken cancellationToken)
    {
        if (instance.SubjectType != Submissions.Subject || !int.TryParse(instance.SubjectId, System.Globalization.CultureInfo.InvariantCulture, out var id) || argument is null)
        {
            return null;
        }

        var round = await db.Enrolments.AsNoTracking().Where(e => e.Id == id).Select(e => e.Round).FirstOrDefaultAsync(cancellationToken);
        if (round?.DateOf(argument) is not { } date)
        {
            return null;
        }

        var zone = TenantScope.Required.TimeZone;
        return TimeZoneInfo.ConvertTimeToUtc(date.AddDays(1).ToDateTime(TimeOnly.MinValue), zone);
    }
}

/// <summary><c>remind:AUDIENCE</c>: a timer's email about a submission to the school, its mentors, its reviewer or HQ, inside the timer's transaction.</summary>
public sealed class RemindAction(SchoolYears years, SubmissionEmails emails) : IWorkflowAction
{
    public string Name => "remind";

    public async Task RunAsync(WorkflowContext context, string? argument, CancellationToken cancellationToken)
    {
        if (SubmissionPart.EnrolmentId(context) is { } id && await years.LoadAsync(id, cancellationToken) is { } year)
        {
            await emails.RemindAsync(year, context.Instance.State, argument ?? "school", context.Store!, cancellationToken);
        }
    }
}

/// <summary><c>award-expiry</c>: the end of the last day of the school year's award, so a timer can remind the school to renew.</summary>
public sealed class AwardExpiryDeadline(Psqm.Modules.Awards.Services.AwardRegister awards) : IWorkflowDeadline
{
    public string Name => "award-expiry";

    public async Task<DateTime?> DueUtcAsync(WorkflowInstance instance, string? argument, CancellationToken cancellationToken) =>
        instance.SubjectType == Submissions.Subject && int.TryParse(instance.SubjectId, System.Globalization.CultureInfo.InvariantCulture, out var id)
        && await awards.ForEnrolmentAsync(id, cancellationToken) is { RevokedOn: null } award
            ? TimeZoneInfo.ConvertTimeToUtc(award.ExpiresOn.AddDays(1).ToDateTime(TimeOnly.MinValue), TenantScope.Required.TimeZone)
            : null;
}
