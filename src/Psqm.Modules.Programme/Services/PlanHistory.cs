using Psqm.Modules.Programme.Data;

namespace Psqm.Modules.Programme.Services;

/// <summary>
/// The versions of a plan and, when two are chosen, what changed between them: one shape for the school's page and
/// the hub leader's, so both draw it with the same partial.
/// </summary>
public sealed record PlanHistory(IReadOnlyList<ActionPlanVersion> Versions, ActionPlanVersion? Older, ActionPlanVersion? Newer)
{
    public IReadOnlyList<ActionDifference> Differences => Older is null || Newer is null ? [] : ActionPlans.Compare(Older, Newer);

    public static async Task<PlanHistory> LoadAsync(ActionPlans plans, int enrolmentId, int? from, int? to, CancellationToken cancellationToken)
    {
        var versions = await plans.HistoryAsync(enrolmentId, cancellationToken);
        if (from is not { } a || to is not { } b || a == b)
        {
            return new(versions, null, null);
        }

        // Whatever order they were chosen in, the older is on the left.
        var older = await plans.VersionAsync(enrolmentId, Math.Min(a, b), cancellationToken);
        var newer = await plans.VersionAsync(enrolmentId, Math.Max(a, b), cancellationToken);
        return older is null || newer is null ? new(versions, null, null) : new(versions, older, newer);
    }
}
