using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Psqm.Core.Events;
using Psqm.Modules.Programme.Data;
using Psqm.Modules.Workflows.Data;
using Psqm.Modules.Workflows.Engine;
using Psqm.Programme;

namespace Psqm.Modules.Programme.Services;

/// <summary>
/// Applications to lead a hub, each an instance of the <c>hub-leader-application</c> workflow: it waits for HQ, who
/// accepts it for a hub (the applicant becomes that hub's leader) or declines it with a reason.
/// </summary>
public sealed class HubLeaderApplications(
    ProgrammeDbContext db, WorkflowEngine engine, WorkflowsDbContext workflows, ApplicationEmails emails, DomainEvents events, TimeProvider clock)
{
    public const string Definition = "hub-leader-application";
    public const string Subject = "hub-leader-application";
    public const string Waiting = "applied";

    /// <summary>Stores an application and tells the applicant and HQ; the same address sending again within a day gets the first back.</summary>
    public async Task<(HubLeaderApplication Application, bool Repeated)> SubmitAsync(HubLeaderApplication application, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        application.NormalizedEmail = application.Email.Trim().ToUpperInvariant();
        var earlier = await db.Applications.AsNoTracking()
            .Where(a => a.NormalizedEmail == application.NormalizedEmail && a.CreatedUtc > now.AddDays(-1))
            .OrderByDescending(a => a.Id).FirstOrDefaultAsync(cancellationToken);
        if (earlier is not null)
        {
            return (earlier, true);
        }

        application.Reference = NewReference();
        application.CreatedUtc = now;

        // The application and its emails are saved together: neither exists without the other.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Applications.Add(application);
        await db.SaveChangesAsync(cancellationToken);
        await emails.ReceivedAsync(application, db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        // Started now so its reminder runs; were this to fail, HQ's first decision starts it.
        await engine.StartAsync(Definition, Subject, Key(application.Id), cancellationToken);
        return (application, false);
    }

    public Task<HubLeaderApplication?> FindAsync(int id, CancellationToken cancellationToken) =>
        db.Applications.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);

    /// <summary>The application's instance as a page shows it, without starting one.</summary>
    public Task<WorkflowInstance> PeekAsync(HubLeaderApplication application, CancellationToken cancellationToken) =>
        engine.PeekAsync(Definition, Subject, Key(application.Id), cancellationToken);

    /// <summary>The decided applications among these (accepted or declined); the rest are waiting.</summary>
    public async Task<IReadOnlyDictionary<int, string>> StatesAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken)
    {
        var keys = ids.Select(Key).ToList();
        return (await workflows.Instances.AsNoTracking().Where(i => i.Definition == Definition && i.SubjectType == Subject && keys.Contains(i.SubjectId))
            .Select(i => new { i.SubjectId, i.State }).ToListAsync(cancellationToken))
            .ToDictionary(i => int.Parse(i.SubjectId, CultureInfo.InvariantCulture), i => i.State);
    }

    /// <summary>The ids of applications in a state; "applied" is every application not yet decided.</summary>
    public IQueryable<HubLeaderApplication> InState(string? state)
    {
        if (state is null)
        {
            return db.Applications.AsNoTracking();
        }

        var decided = workflows.Instances.Where(i => i.Definition == Definition && i.SubjectType == Subject && i.State != Waiting);
        var keys = (state == Waiting ? decided : decided.Where(i => i.State == state)).Select(i => i.SubjectId).ToList();
        return state == Waiting
            ? db.Applications.AsNoTracking().Where(a => !keys.Contains(a.Id.ToString()))
            : db.Applications.AsNoTracking().Where(a => keys.Contains(a.Id.ToString()));
    }

    /// <summary>HQ's decision; an accepted applicant is then given the hub leader's role for the hub (after the step commits).</summary>
    public async Task<TransitionOutcome> DecideAsync(
        HubLeaderApplication application, string step, Guid seen, ClaimsPrincipal user, string? reason, string? hub, CancellationToken cancellationToken)
    {
        var outcome = await engine.TakeOnAsync(
            Definition, Subject, Key(application.Id), step, seen, user, reason, new Dictionary<string, string> { ["hub"] = hub ?? "" }, cancellationToken);
        if (outcome.Taken && step == "accept")
        {
            await AppointAsync(application, hub!, cancellationToken);
        }

        return outcome;
    }

    /// <summary>
    /// Gives an accepted applicant the hub leader's role for the hub, by the event the users module answers; safe to
    /// repeat, which is how HQ finishes an acceptance whose role was not given (the process stopped after the commit).
    /// </summary>
    public Task AppointAsync(HubLeaderApplication application, string hub, CancellationToken cancellationToken) =>
        events.RaiseAsync(new HubLeaderAppointed(application.Email, application.Name, application.Culture, hub), cancellationToken);

    /// <summary>The hub an accepted application was accepted for, from its step, or null.</summary>
    public static string? AcceptedHub(IReadOnlyList<WorkflowStep> history) =>
        history.LastOrDefault(s => s.Transition == "accept")?.Values.GetValueOrDefault("hub") is { Length: > 0 } hub ? hub : null;

    public async Task<IReadOnlyList<WorkflowStep>> HistoryAsync(WorkflowInstance instance, CancellationToken cancellationToken) =>
        instance.Id == 0 ? [] : await engine.HistoryAsync(instance.Id, cancellationToken);

    public static string Key(int id) => id.ToString(CultureInfo.InvariantCulture);

    /// <summary>The application a step is about, or null for an instance of anything else.</summary>
    public static int? IdOf(WorkflowContext context) =>
        context.Instance.SubjectType == Subject && int.TryParse(context.Instance.SubjectId, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    // "HL-" and six characters without look-alikes (no 0/O, 1/I/L).
    private static string NewReference() =>
        "HL-" + string.Concat(Enumerable.Range(0, 6).Select(_ => "23456789ABCDEFGHJKMNPQRSTUVWXYZ"[RandomNumberGenerator.GetInt32(31)]));
}
