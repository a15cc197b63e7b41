using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Psqm.Modules.Content.Engine;
using Psqm.Modules.Programme.Data;
using Psqm.Modules.Workflows.Engine;

namespace Psqm.Modules.Programme.Services;

/// <summary><c>hub-chosen</c>: HQ chose one of the tenant's hubs for the new hub leader.</summary>
public sealed class HubChosenGuard(PublishedContent published, IStringLocalizer<HubChosenGuard> s) : IWorkflowGuard
{
    public string Name => "hub-chosen";

    public async Task<string?> CheckAsync(WorkflowContext context, CancellationToken cancellationToken) =>
        context.Value("hub") is { } hub && (await published.TermsAsync(cancellationToken)).GetValueOrDefault(Taxonomies.Hubs)?.Any(t => t.Key == hub) == true
            ? null
            : s["Choose the hub they will lead"].Value;
}

/// <summary><c>tell-applicant</c>: the applicant hears HQ's decision by email, in the language they applied in, inside the step's transaction.</summary>
public sealed class TellApplicantAction(ProgrammeDbContext db, ApplicationEmails emails) : IWorkflowAction
{
    public string Name => "tell-applicant";

    public async Task RunAsync(WorkflowContext context, string? argument, CancellationToken cancellationToken)
    {
        if (HubLeaderApplications.IdOf(context) is { } id && await db.Applications.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken) is { } application)
        {
            await emails.DecidedAsync(application, context.Transition.Key == "accept", context.Value("hub"), context.Comment, context.Store!, cancellationToken);
        }
    }
}

/// <summary><c>remind-applications</c>: HQ is reminded of an application that has waited.</summary>
public sealed class RemindApplicationsAction(ProgrammeDbContext db, ApplicationEmails emails) : IWorkflowAction
{
    public string Name => "remind-applications";

    public async Task RunAsync(WorkflowContext context, string? argument, CancellationToken cancellationToken)
    {
        if (HubLeaderApplications.IdOf(context) is { } id && await db.Applications.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken) is { } application)
        {
            await emails.WaitingAsync(application, context.Store!, cancellationToken);
        }
    }
}
