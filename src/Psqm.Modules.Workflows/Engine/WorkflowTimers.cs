using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Psqm.Core.Tenancy;
using Psqm.Modules.Workflows.Data;
using Psqm.Modules.Workflows.Definitions;

namespace Psqm.Modules.Workflows.Engine;

/// <summary>
/// Fires the timers of the tenant's instances: reminders before a state's deadline, escalation after it, nudges after
/// some days in a state. Each fires once per stay in a state: its firing row and its actions commit together, and a
/// unique index refuses a second firing, whichever node or restart gets there.
/// </summary>
public sealed class WorkflowTimers(
    WorkflowsDbContext db, WorkflowDefinitions definitions, IEnumerable<IWorkflowAction> actions, IEnumerable<IWorkflowDeadline> deadlines, ILogger<WorkflowTimers> logger)
{
    /// <summary>Who timers act as.</summary>
    public static readonly ClaimsPrincipal System = new(new ClaimsIdentity([new Claim(ClaimTypes.Name, "system")], "system"));

    /// <summary>When an instance is due out of its state, or null when the state (or its data) has no deadline.</summary>
    public async Task<DateTime?> DeadlineAsync(WorkflowInstance instance, WorkflowState state, CancellationToken cancellationToken)
    {
        if (state.Deadline is not { } deadline)
        {
            return null;
        }

        var name = DefinitionValidator.ActionName(deadline);
        return deadlines.FirstOrDefault(d => d.Name == name) is { } provider
            ? await provider.DueUtcAsync(instance, deadline.Length > name.Length ? deadline[(name.Length + 1)..] : null, cancellationToken)
            : null;
    }

    /// <returns>How many timers fired.</returns>
    public async Task<int> FireDueAsync(DateTime nowUtc, CancellationToken cancellationToken)
    {
        var fired = 0;
        var versions = await db.Instances.AsNoTracking().Select(i => new { i.Definition, i.DefinitionVersion }).Distinct().ToListAsync(cancellationToken);
        foreach (var version in versions)
        {
            var definition = (await definitions.VersionAsync(version.Definition, version.DefinitionVersion, cancellationToken))?.Definition;
            var timed = definition?.States.Where(s => s.Timers.Count > 0).Select(s => s.Key).ToList() ?? [];
            if (definition is null || timed.Count == 0)
            {
                continue;
            }

            var instances = await db.Instances.AsNoTracking()
                .Where(i => i.Definition == version.Definition && i.DefinitionVersion == version.DefinitionVersion && timed.Contains(i.State)).ToListAsync(cancellationToken);
            var ids = instances.Select(i => i.Id).ToList();
            var done = (await db.TimerFirings.AsNoTracking().Where(f => ids.Contains(f.InstanceId)).Select(f => new { f.InstanceId, f.State, f.Timer, f.Since }).ToListAsync(cancellationToken))
                .Select(f => (f.InstanceId, f.State, f.Timer, f.Since)).ToHashSet();
            foreach (var instance in instances)
            {
                var state = definition.State(instance.State)!;
                var deadline = await DeadlineAsync(instance, state, cancellationToken);
                var anchor = state.Deadline is null ? instance.UpdatedUtc : deadline;
                foreach (var timer in state.Timers)
                {
                    // A reminder before a deadline that has already passed would say the wrong thing: it is left.
                    if (anchor is not { } from || nowUtc < from.AddDays(timer.Days) || (timer.Days < 0 && nowUtc >= from)
                        || done.Contains((instance.Id, state.Key, timer.Key, instance.UpdatedUtc)))
                    {
                        continue;
                    }

                    if (await FireAsync(instance, definition, state, timer, nowUtc, cancellationToken))
                    {
                        fired++;
                    }
                }
            }
        }

        return fired;
    }

    private async Task<bool> FireAsync(WorkflowInstance seen, WorkflowDefinition definition, WorkflowState state, WorkflowTimer timer, DateTime nowUtc, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            // Still where it was when the sweep looked: a step taken meanwhile ends this stay and its timers.
            var instance = await db.Instances.AsNoTracking().FirstOrDefaultAsync(i => i.Id == seen.Id, cancellationToken);
            if (instance is null || instance.State != state.Key || instance.UpdatedUtc != seen.UpdatedUtc)
            {
                return false;
            }

            db.TimerFirings.Add(new TimerFiring { InstanceId = instance.Id, State = state.Key, Timer = timer.Key, Since = instance.UpdatedUtc, FiredUtc = nowUtc });
            await db.SaveChangesAsync(cancellationToken);
            var transition = new WorkflowTransition { Key = "timer:" + timer.Key, From = [state.Key], To = state.Key };
            var context = new WorkflowContext(instance, definition, transition, System, null) { Store = db };
            foreach (var action in timer.Actions)
            {
                var name = DefinitionValidator.ActionName(action);
                await actions.First(a => a.Name == name).RunAsync(context, action.Length > name.Length ? action[(name.Length + 1)..] : null, cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // Another node or run fired it first: the unique index said so.
            await transaction.RollbackAsync(CancellationToken.None);
            return false;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Nothing is kept, so the next sweep tries again.
            logger.LogWarning(e, "Timer {Timer} of workflow instance {Instance} failed; it will be tried again.", timer.Key, seen.Id);
            await transaction.RollbackAsync(CancellationToken.None);
            return false;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }
}

/// <summary>Sweeps every running tenant's workflow timers every five minutes.</summary>
public sealed class WorkflowTimerService(TenantRegistry tenants, IServiceScopeFactory scopes, TimeProvider clock, ILogger<WorkflowTimerService> logger)
    : TenantBackgroundService(tenants, scopes, clock, logger)
{
    protected override string ModuleName => Manifest.Value.Name;

    protected override TimeSpan Interval => TimeSpan.FromMinutes(5);

    protected override Task RunAsync(IServiceProvider services, DateTime nowUtc, CancellationToken cancellationToken) =>
        services.GetRequiredService<WorkflowTimers>().FireDueAsync(nowUtc, cancellationToken);
}
