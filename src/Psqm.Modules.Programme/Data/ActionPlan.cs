namespace Psqm.Modules.Programme.Data;

public enum ActionStatus
{
    NotStarted,
    InProgress,
    Done,
}

/// <summary>
/// One saved version of a school's action plan. A save never changes a version: it adds the next, so every earlier
/// plan can be read and compared, and two saves from the same version cannot both win (the number is unique).
/// </summary>
public sealed class ActionPlanVersion
{
    public int Id { get; set; }

    public int EnrolmentId { get; set; }

    public int Number { get; set; }

    public List<PlanAction> Actions { get; set; } = [];

    public DateTime SavedUtc { get; set; }

    public string SavedBy { get; set; } = "";
}

/// <summary>One action; its key stays the same from version to version, so comments and comparisons follow it.</summary>
public sealed class PlanAction
{
    public Guid Key { get; set; } = Guid.NewGuid();

    /// <summary>The criterion the action works towards, if any.</summary>
    public int? CriterionId { get; set; }

    public string Action { get; set; } = "";

    public string Owner { get; set; } = "";

    public DateOnly? Due { get; set; }

    public ActionStatus Status { get; set; }

    public string SuccessMeasure { get; set; } = "";

    public bool SameAs(PlanAction other) =>
        CriterionId == other.CriterionId && Action == other.Action && Owner == other.Owner && Due == other.Due && Status == other.Status && SuccessMeasure == other.SuccessMeasure;
}

/// <summary>A hub leader's comment on one action, kept across versions of the plan.</summary>
public sealed class ActionComment
{
    public int Id { get; set; }

    public int EnrolmentId { get; set; }

    public Guid ActionKey { get; set; }

    public string Text { get; set; } = "";

    public string Author { get; set; } = "";

    public DateTime CreatedUtc { get; set; }
}
