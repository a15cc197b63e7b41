using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Psqm.Core.Events;
using Psqm.Core.Security;
using Psqm.Modules.Workflows.Data;
using Psqm.Modules.Workflows.Definitions;

namespace Psqm.Modules.Workflows.Engine;

public enum TransitionStatus
{
    Taken,
    NotFound,
    NotAllowed,
    Refused,
    Conflict,
}

/// <summary>What came of a transition: taken, or why not (a guard's message, or what someone else did meanwhile).</summary>
public sealed record TransitionOutcome(TransitionStatus Status, string? Message = null, WorkflowStep? Meanwhile = null)
{
    public bool Taken => Status == TransitionStatus.Taken;
}

/// <summary>
/// Runs instances of the tenant's definitions. Taking a transition is one database transaction that checks the
/// instance is still in the state the user saw, who may take it and its guards, records the step, runs its actions,
/// and commits; the domain event follows the commit.
/// </summary>
public sealed class WorkflowEngine(
    WorkflowsDbContext db, WorkflowDefinitions definitions, IEnumerable<IWorkflowGuard> guards, IEnumerable<IWorkflowAction> actions,
    IEnumerable<IWorkflowRule> rules, DomainEvents events, TimeProvider clock, IStringLocalizer<WorkflowEngine> s)
{
    /// <summary>Starts an instance at the latest version of the definition, or returns the subject's instance already running.</summary>
    public async Task<WorkflowInstance> StartAsync(string definition, string subjectType, string subjectId, CancellationToken cancellationToken)
    {
        var running = await db.Instances.FirstOrDefaultAsync(i => i.Definition == definition && i.SubjectType == subjectType && i.SubjectId == subjectId, cancellationToken);
        if (running is not null)
        {
            return running;
        }

        var instance = await UnstartedAsync(definition, subjectType, subjectId, cancellationToken);
        instance.Version = Guid.NewGuid();
        db.Instances.Add(instance);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return instance;
        }
        catch (DbUpdateException)
        {
            // Someone started it at the same moment (one instance per subject, by a unique index): theirs is the one.
            db.ChangeTracker.Clear();
            return await db.Instances.FirstAsync(i => i.Definition == definition && i.SubjectType == subjectType && i.SubjectId == subjectId, cancellationToken);
        }
    }

    /// <summary>
    /// The subject's instance, or, when nothing has happened to it yet, how it would start (id 0, no version, not
    /// saved), so reading a page never writes.
    /// </summary>
    public async Task<WorkflowInstance> PeekAsync(string definition, string subjectType, string subjectId, CancellationToken cancellationToken) =>
        await FindAsync(definition, subjectType, subjectId, cancellationToken) ?? await UnstartedAsync(definition, subjectType, subjectId, cancellationToken);

    private async Task<WorkflowInstance> UnstartedAsync(string definition, string subjectType, string subjectId, CancellationToken cancellationToken)
    {
        var (stored, parsed) = await definitions.LatestAsync(definition, cancellationToken) ?? throw new InvalidOperationException($"There is no workflow definition \"{definition}\".");
        var now = clock.GetUtcNow().UtcDateTime;
        return new WorkflowInstance
        {
            Definition = definition, DefinitionVersion = stored.Version, SubjectType = subjectType, SubjectId = subjectId, State = parsed.Initial, StartedUtc = now, UpdatedUtc = now,
            Version = Guid.Empty,
        };
    }

    /// <summary>
    /// Records a process that ran its course before this site (a year from the programme's records): an instance in the
    /// given state with one step saying where it came from. The subject's instance, if it has one, is left as it is.
    /// </summary>
    public async Task<WorkflowInstance> ImportAsync(string definition, string subjectType, string subjectId, string state, DateTime atUtc, string note, CancellationToken cancellationToken)
    {
        if (await db.Instances.FirstOrDefaultAsync(i => i.Definition == definition && i.SubjectType == subjectType && i.SubjectId == subjectId, cancellationToken) is { } existing)
        {
            return existing;
        }

        var (stored, parsed) = await definitions.LatestAsync(definition, cancellationToken) ?? throw new InvalidOperationException($"There is no workflow definition \"{definition}\".");
        if (parsed.State(state) is null)
        {
            throw new InvalidOperationException($"Workflow \"{definition}\" has no state \"{state}\".");
        }

        var instance = new WorkflowInstance
        {
            Definition = definition, DefinitionVersion = stored.Version, SubjectType = subjectType, SubjectId = subjectId, State = state, StartedUtc = atUtc, UpdatedUtc = atUtc,
        };
        db.Instances.Add(instance);
        await db.SaveChangesAsync(cancellationToken);
        db.Steps.Add(new WorkflowStep { InstanceId = instance.Id, Transition = "import", From = parsed.Initial, To = state, By = "recipe", Comment = note, AtUtc = atUtc });
        await db.SaveChangesAsync(cancellationToken);
        return instance;
    }

    public Task<WorkflowInstance?> FindAsync(string definition, string subjectType, string subjectId, CancellationToken cancellationToken) =>
        db.Instances.AsNoTracking().FirstOrDefaultAsync(i => i.Definition == definition && i.SubjectType == subjectType && i.SubjectId == subjectId, cancellationToken);

    public async Task<WorkflowDefinition> DefinitionOfAsync(WorkflowInstance instance, CancellationToken cancellationToken) =>
        (await definitions.VersionAsync(instance.Definition, instance.DefinitionVersion, cancellationToken))?.Definition
        ?? throw new InvalidOperationException($"Workflow {instance.Definition} version {instance.DefinitionVersion} is missing.");

    /// <summary>The transitions this user may take from the instance's state now (guards are checked when taken).</summary>
    public async Task<IReadOnlyList<WorkflowTransition>> AvailableAsync(WorkflowInstance instance, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var definition = await DefinitionOfAsync(instance, cancellationToken);
        var allowed = new List<WorkflowTransition>();
        foreach (var transition in definition.From(instance.State))
        {
            if (await MayTakeAsync(new WorkflowContext(instance, definition, transition, user, null), cancellationToken))
            {
                allowed.Add(transition);
            }
        }

        return allowed;
    }

    public Task<TransitionOutcome> TakeAsync(int instanceId, string transitionKey, Guid seenVersion, ClaimsPrincipal user, string? comment, CancellationToken cancellationToken) =>
        TakeAsync(instanceId, transitionKey, seenVersion, user, comment, null, cancellationToken);

    /// <summary>
    /// Takes a step on a subject's process, starting its instance first when the page was drawn before anything had
    /// happened to it (an empty version); if someone else started it meanwhile, that is a step they took first.
    /// </summary>
    public async Task<TransitionOutcome> TakeOnAsync(
        string definition, string subjectType, string subjectId, string transitionKey, Guid seenVersion, ClaimsPrincipal user, string? comment,
        IReadOnlyDictionary<string, string>? values, CancellationToken cancellationToken)
    {
        var existing = await FindAsync(definition, subjectType, subjectId, cancellationToken);
        var instance = existing ?? await StartAsync(definition, subjectType, subjectId, cancellationToken);
        var seen = seenVersion == Guid.Empty && existing is null ? instance.Version : seenVersion;
        return await TakeAsync(instance.Id, transitionKey, seen, user, comment, values, cancellationToken);
    }

    /// <summary>Takes a transition with the values of its fields; values of fields it does not declare are ignored.</summary>
    public async Task<TransitionOutcome> TakeAsync(
        int instanceId, string transitionKey, Guid seenVersion, ClaimsPrincipal user, string? comment, IReadOnlyDictionary<string, string>? values, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var instance = await db.Instances.FirstOrDefaultAsync(i => i.Id == instanceId, cancellationToken);
        if (instance is null)
        {
            return new TransitionOutcome(TransitionStatus.NotFound);
        }

        if (instance.Version != seenVersion)
        {
            return await ConflictAsync(instance.Id, cancellationToken);
        }

        var definition = await DefinitionOfAsync(instance, cancellationToken);
        var transition = definition.Transition(transitionKey);
        if (transition is null || !transition.From.Contains(instance.State))
        {
            return new TransitionOutcome(TransitionStatus.NotAllowed, s["That step cannot be taken from where it is now."]);
        }

        comment = comment?.Trim() ?? "";
        var given = transition.Fields.ToDictionary(f => f, f => values?.GetValueOrDefault(f)?.Trim() is { } v ? v[..Math.Min(v.Length, 256)] : "", StringComparer.Ordinal);
        var context = new WorkflowContext(instance, definition, transition, user, comment) { Values = given, Store = db };
        if (!await MayTakeAsync(context, cancellationToken))
        {
            return new TransitionOutcome(TransitionStatus.NotAllowed, s["You may not take this step."]);
        }

        if (transition.CommentRequired && comment.Length == 0)
        {
            return new TransitionOutcome(TransitionStatus.Refused, s["Write why, for those who read it next"]);
        }

        foreach (var name in transition.Guards)
        {
            if (await guards.First(g => g.Name == name).CheckAsync(context, cancellationToken) is { } refusal)
            {
                return new TransitionOutcome(TransitionStatus.Refused, refusal);
            }
        }

        var from = instance.State;
        var now = clock.GetUtcNow().UtcDateTime;
        (instance.State, instance.UpdatedUtc, instance.Version) = (transition.To, now, Guid.NewGuid());
        db.Entry(instance).Property(i => i.Version).OriginalValue = seenVersion;
        var step = new WorkflowStep
        {
            InstanceId = instance.Id, Transition = transition.Key, From = from, To = transition.To, By = user.Identity?.Name ?? "",
            ByName = user.DisplayName(), Comment = comment, Values = given, AtUtc = now,
        };
        db.Steps.Add(step);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return await ConflictAsync(instanceId, cancellationToken);
        }

        foreach (var action in transition.Actions)
        {
            var name = DefinitionValidator.ActionName(action);
            await actions.First(a => a.Name == name).RunAsync(context, action.Length > name.Length ? action[(name.Length + 1)..] : null, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        await events.RaiseAsync(new WorkflowTransitioned(instance.Id, instance.Definition, instance.SubjectType, instance.SubjectId, from, transition.To, transition.Key, step.By), cancellationToken);
        return new TransitionOutcome(TransitionStatus.Taken);
    }

    public async Task<IReadOnlyList<WorkflowStep>> HistoryAsync(int instanceId, CancellationToken cancellationToken) =>
        await db.Steps.AsNoTracking().Where(s => s.InstanceId == instanceId).OrderBy(s => s.Id).ToListAsync(cancellationToken);

    private async Task<bool> MayTakeAsync(WorkflowContext context, CancellationToken cancellationToken)
    {
        foreach (var who in context.Transition.Who)
        {
            if (who.StartsWith("role:", StringComparison.Ordinal) ? context.User.IsInRole(who[5..])
                : rules.FirstOrDefault(r => r.Name == who[5..]) is { } rule && await rule.AllowsAsync(context, cancellationToken))
            {
                return true;
            }
        }

        return false;
    }

    // Someone else moved it first: say who and where it is now, so the user can decide again; nothing they typed is lost.
    private async Task<TransitionOutcome> ConflictAsync(int instanceId, CancellationToken cancellationToken)
    {
        var last = await db.Steps.AsNoTracking().Where(s => s.InstanceId == instanceId).OrderByDescending(s => s.Id).FirstOrDefaultAsync(cancellationToken);
        return new TransitionOutcome(TransitionStatus.Conflict, s["Someone else took a step on this while you were looking at it."], last);
    }
}
