using Microsoft.EntityFrameworkCore;
using Psqm.Modules.Criteria.Data;
using Psqm.Modules.Programme.Data;

namespace Psqm.Modules.Programme.Services;

public enum PlanChange
{
    Same,
    Added,
    Removed,
    Changed,
}

/// <summary>An action as it was in one version and as it is in another; either side is null when it did not exist.</summary>
public sealed record ActionDifference(PlanAction? Before, PlanAction? After)
{
    public PlanChange Change => Before is null ? PlanChange.Added : After is null ? PlanChange.Removed : Before.SameAs(After) ? PlanChange.Same : PlanChange.Changed;
}

public abstract record PlanSaveResult
{
    public sealed record Saved(int Number) : PlanSaveResult;

    public sealed record Unchanged : PlanSaveResult;

    /// <summary>Someone saved after the version the form was opened on; nothing was written.</summary>
    public sealed record Conflict(ActionPlanVersion Latest) : PlanSaveResult;
}

/// <summary>A school's action plan: its versions, the plan an audit suggests, saving a new version and comparing two.</summary>
public sealed class ActionPlans(ProgrammeDbContext db, TimeProvider clock)
{
    public const int MaxActions = 40;

    /// <summary>How many actions an audit suggests at first: enough to start from, few enough to edit.</summary>
    private const int Suggested = 6;

    public Task<ActionPlanVersion?> LatestAsync(int enrolmentId, CancellationToken cancellationToken) =>
        db.Plans.AsNoTracking().Where(p => p.EnrolmentId == enrolmentId).OrderByDescending(p => p.Number).FirstOrDefaultAsync(cancellationToken);

    public Task<ActionPlanVersion?> VersionAsync(int enrolmentId, int number, CancellationToken cancellationToken) =>
        db.Plans.AsNoTracking().FirstOrDefaultAsync(p => p.EnrolmentId == enrolmentId && p.Number == number, cancellationToken);

    /// <summary>Every version, newest first, without its actions.</summary>
    public async Task<IReadOnlyList<ActionPlanVersion>> HistoryAsync(int enrolmentId, CancellationToken cancellationToken) =>
        await db.Plans.AsNoTracking().Where(p => p.EnrolmentId == enrolmentId).OrderByDescending(p => p.Number)
            .Select(p => new ActionPlanVersion { Id = p.Id, EnrolmentId = p.EnrolmentId, Number = p.Number, SavedUtc = p.SavedUtc, SavedBy = p.SavedBy })
            .ToListAsync(cancellationToken);

    /// <summary>
    /// A first plan from the audit's weakest criteria: those rated "not yet", then "developing", in the framework's
    /// order, each as an action to edit.
    /// </summary>
    public static IReadOnlyList<PlanAction> Suggest(SchoolYear year, IReadOnlyList<Criterion> criteria, string language) =>
        criteria.Select(c => (Criterion: c, Rating: year.Ratings.FirstOrDefault(r => r.CriterionId == c.Id)?.Rating))
            .Where(x => x.Rating is Rating.NotYet or Rating.Developing)
            .OrderBy(x => x.Rating)
            .Take(Suggested)
            .Select(x => new PlanAction { CriterionId = x.Criterion.Id, Action = x.Criterion.Text.In(language) })
            .ToList();

    public async Task<PlanSaveResult> SaveAsync(int enrolmentId, int basedOn, IReadOnlyList<PlanAction> actions, string savedBy, CancellationToken cancellationToken)
    {
        var latest = await LatestAsync(enrolmentId, cancellationToken);
        if ((latest?.Number ?? 0) != basedOn)
        {
            return new PlanSaveResult.Conflict(latest!);
        }

        if (latest is not null && latest.Actions.Count == actions.Count && latest.Actions.Zip(actions).All(p => p.First.Key == p.Second.Key && p.First.SameAs(p.Second)))
        {
            return new PlanSaveResult.Unchanged();
        }

        var version = new ActionPlanVersion
        {
            EnrolmentId = enrolmentId, Number = basedOn + 1, Actions = actions.ToList(), SavedUtc = clock.GetUtcNow().UtcDateTime, SavedBy = savedBy,
        };
        db.Plans.Add(version);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another save took this number between the read and the write: the unique index refused ours.
            db.ChangeTracker.Clear();
            return new PlanSaveResult.Conflict((await LatestAsync(enrolmentId, cancellationToken))!);
        }

        return new PlanSaveResult.Saved(version.Number);
    }

    /// <summary>Each action of either version, in the newer version's order, then those it removed.</summary>
    public static IReadOnlyList<ActionDifference> Compare(ActionPlanVersion older, ActionPlanVersion newer)
    {
        var before = older.Actions.ToDictionary(a => a.Key);
        var after = newer.Actions.Select(a => a.Key).ToHashSet();
        return newer.Actions.Select(a => new ActionDifference(before.GetValueOrDefault(a.Key), a))
            .Concat(older.Actions.Where(a => !after.Contains(a.Key)).Select(a => new ActionDifference(a, null)))
            .ToList();
    }

    public async Task<ILookup<Guid, ActionComment>> CommentsAsync(int enrolmentId, CancellationToken cancellationToken) =>
        (await db.ActionComments.AsNoTracking().Where(c => c.EnrolmentId == enrolmentId).OrderBy(c => c.CreatedUtc).ThenBy(c => c.Id).ToListAsync(cancellationToken))
            .ToLookup(c => c.ActionKey);

    public async Task CommentAsync(int enrolmentId, Guid actionKey, string text, string author, CancellationToken cancellationToken)
    {
        db.ActionComments.Add(new ActionComment { EnrolmentId = enrolmentId, ActionKey = actionKey, Text = text, Author = author, CreatedUtc = clock.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync(cancellationToken);
    }
}
